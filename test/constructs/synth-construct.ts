// Synthesizes one construct in a stack of its own, for the per-construct tests.
import { Testing } from "cdktf";
import type { Construct } from "constructs";

export type TfResources = Record<string, Record<string, Record<string, any>>>;

export interface ConstructJson {
  readonly resource: TfResources;
  readonly data: TfResources;
  readonly locals: Record<string, unknown>;
}

/** The Terraform JSON of the resources `build` adds to an empty stack. */
export function synthConstruct(build: (scope: Construct) => void): ConstructJson {
  const json = JSON.parse(Testing.synthScope((scope) => build(scope))) as Partial<ConstructJson>;
  return { resource: json.resource ?? {}, data: json.data ?? {}, locals: json.locals ?? {} };
}

/** The single block of `type` in a section; fails the test when there is not exactly one. */
export function only(section: TfResources, type: string): Record<string, any> {
  const blocks = Object.values(section[type] ?? {});
  if (blocks.length !== 1) throw new Error(`expected one ${type}, found ${blocks.length}`);
  return blocks[0];
}
