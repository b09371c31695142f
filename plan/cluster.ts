// The cluster as it applies: its resource group, node pool, SKU tier, network policy, how the
// API authenticates, and the maintenance windows of automatic upgrades.
import { sh, type ShellCode } from "../config/encode";
import type { Environment } from "../config/loader";
import { MIN_NODE_COUNT, SIZING_TIERS } from "../config/presets";
import { PRODUCTION_MAINTENANCE, type MaintenanceWindowConfig } from "../config/schema";
import { required } from "./invariant";

type ClusterConfig = Environment["cluster"];

export interface ClusterAuth {
  readonly localAccountsDisabled: boolean;
  /** Entra ID integration; undefined: off. */
  readonly entraId: { readonly azureRbac: boolean; readonly adminGroupObjectIds: readonly string[] } | undefined;
  /** The `-cluster` stack's providers authenticate through kubelogin. */
  readonly kubelogin: boolean;
}

/**
 * A maintenance window, by its frequency, with the day fields that frequency needs (the schema
 * requires them): Weekly and RelativeMonthly name the day, RelativeMonthly the week, and
 * AbsoluteMonthly the day of the month.
 */
export type MaintenanceWindow =
  | (MaintenanceWindowConfig & { readonly frequency: "Daily" })
  | (MaintenanceWindowConfig & { readonly frequency: "Weekly"; readonly dayOfWeek: Weekday })
  | (MaintenanceWindowConfig & { readonly frequency: "AbsoluteMonthly"; readonly dayOfMonth: number })
  | (MaintenanceWindowConfig & { readonly frequency: "RelativeMonthly"; readonly dayOfWeek: Weekday; readonly weekIndex: NonNullable<MaintenanceWindowConfig["weekIndex"]> });
type Weekday = NonNullable<MaintenanceWindowConfig["dayOfWeek"]>;

/** The windows of automatic upgrades; undefined is "anytime" (AKS's own default, no window). */
export interface MaintenanceWindows {
  readonly autoUpgrade?: MaintenanceWindow;
  readonly nodeOs?: MaintenanceWindow;
}

/** A cluster the project creates: every setting of `cluster` applies. */
export interface OwnedClusterPlan
  extends Readonly<Omit<ClusterConfig, "existing" | "vmSize" | "nodeCount" | "skuTier" | "localAccountsDisabled" | "entraId" | "maintenance" | "network">> {
  readonly owned: true;
  /** The resource group the cluster lives in: `azure.resourceGroup`. */
  readonly resourceGroup: string;
  readonly nodePool: { readonly vmSize: string; readonly nodeCount: number };
  readonly skuTier: "Free" | "Standard" | "Premium";
  readonly network: Omit<ClusterConfig["network"], "policy"> & { readonly policy: "azure" | "calico" | "cilium" | "none" };
  readonly auth: ClusterAuth;
  readonly maintenance: MaintenanceWindows;
  /** A minor version under the `patch` channel: Terraform owns the minor, AKS the patch. */
  readonly followsPatchChannel: boolean;
}

/**
 * A cluster that exists (`cluster.existing`): read, never modified, so its node pool, version,
 * network, upgrade channels and windows stay its own; only how the `-cluster` stack signs in applies.
 */
export interface ExistingClusterPlan {
  readonly owned: false;
  readonly name: string;
  /** Its own resource group (Step 3); when that is azure.resourceGroup, `Plan.azure.createsResourceGroup` is false. */
  readonly resourceGroup: string;
  readonly auth: ClusterAuth;
}

export type ClusterPlan = OwnedClusterPlan | ExistingClusterPlan;

export function resolveCluster(env: Environment): ClusterPlan {
  const { existing, vmSize: _vmSize, nodeCount: _nodeCount, skuTier: _skuTier, localAccountsDisabled: _local, entraId: _entra, maintenance: _m, network, ...rest } = env.cluster;
  if (existing) {
    return { owned: false, name: env.cluster.name, resourceGroup: existing.resourceGroup, auth: clusterAuth(env) };
  }
  const pool = nodePool(env);
  return {
    ...rest,
    owned: true,
    resourceGroup: clusterResourceGroup(env),
    nodePool: { vmSize: required(pool.vmSize, "cluster.vmSize", "AR032"), nodeCount: pool.nodeCount },
    skuTier: skuTier(env),
    network: { ...network, policy: networkPolicy(env) },
    auth: clusterAuth(env),
    maintenance: maintenanceWindows(env),
    followsPatchChannel: followsPatchChannel(env),
  };
}

/** The default node pool: the tier's preset with the environment's overrides (a custom tier without a VM size is AR032's). */
export function nodePool(env: Environment): { vmSize: string | undefined; nodeCount: number } {
  const preset = env.cluster.tier === "custom" ? undefined : SIZING_TIERS[env.cluster.tier];
  return {
    vmSize: env.cluster.vmSize ?? preset?.vmSize,
    nodeCount: env.cluster.nodeCount ?? preset?.nodeCount ?? MIN_NODE_COUNT,
  };
}

export function networkPolicy(env: Environment): "azure" | "calico" | "cilium" | "none" {
  return env.cluster.network.policy ?? (env.cluster.network.dataplane === "cilium" ? "cilium" : "calico");
}

export function skuTier(env: Environment): "Free" | "Standard" | "Premium" {
  return env.cluster.skuTier ?? (env.production ? "Standard" : "Free");
}

/**
 * How the Kubernetes API authenticates, as it applies (`cluster.localAccountsDisabled`,
 * `cluster.entraId`): in production, by default, Entra ID with Azure RBAC and no local accounts,
 * so no cluster-admin client key exists to land in Terraform state or the `-cluster` stack's
 * inputs (`entraId.enabled: false` keeps them on). A reused cluster is never modified: its local
 * accounts stay what they are unless the file says they are disabled. `kubelogin`: the `-cluster`
 * stack's providers authenticate through kubelogin (an Entra ID cluster's user kubeconfig carries
 * no client certificate). docs/azure-behaviours.md, "Entra ID, local accounts and the -cluster stack".
 */
export function clusterAuth(env: Environment): ClusterAuth {
  const ownsCluster = !env.cluster.existing;
  const entraEnabled = env.cluster.entraId.enabled ?? env.production;
  // Entra ID turned off explicitly leaves local accounts on (AR051 warns in production).
  const localAccountsDisabled = env.cluster.localAccountsDisabled ?? (env.production && ownsCluster && entraEnabled);
  const entraId = entraEnabled ? { azureRbac: env.cluster.entraId.azureRbac, adminGroupObjectIds: env.cluster.entraId.adminGroupObjectIds } : undefined;
  return { localAccountsDisabled, entraId, kubelogin: localAccountsDisabled || (ownsCluster && entraId !== undefined) };
}

/** The resource group the cluster lives in: its own for a reused cluster (Step 3). */
export function clusterResourceGroup(env: Environment): string {
  return env.cluster.existing?.resourceGroup ?? env.azure.resourceGroup;
}

/** A reused cluster in azure.resourceGroup: the group is read, never created or deleted. */
export function reusesResourceGroup(env: Environment): boolean {
  return env.cluster.existing?.resourceGroup === env.azure.resourceGroup;
}

/** Step 3.5, as the `-azure` stack outputs it and the runbook prints it. */
export function getCredentialsCommand(cluster: { readonly name: string; readonly resourceGroup: string }): ShellCode {
  return sh`az aks get-credentials --resource-group ${cluster.resourceGroup} --name ${cluster.name} --file ~/kubeconfig-${cluster.name}`;
}

/**
 * The maintenance windows of automatic upgrades: the environment's, else the production
 * defaults in production; undefined is "anytime" (AKS's own default, no window).
 */
export function maintenanceWindows(env: Environment): MaintenanceWindows {
  const pick = (given: MaintenanceWindowConfig | "anytime" | undefined, productionDefault: MaintenanceWindowConfig, field: string) => {
    if (given === "anytime") return undefined;
    const w = given ?? (env.production ? productionDefault : undefined);
    return w && maintenanceWindow(w, field);
  };
  const m = env.cluster.maintenance;
  return {
    autoUpgrade: pick(m.autoUpgrade, PRODUCTION_MAINTENANCE.autoUpgrade, "cluster.maintenance.autoUpgrade"),
    nodeOs: pick(m.nodeOs, PRODUCTION_MAINTENANCE.nodeOs, "cluster.maintenance.nodeOs"),
  };
}

/** A window as its frequency's variant: the same object, the day fields the schema requires made visible. */
function maintenanceWindow(w: MaintenanceWindowConfig, field: string): MaintenanceWindow {
  const day = () => required(w.dayOfWeek, `${field}.dayOfWeek`, "the schema");
  switch (w.frequency) {
    case "Daily":
      return { ...w, frequency: "Daily" };
    case "Weekly":
      return { ...w, frequency: "Weekly", dayOfWeek: day() };
    case "AbsoluteMonthly":
      return { ...w, frequency: "AbsoluteMonthly", dayOfMonth: required(w.dayOfMonth, `${field}.dayOfMonth`, "the schema") };
    case "RelativeMonthly":
      return { ...w, frequency: "RelativeMonthly", dayOfWeek: day(), weekIndex: required(w.weekIndex, `${field}.weekIndex`, "the schema") };
  }
}

/**
 * A minor `cluster.kubernetesVersion` under the `patch` channel: Terraform owns the minor
 * version, AKS the patch (stacks/constructs/aks-cluster.ts follows the live patch).
 */
export function followsPatchChannel(env: Environment): boolean {
  const version = env.cluster.kubernetesVersion;
  return version !== undefined && /^\d+\.\d+$/.test(version) && env.cluster.automaticUpgradeChannel === "patch";
}
