// Where the cluster pulls the Agent Router images from (Steps 4-6, Appendix D).
import type { Environment } from "../config/loader";
import { required } from "./invariant";
import { GUIDE_NAMES } from "./names";

type RegistryConfig = Environment["registry"];
type PrivateRegistry = NonNullable<RegistryConfig["private"]>;

interface RegistryCommon {
  /** Where the data-plane images live: `--image-sync`/`--image-registry` of `tare install`. */
  readonly imageRegistry: string;
  /** The `-cluster` stack creates the pull secret (private registry, or acr-admin `cluster`). */
  readonly clusterCreatesPullSecret: boolean;
}

export type RegistryPlan =
  | (RegistryCommon & { readonly mode: "acr"; readonly acrName: string; readonly loginServer: string })
  | (RegistryCommon & {
      readonly mode: "acr-admin";
      readonly acrName: string;
      readonly loginServer: string;
      readonly adminPullSecret: RegistryConfig["adminPullSecret"];
      readonly pullSecret: string;
    })
  | (RegistryCommon & Readonly<PrivateRegistry> & { readonly mode: "private"; readonly pullSecret: string });

export function resolveRegistry(env: Environment): RegistryPlan {
  const r = env.registry;
  const createsSecret = clusterCreatesPullSecret(env);
  if (r.mode === "private") {
    const p = required(r.private, "registry.private", "AR022");
    return { mode: "private", ...p, imageRegistry: p.repository, pullSecret: p.pullSecretName, clusterCreatesPullSecret: createsSecret };
  }
  const acrName = required(r.acrName, "registry.acrName", "AR003");
  const loginServer = `${acrName}.azurecr.io`;
  const common = { acrName, loginServer, imageRegistry: `${loginServer}/tare`, clusterCreatesPullSecret: createsSecret };
  if (r.mode === "acr") return { mode: "acr", ...common };
  return { mode: "acr-admin", ...common, adminPullSecret: r.adminPullSecret, pullSecret: GUIDE_NAMES.acrPullSecret };
}

export function usesAcr(env: Environment): boolean {
  return env.registry.mode === "acr" || env.registry.mode === "acr-admin";
}

/** The `-cluster` stack creates the pull secret (private registry, or acr-admin `cluster`). */
export function clusterCreatesPullSecret(env: Environment): boolean {
  return env.registry.mode === "private" || (env.registry.mode === "acr-admin" && env.registry.adminPullSecret === "cluster");
}

/** The pull secret Kubernetes uses, when one is needed at all (`acr` needs none: AcrPull on the kubelet identity). */
export function pullSecretName(env: Environment): string | undefined {
  if (env.registry.mode === "private") return env.registry.private?.pullSecretName;
  if (env.registry.mode === "acr-admin") return GUIDE_NAMES.acrPullSecret;
  return undefined;
}
