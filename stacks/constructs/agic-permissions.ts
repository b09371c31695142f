// Guide: Step 7.1 (the add-on's identity must be able to program the gateway). AKS already gives
// the add-on's identity Contributor on the node resource group (MC_*), so nothing is assigned
// there (that assignment would need User Access Administrator on a group that does not exist
// before the apply). What it needs outside MC_* is assigned here: docs/azure-behaviours.md,
// "AGIC add-on identity roles".
import { RoleAssignment } from "../../.gen/providers/azurerm/role-assignment";
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
  /**
   * WAF policies the gateway references (firewall_policy_id, and path rules through AGIC's
   * waf-policy-for-path), by a stable key (part of the assignment's construct id): every gateway
   * PUT that links one needs Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/join/action
   * on it. Built-in Network Contributor (Microsoft.Network/*) scoped to each policy, as the ALB
   * controller gets on AGC's: a custom role created in the same apply is not yet readable when
   * the assignment is made (RoleDefinitionDoesNotExist; docs/azure-behaviours.md). @default none
   */
  readonly wafPolicyIds?: Readonly<Record<string, string>>;
}

/** The one action linking a WAF policy to a gateway needs (docs/azure-behaviours.md, "AGIC links the API policy"). */
export const WAF_POLICY_JOIN_ACTION = "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/join/action";

/** The built-in role that holds WAF_POLICY_JOIN_ACTION (its actions include Microsoft.Network/*). */
export const WAF_POLICY_JOIN_ROLE = "Network Contributor";

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
    for (const [key, policyId] of Object.entries(props.wafPolicyIds ?? {})) grant(`WafPolicy${key}`, policyId, WAF_POLICY_JOIN_ROLE);
  }
}
