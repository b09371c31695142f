// Names that must be unique across the environments of one repository: each environment's
// claims (names, resource groups, state blobs, GitOps folders) and the problems when two collide.
import { clusterResourceGroup, reusesResourceGroup } from "../plan/cluster";
import { gitopsPath } from "../plan/gitops";
import { stackNames } from "../plan/names";
import { usesAcr } from "../plan/registry";
import { cloudWorkspace, stateKey } from "../plan/state";
import { repositoryKey } from "./git-url";
import type { Environment, LoadedEnvironment } from "./loader";
import type { Problem } from "./problems";

/** One name an environment claims, which no other environment of the repository may claim too. */
interface Claim {
  readonly path: string;
  readonly what: string;
  /** Compared case-insensitively (Azure names, hostnames). */
  readonly key: string;
  /** The subscription it lives in, when the name is unique per subscription only and the file says. */
  readonly subscription?: string;
  /** For a resource group: whether this environment creates it (two readers do not collide). */
  readonly creates?: boolean;
  /** The key ends in a folder: one inside or above the other collides too. */
  readonly folder?: boolean;
  readonly why: string;
}

function claims(env: Environment): Claim[] {
  const sub = env.azure.subscriptionId;
  const out: Claim[] = [{ path: "name", what: "name", key: env.name, why: "stacks and dist/ folders would collide" }];
  if (usesAcr(env) && env.registry.acrName) {
    out.push({ path: "registry.acrName", what: "ACR name", key: env.registry.acrName, why: "ACR names are globally unique (Step 4), so the second registry cannot be created" });
  }
  if (env.dns.hostname) {
    out.push({ path: "dns.hostname", what: "hostname", key: env.dns.hostname, why: "both data planes would be registered under one URL, with one DNS record and one certificate" });
  }
  out.push({
    path: "cluster.name",
    what: "cluster",
    key: `${clusterResourceGroup(env)}/${env.cluster.name}`,
    subscription: sub,
    why: "tare install puts every data plane in the namespaces tars-system and tars-dataplane, so a second one in the same cluster overwrites the first",
  });
  out.push({
    path: "azure.resourceGroup",
    what: "resource group",
    key: env.azure.resourceGroup,
    subscription: sub,
    creates: !reusesResourceGroup(env),
    why: "the -azure stack that creates it deletes it, with everything in it, on destroy",
  });
  const stacks = stackNames(env);
  if (env.state.backend === "azurerm" && env.state.azurerm) {
    const a = env.state.azurerm;
    for (const stack of [stacks.azure, stacks.cluster]) {
      out.push({ path: "state.azurerm.keyPrefix", what: "state blob", key: `${a.storageAccountName}/${a.containerName}/${stateKey(env, stack)}`, why: "two stacks would share one Terraform state" });
    }
  }
  if (env.state.backend === "cloud" && env.state.cloud) {
    const c = env.state.cloud;
    for (const stack of [stacks.azure, stacks.cluster]) {
      out.push({ path: "state.cloud.workspacePrefix", what: "Terraform Cloud workspace", key: `${c.hostname}/${c.organization}/${cloudWorkspace(env, stack)}`, why: "two stacks would share one Terraform state" });
    }
  }
  if (env.gitops.argocd.enabled || env.gitops.flux.enabled) {
    out.push({
      path: "gitops.path",
      what: "GitOps path (the same folder of the same repository, or one inside or above it)",
      // The repository however its URL is spelled (config/git-url.ts); a folder inside or above
      // another's collides too: a controller on the outer one applies (and prunes) the inner one.
      key: `${env.gitops.repoUrl ? repositoryKey(env.gitops.repoUrl) : ""}#${env.gitops.revision}:${gitopsPath(env).replace(/\/+$/, "")}`,
      folder: true,
      why: "two GitOps controllers would sync one directory (or one would apply, and prune, the other's folder inside its own)",
    });
  }
  return out;
}

function sameKey(a: Claim, b: Claim): boolean {
  const [x, y] = [a.key.toLowerCase(), b.key.toLowerCase()];
  return x === y || (!!a.folder && !!b.folder && (x.startsWith(`${y}/`) || y.startsWith(`${x}/`)));
}

function collide(a: Claim, b: Claim): boolean {
  if (a.path !== b.path || !sameKey(a, b)) return false;
  // Unique per subscription: only when both files name different subscriptions are they apart.
  if (a.subscription && b.subscription && a.subscription !== b.subscription) return false;
  // A resource group that both environments only read (an existing cluster's) is shared on purpose.
  if (a.creates === false && b.creates === false) return false;
  return true;
}

/**
 * Names that must be unique across the environments of one repository (a copy of
 * dev.yaml with only `name:` changed must not pass): the environment name, the ACR name, the
 * hostname, the cluster (resource group + name, created or reused: the data-plane namespaces are
 * fixed), a resource group an environment creates, state blobs and workspaces, GitOps paths.
 * Each problem is on the later file and names the earlier one (or a neighbouring file).
 */
export function duplicateNames(environments: readonly LoadedEnvironment[], neighbours: readonly LoadedEnvironment[] = []): Problem[] {
  const problems: Problem[] = [];
  const earlier: { file: string; claims: Claim[] }[] = neighbours.map((n) => ({ file: n.file, claims: claims(n.env) }));
  for (const { file, env, lineOf } of environments) {
    const mine = claims(env);
    const reported = new Set<string>();
    for (const claim of mine) {
      if (reported.has(claim.path)) continue;
      const other = earlier.find((o) => o.claims.some((c) => collide(claim, c)));
      if (!other) continue;
      reported.add(claim.path);
      const line = lineOf(claim.path);
      problems.push({
        severity: "error",
        rule: "AR000",
        file,
        path: claim.path,
        message: `is also the ${claim.what} of ${other.file}; ${claim.why}`,
        value: claim.key,
        line: line ?? lineOf(claim.path.split(".")[0]),
        fix: claim.path === "name" ? "give every environment file a unique name" : `give ${env.name} its own ${claim.path}${claim.what === "cluster" ? " (or a different resource group)" : ""}`,
      });
    }
    earlier.push({ file, claims: mine });
  }
  return problems;
}
