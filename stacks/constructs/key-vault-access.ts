// Issue 14: what lets the cluster read an existing Key Vault without a credential in Terraform
// state. A user-assigned identity, "Key Vault Secrets User" on the vault, and one federated
// credential per ServiceAccount whose pods mount a SecretProviderClass: the Secrets Store CSI
// driver's Azure provider exchanges that ServiceAccount's token (requested by the CSI driver,
// audience api://AzureADTokenExchange) for the identity's Entra token. docs/azure-behaviours.md,
// "Key Vault and the Secrets Store CSI driver".
import { DataAzurermKeyVault } from "../../.gen/providers/azurerm/data-azurerm-key-vault";
import { FederatedIdentityCredential } from "../../.gen/providers/azurerm/federated-identity-credential";
import { RoleAssignment } from "../../.gen/providers/azurerm/role-assignment";
import { UserAssignedIdentity } from "../../.gen/providers/azurerm/user-assigned-identity";
import type { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { sh } from "../../config/encode";

/** Built-in role 4633458b-17de-408a-b874-0445c86b69e6: read secret contents (a certificate's secret carries its key). */
export const KEY_VAULT_SECRETS_USER = "Key Vault Secrets User";
/** The audience the CSI driver requests ServiceAccount tokens for, and the one Entra ID expects. */
export const TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange";

export interface KeyVaultAccessProps {
  /** The identity's name (`<cluster>-kv-identity`). */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** The vault, as its resource ID and the parts of it (parsed before synthesis, AR042). */
  readonly vault: { readonly id: string; readonly name: string; readonly resourceGroupName: string };
  /**
   * The azurerm provider that reads the vault: one configured for the vault's subscription,
   * which may not be the stack's. @default the stack's default azurerm provider
   */
  readonly vaultProvider?: TerraformProvider;
  readonly oidcIssuerUrl: string;
  /** The ServiceAccounts federated with the identity; each becomes one credential. */
  readonly subjects: readonly { readonly namespace: string; readonly serviceAccount: string }[];
}

export class KeyVaultAccess extends Construct {
  readonly identity: UserAssignedIdentity;
  /** What a SecretProviderClass names as `clientID`. */
  readonly clientId: string;
  /** The vault's tenant: what a SecretProviderClass names as `tenantId`. */
  readonly tenantId: string;
  readonly vaultName: string;

  constructor(scope: Construct, id: string, props: KeyVaultAccessProps) {
    super(scope, id);
    if (!props.subjects.length) {
      throw new Error(`KeyVaultAccess ${id}: subjects must name at least one ServiceAccount, got none`);
    }
    // Read once: its tenant goes into the SecretProviderClass, and a vault on access policies
    // would ignore the role assignment below (every read would be 403).
    const vault = new DataAzurermKeyVault(this, "Vault", {
      name: props.vault.name,
      resourceGroupName: props.vault.resourceGroupName,
      provider: props.vaultProvider,
    });
    vault.addOverride("lifecycle.postcondition", [
      {
        condition: "${self.rbac_authorization_enabled}",
        error_message:
          `Key Vault ${props.vault.name} uses access policies, not Azure RBAC: the ${KEY_VAULT_SECRETS_USER} role this stack assigns would not let the cluster read it. ` +
          `Switch the vault to RBAC (it affects everyone who reads it through access policies; grant them roles first): ` +
          `${sh`az keyvault update --name ${props.vault.name} --resource-group ${props.vault.resourceGroupName} --enable-rbac-authorization true`}`,
      },
    ]);
    this.tenantId = vault.tenantId;
    this.vaultName = props.vault.name;

    this.identity = new UserAssignedIdentity(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
    });
    this.clientId = this.identity.clientId;
    new RoleAssignment(this, "SecretsUser", {
      scope: props.vault.id,
      roleDefinitionName: KEY_VAULT_SECRETS_USER,
      principalId: this.identity.principalId,
      principalType: "ServicePrincipal",
      skipServicePrincipalAadCheck: true,
    });
    // Entra ID refuses concurrent writes of federated credentials under one identity: each
    // waits for the previous one.
    let previous: FederatedIdentityCredential | undefined;
    for (const subject of props.subjects) {
      const name = `${subject.namespace}-${subject.serviceAccount}`;
      previous = new FederatedIdentityCredential(this, `Federation-${name}`, {
        name,
        // azurerm 4.65 renamed parent_id; it and resource_group_name (read from the identity's ID)
        // are deprecated and gone in 5.0.
        userAssignedIdentityId: this.identity.id,
        issuer: props.oidcIssuerUrl,
        subject: `system:serviceaccount:${subject.namespace}:${subject.serviceAccount}`,
        audience: [TOKEN_EXCHANGE_AUDIENCE],
        dependsOn: previous ? [previous] : undefined,
      });
    }
  }
}
