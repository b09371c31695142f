// Guide: Azure permissions table ("Network Contributor | The AKS managed RG (MC_*) | Letting
// AGIC manage App Gateway state") and Step 7.1. With a VNet the project owns, the add-on's
// identity also needs to join the App Gateway subnet, or AGIC never programs the gateway.
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { Construct } from "constructs";

export interface AgicPermissionsProps {
  /** Object id of the add-on's identity (ingressApplicationGatewayIdentity). */
  readonly principalId: string;
  /** Resource id of the cluster's node (MC_*) resource group. */
  readonly nodeResourceGroupId: string;
  /** Resource id of the App Gateway subnet. */
  readonly appGatewaySubnetId: string;
}

export class AgicPermissions extends Construct {
  constructor(scope: Construct, id: string, props: AgicPermissionsProps) {
    super(scope, id);
    const grant = (assignmentId: string, scopeId: string) =>
      new RoleAssignment(this, assignmentId, {
        scope: scopeId,
        roleDefinitionName: "Network Contributor",
        principalId: props.principalId,
        principalType: "ServicePrincipal",
        skipServicePrincipalAadCheck: true,
      });
    grant("NodeResourceGroup", props.nodeResourceGroupId);
    grant("AppGatewaySubnet", props.appGatewaySubnetId);
  }
}
