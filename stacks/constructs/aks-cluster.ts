// Guide: Step 3.4 (az aks create), Step 7.1 (the AGIC add-on), Appendix A (OIDC issuer and
// workload identity). One AKS cluster with a system-assigned identity in the project's VNet.
import { KubernetesCluster } from "../../.gen/providers/azurerm/kubernetes-cluster";
import { RoleAssignment } from "../../.gen/providers/azurerm/role-assignment";
import { Token } from "cdktf";
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
  readonly apiServerAuthorizedIpRanges: readonly string[];
  readonly localAccountsDisabled: boolean;
  /** Entra ID integration. @default off */
  readonly entraId?: { readonly azureRbac: boolean; readonly adminGroupObjectIds: readonly string[] };
}

export class AksCluster extends Construct {
  readonly resource: KubernetesCluster;
  /** What the rest of the stacks use. */
  readonly ref: ClusterRef;
  /** Object id of the cluster's own (control plane) identity. */
  readonly principalId: string;

  constructor(scope: Construct, id: string, props: AksClusterProps) {
    super(scope, id);
    if (!Token.isUnresolved(props.nodeCount) && props.nodeCount < 3) {
      throw new Error(`AksCluster ${id}: nodeCount must be at least 3 (guide: Cluster sizing), got ${props.nodeCount}`);
    }
    const overlay = props.network.pluginMode === "overlay";
    const cluster = new KubernetesCluster(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      dnsPrefix: dnsPrefix(props.name),
      kubernetesVersion: props.kubernetesVersion,
      skuTier: props.skuTier,
      identity: { type: "SystemAssigned" },
      roleBasedAccessControlEnabled: true,
      localAccountDisabled: props.localAccountsDisabled,
      azurePolicyEnabled: props.azurePolicy,
      automaticUpgradeChannel: props.automaticUpgradeChannel,
      nodeOsUpgradeChannel: props.nodeOsUpgradeChannel,
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
      defaultNodePool: {
        name: "system",
        vmSize: props.vmSize,
        nodeCount: props.nodeCount,
        maxPods: props.maxPods,
        vnetSubnetId: props.subnetId,
        zones: props.zones.length ? [...props.zones] : undefined,
        temporaryNameForRotation: "rotation",
        upgradeSettings: { maxSurge: "33%" },
      },
      networkProfile: {
        networkPlugin: "azure",
        networkPluginMode: overlay ? "overlay" : undefined,
        networkDataPlane: props.network.dataplane,
        networkPolicy: props.network.policy === "none" ? undefined : props.network.policy,
        serviceCidr: props.network.serviceCidr,
        dnsServiceIp: props.network.dnsServiceIp,
        podCidr: overlay ? props.network.podCidr : undefined,
        loadBalancerSku: "standard",
      },
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
      azureActiveDirectoryRoleBasedAccessControl: props.entraId
        ? { azureRbacEnabled: props.entraId.azureRbac, adminGroupObjectIds: [...props.entraId.adminGroupObjectIds] }
        : undefined,
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
}

/** AKS DNS prefix: 1-54 letters, digits and '-', starting and ending with a letter or digit. */
export function dnsPrefix(clusterName: string): string {
  const cleaned = clusterName.toLowerCase().replace(/[^a-z0-9-]/g, "-").slice(0, 54).replace(/-+$/, "");
  return /^[a-z0-9]/.test(cleaned) ? cleaned : `k${cleaned}`.slice(0, 54);
}
