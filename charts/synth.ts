// Turning charts into files: validation of every construct, then one YAML file per chart.
// Only main.ts writes; this returns text.
import { Chart, Yaml, type App } from "cdk8s";
import type { Construct } from "constructs";
import { fastYaml } from "../config/fast-yaml";

export interface ManifestFile {
  /** Path relative to dist/<env>/. */
  readonly path: string;
  readonly content: string;
}

/** A chart whose object names are never hashed: names are stable for GitOps diffs. */
export function stableChart(scope: Construct, id: string, namespace?: string, labels?: Record<string, string>): Chart {
  return new Chart(scope, id, { namespace, disableResourceNameHashes: true, labels });
}

function validate(app: App): void {
  const errors = app.node
    .findAll()
    .flatMap((c) => c.node.validate().map((e) => `[${c.node.path}] ${e}`));
  if (errors.length) throw new Error(`chart validation failed:\n  ${errors.join("\n  ")}`);
}

/** Renders each chart of `app` to `<dir>/<chart id>.k8s.yaml`; charts without objects are skipped. */
export function renderCharts(app: App, dir: string): ManifestFile[] {
  validate(app);
  const files: ManifestFile[] = [];
  for (const chart of app.node.children) {
    if (!(chart instanceof Chart)) continue;
    const objects = chart.toJson();
    if (!objects.length) continue;
    // What Yaml.stringify(...objects) writes, most documents without the yaml package (fast-yaml.ts).
    const content = objects.map((o) => (o === undefined ? "\n" : (fastYaml(o) ?? Yaml.stringify(o)))).join("---\n");
    files.push({ path: `${dir}/${chart.node.id}.k8s.yaml`, content });
  }
  return files;
}
