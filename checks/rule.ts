// A preflight rule: one failure mode the guide describes, caught before anything is applied.
import type { Environment } from "../config/loader";

export interface Finding {
  /** Dotted field path the finding concerns. */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
  /** The offending value; leave out where it could be a credential. */
  readonly value?: unknown;
}

export interface Rule {
  /** Stable id, never reused: AR001, AR002, ... */
  readonly id: string;
  readonly severity: "error" | "warning";
  readonly title: string;
  /** The guide step or troubleshooting row this rule prevents. */
  readonly guide: string;
  /** Whether `waivers: { <id>: <reason> }` may accept the risk. Azure-side failures are never waivable. */
  readonly waivable: boolean;
  check(env: Environment): Finding[];
}

export function finding(path: string, message: string, fix: string, ...value: [unknown?]): Finding {
  return value.length ? { path, message, fix, value: value[0] } : { path, message, fix };
}
