// Guide: Steps 3.2-3.3. The virtual network of a cluster the project creates: the nodes'
// subnet, and with AGIC the Application Gateway's.
import { PlatformNetwork } from "../constructs/platform-network";
import type { AzureSite } from "./site";

export function platformNetwork(site: AzureSite): PlatformNetwork {
  const { stack, plan } = site;
  const { network } = plan;
  return new PlatformNetwork(stack, "Network", {
    name: network.vnet.name,
    resourceGroupName: site.resourceGroup.name,
    location: plan.azure.location,
    addressSpace: network.addressSpace,
    clusterSubnet: { name: network.subnetNames.cluster, cidr: network.clusterSubnet },
    appGatewaySubnet: plan.ingress.mode === "agic" ? { name: network.subnetNames.appGateway, cidr: network.appGatewaySubnet } : undefined,
  });
}
