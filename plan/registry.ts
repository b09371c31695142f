// Where the cluster pulls the Agent Router images from (Steps 4-6, Appendix D).
import type { Environment } from "../config/loader";
import type { SensitiveVariable } from "../config/variables";
import { required } from "./invariant";
import { GUIDE_NAMES } from "./names";

type RegistryConfig = Environment["registry"];
type PrivateRegistry = NonNullable<RegistryConfig["private"]>;

/** `imageRegistry`: where the data-plane images live (`--image-sync`/`--image-registry` of `tare install`). */
export type RegistryPlan =
  /** ACR, pulled through AcrPull on the kubelet identity: no pull secret. */
  | { readonly mode: "acr"; readonly acrName: string; readonly loginServer: string; readonly imageRegistry: string; readonly clusterCreatesPullSecret: false }
  /** The Step 5.3 fallback: the admin user's credential in a pull secret, from stdin or made by the `-cluster` stack. */
  | {
      readonly mode: "acr-admin";
      readonly acrName: string;
      readonly loginServer: string;
      readonly imageRegistry: string;
      readonly adminPullSecret: RegistryConfig["adminPullSecret"];
      readonly pullSecret: string;
      readonly clusterCreatesPullSecret: boolean;
    }
  /** Appendix D: an existing registry; the `-cluster` stack makes the pull secret from two sensitive variables. */
  | (Readonly<Omit<PrivateRegistry, "pullSecretName">> & {
      readonly mode: "private";
      readonly imageRegistry: string;
      readonly pullSecret: string;
      readonly clusterCreatesPullSecret: true;
      readonly credentials: { readonly username: SensitiveVariable; readonly password: SensitiveVariable };
    });

export function resolveRegistry(env: Environment): RegistryPlan {
  const r = env.registry;
  if (r.mode === "private") {
    const { pullSecretName, ...p } = required(r.private, "registry.private", "AR022");
    return { mode: "private", ...p, imageRegistry: p.repository, pullSecret: pullSecretName, clusterCreatesPullSecret: true, credentials: registryVariables(env) };
  }
  const acrName = required(r.acrName, "registry.acrName", "AR003");
  const loginServer = `${acrName}.azurecr.io`;
  const common = { acrName, loginServer, imageRegistry: `${loginServer}/tare` };
  if (r.mode === "acr") return { mode: "acr", ...common, clusterCreatesPullSecret: false };
  return { mode: "acr-admin", ...common, adminPullSecret: r.adminPullSecret, pullSecret: GUIDE_NAMES.acrPullSecret, clusterCreatesPullSecret: clusterCreatesPullSecret(env) };
}

/** Appendix D, Step d.1: the private registry's pull credential (REGISTRY_USERNAME, REGISTRY_PASSWORD). */
export function registryVariables(env: Environment): { username: SensitiveVariable; password: SensitiveVariable } {
  const host = env.registry.private?.host ?? "the private registry";
  return {
    username: { name: "registry_username", description: `Username of the pull credential for ${host} (Step d.1 REGISTRY_USERNAME)` },
    password: { name: "registry_password", description: `Password or token of the pull credential for ${host} (Step d.1 REGISTRY_PASSWORD)` },
  };
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
