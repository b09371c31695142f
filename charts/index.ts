// The cluster side of one environment: every chart, rendered into dist/<env>/ by phase.
//   platform/           what needs only the -cluster stack and the tare namespaces
//   telemetry-patches/  what needs the data plane itself (tare install, Step 6)
// Each phase has its own kustomization.yaml; the root one lists the phases in order.
// The Plan is read here and in phases/; the constructs get small, flat props.
import { ApiObject, App } from "cdk8s";
import type { k8s } from "cdk8s-plus-33";
import { stringifyYaml } from "../config/fast-yaml";
import type { Plan } from "../plan";
import { prometheusRuleGroups } from "../config/telemetry";
import type { DeliveredObject } from "./gitops-access";
import { annotateAll, SYNC_WAVE, type Phase } from "./gitops";
import { renderGitops } from "./phases/gitops";
import { buildPlatform } from "./phases/platform";
import { buildTelemetryPatches } from "./phases/telemetry-patches";
import { renderCharts, type ManifestFile } from "./synth";

export type { ManifestFile } from "./synth";

export const PHASES: readonly Phase[] = ["platform", "telemetry-patches"];

const BUILDERS: Readonly<Record<Phase, (app: App, plan: Plan) => void>> = {
  platform: buildPlatform,
  "telemetry-patches": buildTelemetryPatches,
};

/** Every manifest of the environment, with the kustomization files, keyed by path under dist/<env>/. */
export function renderManifests(plan: Plan): ManifestFile[] {
  const files: ManifestFile[] = [];
  const phaseDirs: string[] = [];
  const delivered: DeliveredObject[] = [];
  for (const phase of PHASES) {
    const app = new App();
    BUILDERS[phase](app, plan);
    delivered.push(...deliveredObjects(app));
    // Argo CD applies the phases in order (the Flux equivalent is one Kustomization per phase).
    annotateAll(app, { "argocd.argoproj.io/sync-wave": SYNC_WAVE[phase] });
    const rendered = renderCharts(app, phase);
    if (!rendered.length) continue;
    files.push(...withKustomization(phase, rendered));
    phaseDirs.push(phase);
  }
  files.push(kustomization("", phaseDirs));
  const gitops = renderGitops(plan, phaseDirs, delivered);
  if (gitops.length) files.push(...withKustomization("gitops", gitops));
  const o = plan.observability;
  if (o.collector.enabled && o.exporters.prometheus.enabled) {
    files.push({ path: "monitoring/router-rules.yml", content: stringifyYaml({ groups: prometheusRuleGroups() }) });
  }
  return files;
}

/** The files rendered into `dir`, followed by the kustomization.yaml that lists them. */
function withKustomization(dir: string, files: readonly ManifestFile[]): ManifestFile[] {
  return [...files, kustomization(dir, files.map((f) => f.path.slice(dir.length + 1)))];
}

function kustomization(dir: string, resources: readonly string[]): ManifestFile {
  const doc = { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [...resources] };
  return { path: dir ? `${dir}/kustomization.yaml` : "kustomization.yaml", content: stringifyYaml(doc) };
}

/** Every object a phase delivers: kind, name, namespace, and the rules of its Roles. */
function deliveredObjects(app: App): DeliveredObject[] {
  const out: DeliveredObject[] = [];
  for (const child of app.node.findAll()) {
    if (!(child instanceof ApiObject)) continue;
    // Only a Role's rules need the rendered object (toJson resolves the whole object; the charts are rendered later).
    const role = child.kind === "Role" || child.kind === "ClusterRole";
    const rules = role ? ((child.toJson() as { rules?: k8s.PolicyRule[] }).rules ?? []) : undefined;
    out.push({ apiVersion: child.apiVersion, kind: child.kind, name: child.name, namespace: child.metadata.namespace, rules });
  }
  return out;
}
