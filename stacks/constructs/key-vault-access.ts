// What lets the cluster read an existing Key Vault without a credential in Terraform
// state. One user-assigned identity per ServiceAccount whose pods mount a SecretProviderClass,
// federated with that ServiceAccount only, and "Key Vault Secrets User" on exactly the secrets
// that ServiceAccount's class reads (`<vault>/secrets/<name>`; a certificate is read through its
// addressable secret of the same name, which carries the private key and the chain). The
// Secrets Store CSI driver's Azure provider exchanges the ServiceAccount's token (requested by
// the CSI driver, audience api://AzureADTokenExchange) for the identity's Entra token: a token
// of one workload reads only its own objects, never the rest of a shared vault.
// docs/azure-behaviours.md, "Key Vault and the Secrets Store CSI driver" and "Key Vault roles on
// one secret".
import { DataAzurermKeyVault } from "../../.gen/providers/azurerm/data-azurerm-key-vault";
import { FederatedIdentityCredential } from "../../.gen/providers/azurerm/federated-identity-credential";
import { RoleAssignment } from "../../.gen/providers/azurerm/role-assignment";
import { UserAssignedIdentity } from "../../.gen/providers/azurerm/user-assigned-identity";
import { Token, type TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { sh } from "../../config/encode";

/** Built-in role 4633458b-17de-408a-b874-0445c86b69e6: read secret contents (a certificate's secret carries its key). */
export const KEY_VAULT_SECRETS_USER = "Key Vault Secrets User";
/** The audience the CSI driver requests ServiceAccount tokens for, and the one Entra ID expects. */
export const TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange";

/** Letters, digits and '-': what a Key Vault secret or certificate name is (1-127 characters). */
const OBJECT_NAME = /^[A-Za-z0-9-]{1,127}$/;

/** One ServiceAccount that reads the vault, with its own identity. */
export interface KeyVaultReader {
  /**
   * Construct id of the reader's identity. Construct ids are API: the identity that existed
   * before per-reader identities keeps `Resource`.
   */
  readonly identityId: string;
  /** The identity's name, such as `<cluster>-kv-identity`. */
  readonly name: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  /**
   * The secrets this ServiceAccount's SecretProviderClass reads: each gets one Key Vault Secrets
   * User assignment scoped to `<vault>/secrets/<name>`. A certificate is listed by its name
   * (its addressable secret).
   */
  readonly secrets: readonly string[];
}

export interface KeyVaultAccessProps {
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
  /** The ServiceAccounts that read the vault, each with its own identity and objects. */
  readonly readers: readonly KeyVaultReader[];
}

export class KeyVaultAccess extends Construct {
  /** Each reader's identity, by ServiceAccount name. */
  readonly identities: ReadonlyMap<string, UserAssignedIdentity>;
  /** The vault's tenant: what a SecretProviderClass names as `tenantId`. */
  readonly tenantId: string;
  readonly vaultName: string;

  constructor(scope: Construct, id: string, props: KeyVaultAccessProps) {
    super(scope, id);
    if (!props.readers.length) {
      throw new Error(`KeyVaultAccess ${id}: readers must name at least one ServiceAccount, got none`);
    }
    const seen = new Set<string>();
    for (const reader of props.readers) {
      const key = `${reader.namespace}/${reader.serviceAccount}`;
      if (seen.has(key)) throw new Error(`KeyVaultAccess ${id}: readers must name each ServiceAccount once, got ${JSON.stringify(key)} twice`);
      seen.add(key);
      if (!reader.secrets.length) {
        throw new Error(`KeyVaultAccess ${id}: readers[${JSON.stringify(key)}].secrets must name at least one secret, got none (a role on the whole vault is what this construct avoids)`);
      }
      for (const secret of reader.secrets) {
        if (!Token.isUnresolved(secret) && !OBJECT_NAME.test(secret)) {
          throw new Error(`KeyVaultAccess ${id}: readers[${JSON.stringify(key)}].secrets must be 1-127 letters, digits or '-', got ${JSON.stringify(secret)}`);
        }
      }
    }
    // Read once: its tenant goes into the SecretProviderClass, and a vault on access policies
    // would ignore the role assignments below (every read would be 403).
    const vault = new DataAzurermKeyVault(this, "Vault", {
      name: props.vault.name,
      resourceGroupName: props.vault.resourceGroupName,
      provider: props.vaultProvider,
    });
    vault.addOverride("lifecycle.postcondition", [
      {
        condition: "${self.rbac_authorization_enabled}",
        error_message:
          `Key Vault ${props.vault.name} uses access policies, not Azure RBAC: the ${KEY_VAULT_SECRETS_USER} roles this stack assigns would not let the cluster read it. ` +
          `Switch the vault to RBAC (it affects everyone who reads it through access policies; grant them roles first): ` +
          `${sh`az keyvault update --name ${props.vault.name} --resource-group ${props.vault.resourceGroupName} --enable-rbac-authorization true`}`,
      },
    ]);
    this.tenantId = vault.tenantId;
    this.vaultName = props.vault.name;

    const identities = new Map<string, UserAssignedIdentity>();
    for (const reader of props.readers) {
      const identity = new UserAssignedIdentity(this, reader.identityId, {
        name: reader.name,
        resourceGroupName: props.resourceGroupName,
        location: props.location,
      });
      identities.set(reader.serviceAccount, identity);
      for (const secret of [...new Set(reader.secrets)]) {
        new RoleAssignment(this, `SecretsUser-${reader.serviceAccount}-${secret}`, {
          scope: secretScope(props.vault.id, secret),
          roleDefinitionName: KEY_VAULT_SECRETS_USER,
          principalId: identity.principalId,
          principalType: "ServicePrincipal",
          skipServicePrincipalAadCheck: true,
        });
      }
      // Only this ServiceAccount's token is exchanged for this identity's.
      const name = `${reader.namespace}-${reader.serviceAccount}`;
      new FederatedIdentityCredential(this, `Federation-${name}`, {
        name,
        // azurerm 4.65 renamed parent_id; it and resource_group_name (read from the identity's ID)
        // are deprecated and gone in 5.0.
        userAssignedIdentityId: identity.id,
        issuer: props.oidcIssuerUrl,
        subject: `system:serviceaccount:${reader.namespace}:${reader.serviceAccount}`,
        audience: [TOKEN_EXCHANGE_AUDIENCE],
      });
    }
    this.identities = identities;
  }

  /** What the SecretProviderClass mounted by `serviceAccount`'s pods names as `clientID`. */
  clientIdOf(serviceAccount: string): string {
    const identity = this.identities.get(serviceAccount);
    if (!identity) {
      throw new Error(`KeyVaultAccess ${this.node.id}: no identity for ServiceAccount ${JSON.stringify(serviceAccount)} (readers: ${[...this.identities.keys()].join(", ")})`);
    }
    return identity.clientId;
  }
}

/**
 * The Azure RBAC scope of one secret: `<vault resource ID>/secrets/<name>` (Microsoft, "Provide
 * access to Key Vault keys, certificates, and secrets with Azure role-based access control",
 * Secret scope role assignment).
 */
export function secretScope(vaultId: string, secretName: string): string {
  return `${vaultId}/secrets/${secretName}`;
}
