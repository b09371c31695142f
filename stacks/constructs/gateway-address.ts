// Guide: Step 7.3 (the App Gateway's public IP; dns-record.ts makes the Step 8.1 record). Read in the
// -cluster stack when the AGIC add-on created the gateway (`ingress.agic.gateway: addon`, or an
// existing cluster): the add-on creates it in the node resource group under the name Step 7.1
// gives it, minutes after the cluster. Until it exists the plan stops with a message that says
// to wait and re-run, never a provider "not found" error.
import { DataAzurermApplicationGateway } from "../../.gen/providers/azurerm/data-azurerm-application-gateway";
import { DataAzurermPublicIp } from "../../.gen/providers/azurerm/data-azurerm-public-ip";
import { DataAzurermResources } from "../../.gen/providers/azurerm/data-azurerm-resources";
import { Fn, TerraformLocal } from "cdktf";
import { Construct } from "constructs";

export interface GatewayAddressProps {
  readonly gatewayName: string;
  readonly nodeResourceGroup: string;
  /** What to re-run once the gateway exists, for the message (e.g. `terraform apply` of this stack). */
  readonly rerun: string;
}

/** ARM type of an Application Gateway, as azurerm_resources filters it (`resourceType eq '...'`). */
export const APP_GATEWAY_TYPE = "Microsoft.Network/applicationGateways";

export class GatewayAddress extends Construct {
  /** Resource id of the gateway's public frontend IP. */
  readonly publicIpId: string;

  constructor(scope: Construct, id: string, props: GatewayAddressProps) {
    super(scope, id);
    // azurerm_resources lists with a filter and returns an empty list when nothing matches
    // (internal/services/resource/resources_data_source.go), where the gateway data source
    // fails with a 404. docs/azure-behaviours.md, "Waiting for the add-on's gateway".
    const exists = new DataAzurermResources(this, "Exists", {
      name: props.gatewayName,
      type: APP_GATEWAY_TYPE,
      resourceGroupName: props.nodeResourceGroup,
    });
    exists.addOverride("lifecycle.postcondition", [
      {
        condition: "${length(self.resources) == 1}",
        error_message:
          `App Gateway ${props.gatewayName} does not exist yet in the node resource group \${self.resource_group_name}: the AGIC add-on creates it ` +
          `about five minutes after the cluster (guide Step 7.1). Wait until ` +
          // Single quotes: a resource group name may hold ( ) but never a quote (config/schema.ts).
          `"az network application-gateway show -g '\${self.resource_group_name}' -n ${props.gatewayName} --query provisioningState -o tsv" prints Succeeded, ` +
          `then re-run ${props.rerun}.`,
      },
    ]);
    const gateway = new DataAzurermApplicationGateway(this, "Resource", {
      name: props.gatewayName,
      resourceGroupName: props.nodeResourceGroup,
      dependsOn: [exists],
    });
    const ref = `data.azurerm_application_gateway.${gateway.friendlyUniqueId}`;
    // The public frontend, whichever position it has (a private frontend may come first).
    const publicIp = new TerraformLocal(
      this,
      "PublicIpId",
      `\${one([for f in ${ref}.frontend_ip_configuration : f.public_ip_address_id if f.public_ip_address_id != ""])}`,
    );
    this.publicIpId = publicIp.asString;
  }

  /** The IP address itself (for `<ip>.nip.io`). */
  ipAddress(): string {
    const ip = new DataAzurermPublicIp(this, "PublicIp", {
      name: Fn.element(Fn.split("/", this.publicIpId), 8),
      resourceGroupName: Fn.element(Fn.split("/", this.publicIpId), 4),
    });
    return ip.ipAddress;
  }
}
