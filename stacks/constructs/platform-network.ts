// Guide: Step 3.4 (the cluster subnet) and Step 7.1 (the App Gateway subnet). A VNet the
// project owns, laid out like AKS's own default, with room for the AGC subnet.
import { Subnet } from "../../.gen/providers/azurerm/subnet";
import { VirtualNetwork } from "../../.gen/providers/azurerm/virtual-network";
import { Construct } from "constructs";

export interface PlatformNetworkProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** Address space of the VNet, e.g. 10.224.0.0/12. */
  readonly addressSpace: string;
  /** Node subnet. */
  readonly clusterSubnet: { readonly name: string; readonly cidr: string };
  /** App Gateway subnet (AGIC only). @default none */
  readonly appGatewaySubnet?: { readonly name: string; readonly cidr: string };
}

export class PlatformNetwork extends Construct {
  readonly vnet: VirtualNetwork;
  readonly clusterSubnet: Subnet;
  readonly appGatewaySubnet?: Subnet;

  constructor(scope: Construct, id: string, props: PlatformNetworkProps) {
    super(scope, id);
    this.vnet = new VirtualNetwork(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      addressSpace: [props.addressSpace],
    });
    this.clusterSubnet = new Subnet(this, "ClusterSubnet", {
      name: props.clusterSubnet.name,
      resourceGroupName: props.resourceGroupName,
      virtualNetworkName: this.vnet.name,
      addressPrefixes: [props.clusterSubnet.cidr],
    });
    if (props.appGatewaySubnet) {
      this.appGatewaySubnet = new Subnet(this, "AppGatewaySubnet", {
        name: props.appGatewaySubnet.name,
        resourceGroupName: props.resourceGroupName,
        virtualNetworkName: this.vnet.name,
        addressPrefixes: [props.appGatewaySubnet.cidr],
      });
    }
  }
}
