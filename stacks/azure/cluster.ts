// The AKS cluster: the one the project creates (Step 3.4, in its network, with the AGIC gateway
// when Terraform creates it), or an existing one it reads (Step 3, "Reusing an existing AKS
// cluster"); and the outputs every later step reads.
import { DataAzurermClientConfig } from "../../.gen/providers/azurerm/data-azurerm-client-config";
import { DataAzurermKubernetesServiceVersions } from "../../.gen/providers/azurerm/data-azurerm-kubernetes-service-versions";
import { TerraformOutput } from "cdktf";
import { getCredentialsCommand, type OwnedClusterPlan } from "../../plan/cluster";
import { AksCluster } from "../constructs/aks-cluster";
import type { ClusterRef } from "../constructs/cluster-ref";
import { ExistingAksCluster } from "../constructs/existing-aks-cluster";
import type { LogAnalytics } from "../constructs/log-analytics";
import type { PlatformNetwork } from "../constructs/platform-network";
import { agicGateway, agicPermissions, type AgicGateway } from "./gateway";
import { containerInsights } from "./monitoring";
import { platformNetwork } from "./network";
import type { AzureSite } from "./site";

/** The cluster and the network it runs in, whichever way it came. */
export interface PlacedCluster {
  readonly cluster: ClusterRef;
  /** The virtual network the AGC subnet joins: a reference to the created one, or the existing cluster's. */
  readonly vnet: { readonly name: string; readonly resourceGroupName: string };
  /** The AGIC gateway's subnet: the created one, or the existing add-on's. */
  readonly appGatewaySubnetId?: string;
  /** The AGIC gateway, when this stack creates it (`ingress.agic.gateway: terraform`). */
  readonly gateway?: AgicGateway;
}

/** Guide: Step 3, "Reusing an existing AKS cluster": read, never modified. */
export function existingCluster(site: AzureSite): PlacedCluster {
  const { stack, plan } = site;
  const agic = plan.ingress.mode === "agic";
  const reused = new ExistingAksCluster(stack, "Cluster", {
    name: plan.cluster.name,
    resourceGroupName: plan.cluster.resourceGroup,
    requireAgic: agic,
    requireOidcIssuer: !agic,
    requireKeyVaultSecretsProvider: plan.keyVault !== undefined,
  });
  return { cluster: reused.ref, vnet: { name: plan.network.vnet.name, resourceGroupName: plan.network.vnet.resourceGroup }, appGatewaySubnetId: reused.agicSubnetId };
}

/** A cluster the project creates: its network, the AGIC gateway Terraform creates, the cluster, Container Insights. */
export function createdCluster(site: AzureSite, cluster: OwnedClusterPlan, workspace: LogAnalytics | undefined): PlacedCluster {
  const { plan } = site;
  const network = platformNetwork(site);
  const subnetId = network.appGatewaySubnet?.id;
  const ingress = plan.ingress;
  const gateway = ingress.mode === "agic" && ingress.gateway.by === "terraform" && subnetId ? agicGateway(site, ingress.gateway, subnetId) : undefined;
  const aks = aksCluster(site, cluster, network, gateway, workspace);
  containerInsights(site, workspace, aks.ref);
  if (ingress.mode === "agic" && subnetId) agicPermissions(site, aks.ref, subnetId, gateway);
  return { cluster: aks.ref, vnet: { name: network.vnet.name, resourceGroupName: site.resourceGroup.name }, appGatewaySubnetId: subnetId, gateway };
}

function aksCluster(site: AzureSite, cluster: OwnedClusterPlan, network: PlatformNetwork, gateway: AgicGateway | undefined, workspace: LogAnalytics | undefined): AksCluster {
  const { stack, plan } = site;
  const { ingress } = plan;
  const location = plan.azure.location;
  const subnetId = network.appGatewaySubnet?.id;
  // Guide: Step 3.1, K8S_VERSION=$(az aks get-versions ... isDefault).
  const version = cluster.kubernetesVersion ?? new DataAzurermKubernetesServiceVersions(stack, "KubernetesVersions", { location, includePreview: false }).defaultVersion;
  const { entraId } = cluster.auth;
  return new AksCluster(stack, "Cluster", {
    name: cluster.name,
    resourceGroupName: site.resourceGroup.name,
    location,
    kubernetesVersion: version,
    keepInitialVersion: cluster.kubernetesVersion === undefined,
    followPatchUpgrades: cluster.followsPatchChannel ? { resourceGroupName: plan.azure.resourceGroup } : undefined,
    vmSize: cluster.nodePool.vmSize,
    nodeCount: cluster.nodePool.nodeCount,
    maxPods: cluster.maxPods,
    zones: cluster.availabilityZones,
    subnetId: network.clusterSubnet.id,
    network: cluster.network,
    skuTier: cluster.skuTier,
    agic: gateway
      ? { gatewayId: gateway.appGateway.resource.id }
      : ingress.mode === "agic" && subnetId
        ? { gatewayName: ingress.gateway.name, subnetId }
        : undefined,
    workloadIdentity: ingress.mode === "agc" || plan.keyVault !== undefined,
    keyVaultSecretsProvider: plan.keyVault ? { rotationInterval: plan.keyVault.rotationInterval } : undefined,
    logAnalyticsWorkspaceId: cluster.containerInsights ? workspace?.workspaceId : undefined,
    azurePolicy: cluster.azurePolicy,
    automaticUpgradeChannel: cluster.automaticUpgradeChannel,
    nodeOsUpgradeChannel: cluster.nodeOsUpgradeChannel,
    autoUpgradeWindow: cluster.maintenance.autoUpgrade,
    nodeOsUpgradeWindow: cluster.maintenance.nodeOs,
    apiServerAuthorizedIpRanges: cluster.apiServerAuthorizedIpRanges,
    localAccountsDisabled: cluster.auth.localAccountsDisabled,
    entraId: entraId && {
      ...entraId,
      // Without admin groups, the tenant of the identity that applies the stack (what the
      // provider itself would fall back to): access then comes from Azure role assignments.
      tenantId: entraId.adminGroupObjectIds.length ? undefined : new DataAzurermClientConfig(stack, "ClientConfig").tenantId,
    },
  });
}

/** What later steps read from the `-azure` stack about the cluster (Step 3.5: the credentials command). */
export function clusterOutputs(site: AzureSite, cluster: ClusterRef): void {
  const { stack, plan } = site;
  new TerraformOutput(stack, "cluster_name", { value: cluster.name });
  new TerraformOutput(stack, "cluster_id", { value: cluster.id });
  new TerraformOutput(stack, "node_resource_group", { value: cluster.nodeResourceGroup });
  new TerraformOutput(stack, "get_credentials_command", { value: String(getCredentialsCommand(plan.cluster)) });
  if (cluster.agicIdentityObjectId) {
    new TerraformOutput(stack, "agic_identity_object_id", { value: cluster.agicIdentityObjectId });
  }
}
