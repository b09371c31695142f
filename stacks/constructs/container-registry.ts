// Guide: Step 4 (az acr create --sku Standard) and Step 5.3 (--attach-acr, or the admin-user
// fallback). The registry the image sync pushes to and the cluster pulls from.
import { ContainerRegistry as AcrResource } from "../../.gen/providers/azurerm/container-registry";
import { RoleAssignment } from "../../.gen/providers/azurerm/role-assignment";
import { Token } from "cdktf";
import { Construct } from "constructs";

export interface ContainerRegistryProps {
  /** 5-50 lowercase letters or digits, globally unique. */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /**
   * Object id that gets AcrPull (the kubelet identity: the `--attach-acr` equivalent).
   * @default no role assignment
   */
  readonly pullPrincipalId?: string;
  /** Enable the admin user (Step 5.3 fallback). Weakens security. @default false */
  readonly adminEnabled?: boolean;
}

export class ContainerRegistry extends Construct {
  readonly resource: AcrResource;
  readonly loginServer: string;

  constructor(scope: Construct, id: string, props: ContainerRegistryProps) {
    super(scope, id);
    if (!Token.isUnresolved(props.name) && !/^[a-z0-9]{5,50}$/.test(props.name)) {
      throw new Error(`ContainerRegistry ${id}: name must be 5-50 lowercase letters or digits, got "${props.name}"`);
    }
    this.resource = new AcrResource(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sku: "Standard",
      adminEnabled: props.adminEnabled ?? false,
    });
    this.loginServer = this.resource.loginServer;
    if (props.pullPrincipalId) {
      new RoleAssignment(this, "AcrPull", {
        scope: this.resource.id,
        roleDefinitionName: "AcrPull",
        principalId: props.pullPrincipalId,
        principalType: "ServicePrincipal",
        skipServicePrincipalAadCheck: true,
      });
    }
  }
}
