// The Key Vault the TLS certificate (or exporter credentials) come from: each reader its own
// identity, federated with its ServiceAccount, reading only its own objects.
import { AzurermProvider } from "../../.gen/providers/azurerm/provider";
import { TerraformOutput } from "cdktf";
import { KEY_VAULT_NAMES } from "../../plan/names";
import type { ClusterRef } from "../constructs/cluster-ref";
import { KeyVaultAccess } from "../constructs/key-vault-access";
import type { AzureSite } from "./site";

export function keyVaultAccess(site: AzureSite, cluster: ClusterRef): KeyVaultAccess | undefined {
  const { stack, plan } = site;
  const vault = plan.keyVault;
  if (!vault) return undefined;
  // The vault may live in another subscription than the stack's resources: read it there.
  // Registering resource providers needs rights there that reading a vault does not.
  const vaultProvider = new AzurermProvider(stack, "azurerm-keyvault", {
    alias: "keyvault",
    features: [{}],
    subscriptionId: vault.subscriptionId,
    resourceProviderRegistrations: "none",
  });
  // Each reader its own identity and only its own objects: the TLS sync the certificate's
  // secret, the collector its exporter credentials. The TLS identity keeps the construct id
  // the single shared identity had (`Resource`).
  const tls = plan.tls.mode === "key-vault" ? plan.tls.keyVault.certificateName : undefined;
  const collectorSecrets = plan.observability.collectorKeyVault.objects.map((o) => o.objectName);
  const access = new KeyVaultAccess(stack, "KeyVaultAccess", {
    resourceGroupName: site.resourceGroup.name,
    location: plan.azure.location,
    vault: { id: vault.vaultId, name: vault.name, resourceGroupName: vault.resourceGroup },
    vaultProvider,
    oidcIssuerUrl: cluster.oidcIssuerUrl,
    readers: vault.subjects.map(({ namespace, serviceAccount, identityName }) =>
      serviceAccount === KEY_VAULT_NAMES.tlsServiceAccount
        ? { namespace, serviceAccount, name: identityName, identityId: "Resource", secrets: tls ? [tls] : [] }
        : { namespace, serviceAccount, name: identityName, identityId: "CollectorIdentity", secrets: collectorSecrets },
    ),
  });
  new TerraformOutput(stack, "key_vault_identity_client_ids", {
    value: Object.fromEntries([...access.identities].map(([sa, identity]) => [sa, identity.clientId])),
    description: "Client ID of each Key Vault reader's identity, by ServiceAccount (the clientID of its SecretProviderClass).",
  });
  return access;
}
