// GitOps delivery: which engine the stacks install, and where the YAML lives in the repository.
import type { Environment } from "../config/loader";

type GitopsConfig = Environment["gitops"];

export interface GitopsPlan extends Readonly<Omit<GitopsConfig, "path" | "argocd" | "flux">> {
  /** Where the YAML of this environment lives in the GitOps repository. */
  readonly path: string;
  readonly argocd: Readonly<Omit<GitopsConfig["argocd"], "install">> & { readonly install: boolean };
  readonly flux: Readonly<Omit<GitopsConfig["flux"], "install">> & { readonly install: boolean };
  /** Name of what the stacks create to bootstrap GitOps (not the objects of dist/<name>/gitops/). */
  readonly bootstrapName: string;
}

export function resolveGitops(env: Environment): GitopsPlan {
  const installs = gitopsInstalls(env);
  const g = env.gitops;
  return {
    ...g,
    path: gitopsPath(env),
    argocd: { ...g.argocd, install: installs.argocd },
    flux: { ...g.flux, install: installs.flux },
    bootstrapName: gitopsBootstrapName(env),
  };
}

/**
 * Which GitOps engine the stacks install (gitops.<engine>.install, default: only on a cluster the
 * project creates; an existing cluster may run its own). An engine the stacks install picks up
 * dist/<name>/gitops/ itself; otherwise the operator applies it once with kubectl.
 */
export function gitopsInstalls(env: Environment): { argocd: boolean; flux: boolean } {
  const g = env.gitops;
  const owns = !env.cluster.existing;
  const on = (e: { enabled: boolean; install?: boolean }) => !!g.repoUrl && e.enabled && (e.install ?? owns);
  return { argocd: on(g.argocd), flux: on(g.flux) };
}

/** Names of what the stacks create to bootstrap GitOps (not the objects of dist/<name>/gitops/). */
export function gitopsBootstrapName(env: Environment): string {
  // azurerm_kubernetes_flux_configuration.name: at most 30 of [a-z0-9-] (the name is at most 20),
  // and a prefix that cannot collide with agent-router-<name> (the objects of dist/<name>/gitops/).
  return `ar-${env.name}`;
}

/** Where the YAML of this environment lives in the GitOps repository. */
export function gitopsPath(env: Environment): string {
  return env.gitops.path ?? `dist/${env.name}`;
}
