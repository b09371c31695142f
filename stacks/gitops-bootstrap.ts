// GitOps that bootstraps itself: the engine each stack installs (gitops.<engine>.install), fed
// with the repository's credential from a sensitive variable (config/variables.ts). Flux is an
// AKS extension and a Flux configuration (ARM: the -azure stack); Argo CD is a Helm release (the
// -cluster stack). Both apply dist/<env>/gitops/, which applies the rest: docs/delivery.md.
import type { TerraformStack } from "cdktf";
import { PINNED } from "../config/presets";
import type { Plan } from "../plan";
import { ArgoCdRelease } from "./constructs/argocd-release";
import { durationSeconds, FluxExtension, type GitCredential } from "./constructs/flux-extension";
import { sensitiveVariable } from "./sensitive-variable";

function credential(stack: TerraformStack, plan: Plan, which: "azure" | "cluster"): GitCredential | undefined {
  const v = plan.variables.gitops;
  if (!v || v.stack !== which) return undefined;
  const value = sensitiveVariable(stack, v);
  return plan.gitops.credentials === "https" ? { kind: "https", user: plan.gitops.httpsUser, password: value } : { kind: "ssh", privateKey: value };
}

/** The -azure stack's part: the Flux extension and configuration, when the stacks install Flux. */
export function fluxBootstrap(stack: TerraformStack, plan: Plan, clusterId: string): FluxExtension | undefined {
  const g = plan.gitops;
  if (!g.flux.install || !g.repoUrl) return undefined;
  return new FluxExtension(stack, "Flux", {
    clusterId,
    name: g.bootstrapName,
    namespace: g.flux.namespace,
    repoUrl: g.repoUrl,
    branch: g.revision,
    path: `${g.path}/gitops`,
    intervalSeconds: durationSeconds(g.flux.interval),
    credential: credential(stack, plan, "azure"),
  });
}

/** The -cluster stack's part: Argo CD and its bootstrap Application, when the stacks install Argo CD. */
export function argoCdBootstrap(stack: TerraformStack, plan: Plan): ArgoCdRelease | undefined {
  const g = plan.gitops;
  if (!g.argocd.install || !g.repoUrl) return undefined;
  return new ArgoCdRelease(stack, "ArgoCd", {
    chartVersion: g.argocd.chartVersion,
    appsChartVersion: PINNED.argoCdAppsChart,
    namespace: g.argocd.namespace,
    name: g.bootstrapName,
    repoUrl: g.repoUrl,
    revision: g.revision,
    path: `${g.path}/gitops`,
    credential: credential(stack, plan, "cluster"),
  });
}
