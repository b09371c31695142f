// GitOps that bootstraps itself: the engine each stack installs (gitops.<engine>.install), fed
// with the repository's credential from a sensitive variable (config/variables.ts). Flux is an
// AKS extension and a Flux configuration (ARM: the -azure stack); Argo CD is a Helm release (the
// -cluster stack). Both apply dist/<env>/gitops/, which applies the rest: docs/delivery.md.
import { TerraformVariable, type TerraformStack } from "cdktf";
import { gitopsBootstrapName, gitopsInstalls, gitopsPath } from "../plan/gitops";
import type { Environment } from "../config/loader";
import { PINNED } from "../config/presets";
import { gitopsVariable } from "../config/variables";
import { ArgoCdRelease } from "./constructs/argocd-release";
import { durationSeconds, FluxExtension, type GitCredential } from "./constructs/flux-extension";

function credential(stack: TerraformStack, env: Environment, which: "azure" | "cluster"): GitCredential | undefined {
  const v = gitopsVariable(env);
  if (!v || v.stack !== which) return undefined;
  const existing = stack.node.tryFindChild(v.name) as TerraformVariable | undefined;
  const value = (existing ?? new TerraformVariable(stack, v.name, { type: "string", sensitive: true, nullable: false, description: v.description })).stringValue;
  return env.gitops.credentials === "https" ? { kind: "https", user: env.gitops.httpsUser, password: value } : { kind: "ssh", privateKey: value };
}

/** The -azure stack's part: the Flux extension and configuration, when the stacks install Flux. */
export function fluxBootstrap(stack: TerraformStack, env: Environment, clusterId: string): FluxExtension | undefined {
  const g = env.gitops;
  if (!gitopsInstalls(env).flux || !g.repoUrl) return undefined;
  return new FluxExtension(stack, "Flux", {
    clusterId,
    name: gitopsBootstrapName(env),
    namespace: g.flux.namespace,
    repoUrl: g.repoUrl,
    branch: g.revision,
    path: `${gitopsPath(env)}/gitops`,
    intervalSeconds: durationSeconds(g.flux.interval),
    credential: credential(stack, env, "azure"),
  });
}

/** The -cluster stack's part: Argo CD and its bootstrap Application, when the stacks install Argo CD. */
export function argoCdBootstrap(stack: TerraformStack, env: Environment): ArgoCdRelease | undefined {
  const g = env.gitops;
  if (!gitopsInstalls(env).argocd || !g.repoUrl) return undefined;
  return new ArgoCdRelease(stack, "ArgoCd", {
    chartVersion: g.argocd.chartVersion,
    appsChartVersion: PINNED.argoCdAppsChart,
    namespace: g.argocd.namespace,
    name: gitopsBootstrapName(env),
    repoUrl: g.repoUrl,
    revision: g.revision,
    path: `${gitopsPath(env)}/gitops`,
    credential: credential(stack, env, "cluster"),
  });
}
