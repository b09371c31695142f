// Guide: Step 7.1 (the add-on's identity must be able to program the gateway). AKS already gives
// the add-on's identity Contributor on the node resource group (MC_*), so nothing is assigned
// there (that assignment would need User Access Administrator on a group that does not exist
// before the apply). What it needs outside MC_* is assigned here: docs/azure-behaviours.md,
// "AGIC add-on identity roles".
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { Construct } from "constructs";

export interface AgicPermissionsProps {
  /** Object id of the add-on's identity (ingressApplicationGatewayIdentity). */
  readonly principalId: string;
  /** Resource id of the App Gateway subnet: the gateway joins it (subnets/join/action). */
  readonly appGatewaySubnetId: string;
  /**
   * A gateway the project created (not the add-on): Contributor on it, Reader on its resource
   * group, and join on its public IP. @default none (the add-on creates the gateway in MC_*)
   */
  readonly gateway?: { readonly id: string; readonly resourceGroupId: string; readonly publicIpId: string };
}

export class AgicPermissions extends Construct {
  constructor(scope: Construct, id: string, props: AgicPermissionsProps) {
    super(scope, id);
    const grant = (assignmentId: string, scopeId: string, role: string) =>
      new RoleAssignment(this, assignmentId, {
        scope: scopeId,
        roleDefinitionName: role,
        principalId: props.principalId,
        principalType: "ServicePrincipal",
        skipServicePrincipalAadCheck: true,
      });
    grant("AppGatewaySubnet", props.appGatewaySubnetId, "Network Contributor");
    if (props.gateway) {
      grant("AppGateway", props.gateway.id, "Contributor");
      grant("ResourceGroupReader", props.gateway.resourceGroupId, "Reader");
      grant("PublicIp", props.gateway.publicIpId, "Network Contributor");
    }
  }
}
