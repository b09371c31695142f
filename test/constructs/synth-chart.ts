// Synthesizes cdk8s constructs in a chart of their own, for the per-construct tests of charts/.
import { Chart, Testing } from "cdk8s";
import type { Construct } from "constructs";

export type ManifestObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; annotations?: Record<string, string> }; [key: string]: any };

/** The objects `build` adds to an empty chart (no namespace, names never hashed), validations run. */
export function synthChart(build: (scope: Construct) => void): ManifestObject[] {
  const chart = new Chart(Testing.app(), "test", { disableResourceNameHashes: true });
  build(chart);
  const errors = chart.node.findAll().flatMap((c) => c.node.validate());
  if (errors.length) throw new Error(errors.join("\n"));
  return Testing.synth(chart) as ManifestObject[];
}

/** The single object of `kind` (and `name`, when given); fails the test when there is not exactly one. */
export function one(objects: readonly ManifestObject[], kind: string, name?: string): ManifestObject {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ""}, found ${found.length}`);
  return found[0];
}

export const kinds = (objects: readonly ManifestObject[]): string[] => objects.map((o) => `${o.kind}/${o.metadata.name}`);
