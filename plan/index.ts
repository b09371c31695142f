// The plan: one environment resolved once, after the checks pass, into a typed model with every
// default applied and every choice made. Stacks, charts, the runbook and the scripts build from
// it; none of them reads the environment file's optional fields or decides a default again.
// `agent-router-azure plan` prints it as JSON.
import type { Environment } from "../config/loader";
import { azureSensitiveVariables, clusterStackNamespaces, gitopsVariable, sensitiveVariables, type SensitiveVariable } from "../config/variables";
import { resolveCluster, reusesResourceGroup, type ClusterPlan } from "./cluster";
import { resolveDns, resolveEndpoint, resolveTls, type DnsPlan, type EndpointPlan, type TlsPlan } from "./endpoint";
import { resolveGitops, type GitopsPlan } from "./gitops";
import { resolveIngress, type IngressPlan } from "./ingress";
import { resolveKeyVault, type KeyVaultPlan } from "./key-vault";
import { stackNames } from "./names";
import { resolveNetwork, type NetworkPlan } from "./network";
import { resolveRegistry, type RegistryPlan } from "./registry";
import { resolveState, type StatePlan } from "./state";
import { resolveObservability, type ObservabilityPlan } from "./telemetry";
import { resolveWaf, type WafPlan } from "./waf";

export { PlanError } from "./invariant";
export type { ClusterPlan, DnsPlan, EndpointPlan, GitopsPlan, IngressPlan, KeyVaultPlan, NetworkPlan, ObservabilityPlan, RegistryPlan, StatePlan, TlsPlan, WafPlan };

export interface AzurePlan {
  readonly subscriptionId?: string;
  readonly location: string;
  /** The resource group the project creates (or reads, when a reused cluster lives there). */
  readonly resourceGroup: string;
  /** False when a reused cluster lives in it: the group is read, never created or deleted. */
  readonly createsResourceGroup: boolean;
  /** Tags on every taggable resource: the environment's own plus two the project adds. */
  readonly tags: Readonly<Record<string, string>>;
}

/** The sensitive Terraform variables of each stack (names and descriptions; never values). */
export interface VariablesPlan {
  readonly azure: readonly SensitiveVariable[];
  readonly cluster: readonly SensitiveVariable[];
  readonly gitops?: SensitiveVariable & { readonly stack: "azure" | "cluster" };
}

export interface Plan {
  readonly name: string;
  readonly production: boolean;
  readonly stacks: { readonly azure: string; readonly cluster: string };
  readonly azure: AzurePlan;
  readonly cluster: ClusterPlan;
  readonly network: NetworkPlan;
  readonly ingress: IngressPlan;
  /** Undefined: the WAF is off. */
  readonly waf?: WafPlan;
  readonly registry: RegistryPlan;
  readonly tls: TlsPlan;
  readonly dns: DnsPlan;
  readonly endpoint: EndpointPlan;
  /** Undefined: nothing reads the Key Vault (no identity, no add-on, no SecretProviderClass). */
  readonly keyVault?: KeyVaultPlan;
  readonly observability: ObservabilityPlan;
  readonly gitops: GitopsPlan;
  readonly state: StatePlan;
  readonly dataPlane: Readonly<Environment["dataPlane"]>;
  readonly variables: VariablesPlan;
  /** The data-plane namespaces the `-cluster` stack creates (otherwise `tare install` does, Step 6). */
  readonly clusterStackNamespaces: { readonly system: boolean; readonly dataplane: boolean };
}

/** Resolves an environment that passed the checks; a PlanError means a check let it through. */
export function resolve(env: Environment): Plan {
  const waf = resolveWaf(env);
  const keyVault = resolveKeyVault(env);
  return {
    name: env.name,
    production: env.production,
    stacks: stackNames(env),
    azure: {
      ...(env.azure.subscriptionId === undefined ? {} : { subscriptionId: env.azure.subscriptionId }),
      location: env.azure.location,
      resourceGroup: env.azure.resourceGroup,
      createsResourceGroup: !reusesResourceGroup(env),
      tags: { environment: env.name, "managed-by": "agent-router-azure", ...env.azure.tags },
    },
    cluster: resolveCluster(env),
    network: resolveNetwork(env),
    ingress: resolveIngress(env),
    ...(waf ? { waf } : {}),
    registry: resolveRegistry(env),
    tls: resolveTls(env),
    dns: resolveDns(env),
    endpoint: resolveEndpoint(env),
    ...(keyVault ? { keyVault } : {}),
    observability: resolveObservability(env),
    gitops: resolveGitops(env),
    state: resolveState(env),
    dataPlane: env.dataPlane,
    variables: resolveVariables(env),
    clusterStackNamespaces: clusterStackNamespaces(env),
  };
}

function resolveVariables(env: Environment): VariablesPlan {
  const gitops = gitopsVariable(env);
  return {
    azure: azureSensitiveVariables(env),
    cluster: sensitiveVariables(env),
    ...(gitops ? { gitops } : {}),
  };
}

const planned = new WeakMap<Environment, Plan>();

/**
 * The plan of a loaded environment, resolved once per environment object (the replacement guard
 * and synth share it, and so the stacks synthesized from it).
 */
export function planOf(env: Environment): Plan {
  const known = planned.get(env);
  if (known) return known;
  const plan = resolve(env);
  planned.set(env, plan);
  return plan;
}
