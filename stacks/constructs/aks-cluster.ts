// Guide: Step 3.4 (az aks create), Step 7.1 (the AGIC add-on), Appendix A (OIDC issuer and
// workload identity). One AKS cluster with a system-assigned identity in the project's VNet.
import { DataAzurermKubernetesCluster } from "../../.gen/providers/azurerm/data-azurerm-kubernetes-cluster";
import { DataAzurermResources } from "../../.gen/providers/azurerm/data-azurerm-resources";
import { KubernetesCluster } from "../../.gen/providers/azurerm/kubernetes-cluster";
import { RoleAssignment } from "../../.gen/providers/azurerm/role-assignment";
import { TerraformLocal, Token } from "cdktf";
import { Construct } from "constructs";
import { credentialsOf, type ClusterRef } from "./cluster-ref";

export interface AksNetworkProps {
  /** `none` is traditional Azure CNI (Step 3.4). */
  readonly pluginMode: "none" | "overlay";
  readonly dataplane: "azure" | "cilium";
  readonly policy: "azure" | "calico" | "cilium" | "none";
  readonly serviceCidr: string;
  readonly dnsServiceIp: string;
  /** Used with overlay only. */
  readonly podCidr: string;
}

/** A planned maintenance window (azurerm maintenance_window_auto_upgrade / _node_os). */
export interface MaintenanceWindowProps {
  readonly frequency: "Daily" | "Weekly" | "AbsoluteMonthly" | "RelativeMonthly";
  /** Days, weeks or months between windows, by frequency. */
  readonly interval: number;
  /** For Weekly and RelativeMonthly. */
  readonly dayOfWeek?: string;
  /** For AbsoluteMonthly. */
  readonly dayOfMonth?: number;
  /** For RelativeMonthly: First, Second, Third, Fourth or Last. */
  readonly weekIndex?: string;
  /** HH:mm in utcOffset's time zone. */
  readonly startTime: string;
  /** +HH:mm or -HH:mm. */
  readonly utcOffset: string;
  /** 4-24 hours. */
  readonly durationHours: number;
  /** Release freezes, RFC 3339 start and end. */
  readonly notAllowed: readonly { readonly start: string; readonly end: string }[];
}

export interface AksClusterProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** Exact or minor version, or a token from azurerm_kubernetes_service_versions. */
  readonly kubernetesVersion: string;
  /**
   * Ignore later changes of the version: set when the version is the region's default read
   * at the first apply, so a new regional default never plans an upgrade by surprise.
   * @default false
   */
  readonly keepInitialVersion?: boolean;
  /**
   * With a minor `kubernetesVersion` (1.34) and the `patch` channel: keep whatever patch of that
   * minor the cluster runs (read by name at plan time in this resource group, a literal), so the
   * channel's patch upgrades are no drift and a new minor is still an upgrade Terraform makes.
   * @default the version as given
   */
  readonly followPatchUpgrades?: { readonly resourceGroupName: string };
  readonly vmSize: string;
  /** Never fewer than three (Cluster sizing). */
  readonly nodeCount: number;
  readonly maxPods: number;
  readonly zones: readonly string[];
  readonly subnetId: string;
  readonly network: AksNetworkProps;
  readonly skuTier: "Free" | "Standard" | "Premium";
  /**
   * The AGIC add-on (Step 7.1): attached to an existing gateway by ID, or creating its own
   * gateway on a subnet (the guide's way). @default no add-on
   */
  readonly agic?: { readonly gatewayId: string } | { readonly gatewayName: string; readonly subnetId: string };
  /** Workload identity (Appendix A). The OIDC issuer it needs is always on. */
  readonly workloadIdentity: boolean;
  /**
   * The Azure Key Vault provider for Secrets Store CSI add-on (`azure-keyvault-secrets-provider`),
   * with rotation on at this poll interval (a duration such as 2m). @default no add-on
   */
  readonly keyVaultSecretsProvider?: { readonly rotationInterval: string };
  /** Container Insights to this workspace. @default off */
  readonly logAnalyticsWorkspaceId?: string;
  readonly azurePolicy: boolean;
  readonly automaticUpgradeChannel: string;
  readonly nodeOsUpgradeChannel: string;
  /** When automaticUpgradeChannel may act. @default anytime (AKS's default) */
  readonly autoUpgradeWindow?: MaintenanceWindowProps;
  /** When nodeOsUpgradeChannel may act. @default anytime (AKS's default) */
  readonly nodeOsUpgradeWindow?: MaintenanceWindowProps;
  readonly apiServerAuthorizedIpRanges: readonly string[];
  /** No local (certificate) accounts: no cluster-admin client key exists. Needs `entraId`. */
  readonly localAccountsDisabled: boolean;
  /**
   * Entra ID integration (AKS-managed). With no admin groups, `tenantId` names the tenant
   * (the provider requires one of the two). @default off
   */
  readonly entraId?: { readonly azureRbac: boolean; readonly adminGroupObjectIds: readonly string[]; readonly tenantId?: string };
}

export class AksCluster extends Construct {
  readonly resource: KubernetesCluster;
  /** What the rest of the stacks use. */
  readonly ref: ClusterRef;
  /** Object id of the cluster's own (control plane) identity. */
  readonly principalId: string;

  constructor(scope: Construct, id: string, props: AksClusterProps) {
    super(scope, id);
    validate(id, props);
    const versions = this.versions(id, props);
    const cluster = new KubernetesCluster(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      dnsPrefix: dnsPrefix(props.name),
      kubernetesVersion: versions.controlPlane,
      skuTier: props.skuTier,
      identity: { type: "SystemAssigned" },
      roleBasedAccessControlEnabled: true,
      localAccountDisabled: props.localAccountsDisabled,
      azurePolicyEnabled: props.azurePolicy,
      automaticUpgradeChannel: props.automaticUpgradeChannel,
      nodeOsUpgradeChannel: props.nodeOsUpgradeChannel,
      maintenanceWindowAutoUpgrade: props.autoUpgradeWindow && maintenanceWindow(props.autoUpgradeWindow),
      maintenanceWindowNodeOs: props.nodeOsUpgradeWindow && maintenanceWindow(props.nodeOsUpgradeWindow),
      // Always on: the identity federations need the issuer, also on clusters below 1.34 (where
      // AKS leaves it off when unset), and from azurerm 4.68 turning it off replaces the cluster
      // (AKS cannot disable it). azurerm 4.68+ no longer diffs on AKS 1.34's default (the 4.55
      // workaround this was is not needed). docs/azure-behaviours.md, "OIDC issuer".
      oidcIssuerEnabled: true,
      workloadIdentityEnabled: props.workloadIdentity,
      // azurerm's secret_rotation_enabled defaults to false: without it a certificate renewed in
      // the vault would never reach the synced Secret.
      keyVaultSecretsProvider: props.keyVaultSecretsProvider
        ? { secretRotationEnabled: true, secretRotationInterval: props.keyVaultSecretsProvider.rotationInterval }
        : undefined,
      defaultNodePool: defaultNodePool(props, versions.nodePool),
      networkProfile: networkProfile(props.network),
      ingressApplicationGateway: props.agic
        ? "gatewayId" in props.agic
          ? { gatewayId: props.agic.gatewayId }
          : { gatewayName: props.agic.gatewayName, subnetId: props.agic.subnetId }
        : undefined,
      omsAgent: props.logAnalyticsWorkspaceId
        ? { logAnalyticsWorkspaceId: props.logAnalyticsWorkspaceId, msiAuthForMonitoringEnabled: true }
        : undefined,
      apiServerAccessProfile: props.apiServerAuthorizedIpRanges.length
        ? { authorizedIpRanges: [...props.apiServerAuthorizedIpRanges] }
        : undefined,
      azureActiveDirectoryRoleBasedAccessControl: props.entraId && entraIdProfile(props.entraId),
      lifecycle: props.keepInitialVersion
        ? { ignoreChanges: ["kubernetes_version", "default_node_pool[0].orchestrator_version"] }
        : undefined,
    });
    this.resource = cluster;
    this.principalId = cluster.identity.principalId;
    this.ref = {
      id: cluster.id,
      name: cluster.name,
      resourceGroupName: cluster.resourceGroupName,
      nodeResourceGroup: cluster.nodeResourceGroup,
      nodeResourceGroupId: cluster.nodeResourceGroupId,
      kubeletObjectId: cluster.kubeletIdentity.objectId,
      oidcIssuerUrl: cluster.oidcIssuerUrl,
      agicIdentityObjectId: props.agic ? cluster.ingressApplicationGateway.ingressApplicationGatewayIdentity.get(0).objectId : undefined,
      credentials: credentialsOf(cluster.kubeConfig.get(0)),
    };

    // With a VNet the project owns, the cluster identity joins the node subnet for its load
    // balancers; AKS only creates this assignment itself when `az aks create` is used.
    new RoleAssignment(this, "SubnetNetworkContributor", {
      scope: props.subnetId,
      roleDefinitionName: "Network Contributor",
      principalId: this.principalId,
      principalType: "ServicePrincipal",
      skipServicePrincipalAadCheck: true,
    });
  }

  /**
   * The control plane's and the node pool's versions. An explicit version upgrades the node pool
   * too: azurerm rolls kubernetes_version on the control plane first, then the pool's
   * orchestrator_version, in one apply (kubernetes_cluster_resource.go). The patch channel
   * rewrites kubernetes_version to the patch it installed (hashicorp/terraform-provider-azurerm#26946),
   * so a minor version follows the live patch of that minor. docs/azure-behaviours.md,
   * "Kubernetes versions and maintenance windows".
   */
  private versions(id: string, props: AksClusterProps): { controlPlane: string; nodePool?: string } {
    if (props.keepInitialVersion) return { controlPlane: props.kubernetesVersion };
    const minor = props.kubernetesVersion;
    if (!props.followPatchUpgrades || Token.isUnresolved(minor)) return { controlPlane: minor, nodePool: minor };
    if (!/^\d+\.\d+$/.test(minor)) {
      throw new Error(`AksCluster ${id}: kubernetesVersion must be a minor version such as 1.34 to follow patch upgrades, got "${minor}"`);
    }
    // azurerm_resources lists the subscription (no resource group: a group that does not exist
    // yet would fail the read) and returns an empty list when nothing matches.
    const exists = new DataAzurermResources(this, "LiveExists", { name: props.name, type: "Microsoft.ContainerService/managedClusters" });
    const inGroup = `[for r in ${exists.fqn}.resources : r if lower(r.resource_group_name) == lower(${JSON.stringify(props.followPatchUpgrades.resourceGroupName)})]`;
    const live = new DataAzurermKubernetesCluster(this, "Live", {
      name: props.name,
      resourceGroupName: props.followPatchUpgrades.resourceGroupName,
      count: Token.asNumber(`\${length(${inGroup})}`),
    });
    const ref = `data.azurerm_kubernetes_cluster.${live.friendlyUniqueId}`;
    const keep = (liveValue: string) => `\${startswith(${liveValue}, "${minor}.") ? ${liveValue} : "${minor}"}`;
    const controlPlane = new TerraformLocal(this, "ControlPlaneVersion", keep(`try(${ref}[0].kubernetes_version, "")`));
    const nodePool = new TerraformLocal(
      this,
      "NodePoolVersion",
      keep(`try(one([for p in ${ref}[0].agent_pool_profile : p.orchestrator_version if p.name == "system"]), "")`),
    );
    return { controlPlane: controlPlane.asString, nodePool: nodePool.asString };
  }
}

/** The constructor's checks: each throws naming the construct, the prop and the value. */
function validate(id: string, props: AksClusterProps): void {
  if (!Token.isUnresolved(props.nodeCount) && props.nodeCount < 3) {
    throw new Error(`AksCluster ${id}: nodeCount must be at least 3 (guide: Cluster sizing), got ${props.nodeCount}`);
  }
  if (props.localAccountsDisabled && !props.entraId) {
    throw new Error(`AksCluster ${id}: localAccountsDisabled needs entraId (otherwise nobody could authenticate), got no entraId`);
  }
  if (props.entraId && !props.entraId.adminGroupObjectIds.length && props.entraId.tenantId === undefined) {
    throw new Error(`AksCluster ${id}: entraId needs adminGroupObjectIds or tenantId, got neither`);
  }
}

function defaultNodePool(props: AksClusterProps, orchestratorVersion: string | undefined) {
  return {
    name: "system",
    vmSize: props.vmSize,
    nodeCount: props.nodeCount,
    maxPods: props.maxPods,
    vnetSubnetId: props.subnetId,
    zones: props.zones.length ? [...props.zones] : undefined,
    // An explicit version upgrades the node pool too: azurerm rolls kubernetes_version on the
    // control plane first, then the pool's orchestrator_version, in one apply
    // (kubernetes_cluster_resource.go). docs/azure-behaviours.md, "Kubernetes versions".
    orchestratorVersion,
    temporaryNameForRotation: "rotation",
    upgradeSettings: { maxSurge: "33%" },
  };
}

function networkProfile(network: AksNetworkProps) {
  const overlay = network.pluginMode === "overlay";
  return {
    networkPlugin: "azure",
    networkPluginMode: overlay ? "overlay" : undefined,
    networkDataPlane: network.dataplane,
    networkPolicy: network.policy === "none" ? undefined : network.policy,
    serviceCidr: network.serviceCidr,
    dnsServiceIp: network.dnsServiceIp,
    podCidr: overlay ? network.podCidr : undefined,
    loadBalancerSku: "standard",
  };
}

/**
 * azurerm requires tenant_id or admin_group_object_ids (AtLeastOneOf); the groups alone are
 * what the configuration always had.
 */
function entraIdProfile(entraId: NonNullable<AksClusterProps["entraId"]>) {
  const groups = entraId.adminGroupObjectIds.length ? [...entraId.adminGroupObjectIds] : undefined;
  return { azureRbacEnabled: entraId.azureRbac, adminGroupObjectIds: groups, tenantId: groups ? undefined : entraId.tenantId };
}

function maintenanceWindow(w: MaintenanceWindowProps) {
  return {
    frequency: w.frequency,
    interval: w.interval,
    dayOfWeek: w.dayOfWeek,
    dayOfMonth: w.dayOfMonth,
    weekIndex: w.weekIndex,
    startTime: w.startTime,
    utcOffset: w.utcOffset,
    duration: w.durationHours,
    notAllowed: w.notAllowed.length ? w.notAllowed.map((span) => ({ start: span.start, end: span.end })) : undefined,
  };
}

/** AKS DNS prefix: 1-54 letters, digits and '-', starting and ending with a letter or digit. */
export function dnsPrefix(clusterName: string): string {
  const cleaned = clusterName.toLowerCase().replace(/[^a-z0-9-]/g, "-").slice(0, 54).replace(/-+$/, "");
  return /^[a-z0-9]/.test(cleaned) ? cleaned : `k${cleaned}`.slice(0, 54);
}
