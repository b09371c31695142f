// Guide: Appendix A, steps 2-4: a user-assigned identity for the ALB controller, its roles,
// and the federation with the cluster's OIDC issuer. Reader on the node resource group is
// what Microsoft's quickstart adds for the controller to discover the cluster's resources.
import { FederatedIdentityCredential } from "../../.gen/providers/azurerm/federated-identity-credential";
import { RoleAssignment } from "../../.gen/providers/azurerm/role-assignment";
import { UserAssignedIdentity } from "../../.gen/providers/azurerm/user-assigned-identity";
import { Construct } from "constructs";

/** Built-in role (id fbc52c3f-28ad-4303-a892-8a056630b8f1), assigned by name like the others. */
export const APPGW_FOR_CONTAINERS_CONFIGURATION_MANAGER = "AppGw for Containers Configuration Manager";
/** The ALB controller chart's service account. */
export const ALB_CONTROLLER_SERVICE_ACCOUNT = "alb-controller-sa";

export interface AlbControllerIdentityProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly nodeResourceGroupId: string;
  /** The delegated AGC subnet: Network Contributor there lets the controller associate it. */
  readonly agcSubnetId: string;
  readonly oidcIssuerUrl: string;
  /** Namespace the controller's service account lives in. */
  readonly controllerNamespace: string;
  /**
   * WAF policies the controller links to Application Gateway for Containers, by key: it needs
   * Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/join/action on each
   * (Network Contributor, scoped to the policy). @default none
   */
  readonly wafPolicyIds?: Readonly<Record<string, string>>;
}

export class AlbControllerIdentity extends Construct {
  readonly identity: UserAssignedIdentity;
  readonly clientId: string;

  constructor(scope: Construct, id: string, props: AlbControllerIdentityProps) {
    super(scope, id);
    this.identity = new UserAssignedIdentity(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
    });
    this.clientId = this.identity.clientId;
    new RoleAssignment(this, "ConfigurationManager", {
      scope: props.nodeResourceGroupId,
      roleDefinitionName: APPGW_FOR_CONTAINERS_CONFIGURATION_MANAGER,
      principalId: this.identity.principalId,
      principalType: "ServicePrincipal",
      skipServicePrincipalAadCheck: true,
    });
    new RoleAssignment(this, "NodeResourceGroupReader", {
      scope: props.nodeResourceGroupId,
      roleDefinitionName: "Reader",
      principalId: this.identity.principalId,
      principalType: "ServicePrincipal",
      skipServicePrincipalAadCheck: true,
    });
    new RoleAssignment(this, "SubnetNetworkContributor", {
      scope: props.agcSubnetId,
      roleDefinitionName: "Network Contributor",
      principalId: this.identity.principalId,
      principalType: "ServicePrincipal",
      skipServicePrincipalAadCheck: true,
    });
    for (const [key, policyId] of Object.entries(props.wafPolicyIds ?? {})) {
      new RoleAssignment(this, `WafPolicyNetworkContributor-${key}`, {
        scope: policyId,
        roleDefinitionName: "Network Contributor",
        principalId: this.identity.principalId,
        principalType: "ServicePrincipal",
        skipServicePrincipalAadCheck: true,
      });
    }
    new FederatedIdentityCredential(this, "Federation", {
      name: props.name,
      // azurerm 4.65 renamed parent_id; it and resource_group_name (read from the identity's ID)
      // are deprecated and gone in 5.0.
      userAssignedIdentityId: this.identity.id,
      issuer: props.oidcIssuerUrl,
      subject: `system:serviceaccount:${props.controllerNamespace}:${ALB_CONTROLLER_SERVICE_ACCOUNT}`,
      audience: ["api://AzureADTokenExchange"],
    });
  }
}
