// The summary synth prints: per environment its modes, the stacks' sizes, dist/<env>/ and the proxy URL.
import * as fs from "fs";
import * as path from "path";
import { dataPlaneUrl } from "../plan/endpoint";
import { NIP_IO_HOST } from "../plan/names";
import { plural, summarize, type Problem } from "../config/problems";
import { TOOL } from "./args";
import type { WrittenEnvironment } from "./output-transaction";

function describeStack(file: string) {
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, Record<string, unknown>>>;
  const count = (section: Record<string, Record<string, unknown>> | undefined) =>
    Object.values(section ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
  return {
    file,
    resources: count(json.resource as never),
    dataSources: count(json.data as never),
    outputs: Object.keys(json.output ?? {}).length,
  };
}

export function summaryLines(written: readonly WrittenEnvironment[], outdir: string, problems: readonly Problem[]): string[] {
  const rel = (p: string) => path.relative(outdir, p) || ".";
  const lines = [`${TOOL} synth: ${plural(written.length, "environment")} into ${outdir}`];
  for (const w of written) {
    const e = w.env.env;
    lines.push(
      `  ${e.name}${e.production ? " (production)" : ""}: ingress ${e.ingress.mode}, tls ${e.tls.mode}, dns ${e.dns.mode}, registry ${e.registry.mode}`,
    );
    for (const s of w.stackFiles.map(describeStack)) {
      lines.push(`    ${rel(s.file)}  ${plural(s.resources, "resource")}, ${plural(s.dataSources, "data source")}, ${plural(s.outputs, "output")}`);
    }
    const yaml = w.manifests.filter((m) => m.endsWith(".k8s.yaml")).length;
    lines.push(`    ${rel(w.distDir)}/  ${plural(yaml, "manifest file")}, ${plural(w.manifests.length - yaml, "other file")} (RUNBOOK.md, ARCHITECTURE.md, scripts, kustomizations)`);
    lines.push(`    ${w.changed ? `${plural(w.changed, "file")} new or changed; the others kept as they were` : "unchanged: no file rewritten"}`);
    const url = dataPlaneUrl(e);
    lines.push(`    Proxy URL to register: ${url ?? `http://${NIP_IO_HOST} (terraform output data_plane_url of the -cluster stack)`}`);
  }
  lines.push(`  checks: ${summarize(problems)}`);
  return lines;
}
