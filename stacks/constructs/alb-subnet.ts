// Guide: Appendix A, "Create a delegated subnet for AGC". Delegated to
// Microsoft.ServiceNetworking/trafficControllers, in the project's VNet or an existing one.
import { Subnet } from "../../.gen/providers/azurerm/subnet";
import { Construct } from "constructs";

export interface AlbSubnetProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly virtualNetworkName: string;
  /** At least a /24. */
  readonly cidr: string;
}

export class AlbSubnet extends Construct {
  readonly subnet: Subnet;

  constructor(scope: Construct, id: string, props: AlbSubnetProps) {
    super(scope, id);
    const prefix = Number(props.cidr.split("/")[1]);
    if (prefix > 24) {
      throw new Error(`AlbSubnet ${id}: cidr must be at least a /24 for the AGC association, got "${props.cidr}"`);
    }
    this.subnet = new Subnet(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      virtualNetworkName: props.virtualNetworkName,
      addressPrefixes: [props.cidr],
      delegation: [
        {
          name: "agc-delegation",
          serviceDelegation: {
            name: "Microsoft.ServiceNetworking/trafficControllers",
            actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
          },
        },
      ],
    });
  }
}
