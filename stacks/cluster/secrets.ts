// The Secrets the YAML only names: the TLS certificate and exporter credentials from Key Vault
// (SecretProviderClasses the CSI driver syncs), the collector's credentials (Appendix C), and the
// registry's pull secret (Appendix D, the Step 5.3 fallback).
import { exporterVariable } from "../../config/variables";
import { GUIDE_NAMES, KEY_VAULT_NAMES } from "../../plan/names";
import type { RegistryPlan } from "../../plan";
import { OpaqueSecret, PullSecret } from "../constructs/kube-secret";
import { SecretProviderClass } from "../constructs/secret-provider-class";
import { sensitiveVariable } from "../sensitive-variable";
import type { ClusterSite } from "./site";

/**
 * `tls.mode: key-vault`: the certificate's secret (certificate chain and private key, PEM)
 * synced into the kubernetes.io/tls Secret the Ingress or Gateway names, while the
 * tars-tls-sync pod (dist/<env>/platform) mounts this class.
 */
export function tlsProviderClass({ stack, plan, azure, namespaces }: ClusterSite): void {
  const kv = azure.keyVaultAccess;
  if (plan.tls.mode !== "key-vault" || !kv) return;
  const certificate = plan.tls.keyVault.certificateName;
  new SecretProviderClass(stack, "TlsProviderClass", {
    name: KEY_VAULT_NAMES.tlsProviderClass,
    namespace: namespaces.dataplane,
    clientId: kv.clientIdOf(KEY_VAULT_NAMES.tlsServiceAccount),
    tenantId: kv.tenantId,
    keyVaultName: kv.vaultName,
    objects: [{ objectName: certificate, objectType: "secret" }],
    secretObjects: [
      {
        secretName: plan.tls.secretName,
        type: "kubernetes.io/tls",
        data: [
          { key: "tls.key", objectName: certificate },
          { key: "tls.crt", objectName: certificate },
        ],
      },
    ],
  });
}

/**
 * Exporter credentials from Key Vault, one object per key (mounted under the key's name) and
 * one Opaque Secret per exporter, synced while the collector mounts this class.
 */
export function collectorProviderClass({ stack, plan, azure, namespaces }: ClusterSite): void {
  const kv = azure.keyVaultAccess;
  const collectorVault = plan.observability.collectorKeyVault;
  if (!collectorVault.objects.length || !kv) return;
  new SecretProviderClass(stack, "CollectorProviderClass", {
    name: KEY_VAULT_NAMES.collectorProviderClass,
    namespace: namespaces.dataplane,
    clientId: kv.clientIdOf(GUIDE_NAMES.collector),
    tenantId: kv.tenantId,
    keyVaultName: kv.vaultName,
    objects: collectorVault.objects.map((o) => ({ objectName: o.objectName, objectType: "secret", objectAlias: o.alias })),
    secretObjects: collectorVault.secrets.map((s) => ({
      secretName: s.secretName,
      type: "Opaque",
      data: s.keys.map((key) => ({ key, objectName: key })),
    })),
  });
}

/**
 * Appendix C: the collector's credentials, from Application Insights or sensitive variables.
 * Those from Key Vault get no variable and no Secret here: the CSI driver syncs them
 * (collectorProviderClass).
 */
export function exporterSecrets({ stack, plan, azure, namespaces }: ClusterSite): void {
  for (const exporter of plan.observability.exporterSpecs) {
    const secret = exporter.secret;
    if (!secret || secret.source === "external" || secret.source === "key-vault") continue;
    const data: Record<string, string> = {};
    for (const key of secret.keys) {
      data[key] =
        secret.source === "app-insights" && azure.appInsights
          ? azure.appInsights.connectionString
          : sensitiveVariable(stack, exporterVariable(secret.name, key, exporter.id));
    }
    new OpaqueSecret(stack, `Secret-${secret.name}`, { name: secret.name, namespace: namespaces.dataplane, data });
  }
}

/** Appendix D and the Step 5.3 fallback: the same pull secret in both namespaces. */
export function pullSecret(site: ClusterSite): void {
  const { stack, plan, namespaces } = site;
  const registry = plan.registry;
  if (!registry.clusterCreatesPullSecret) return;
  const credential = pullCredential(site, registry);
  if (!credential) return;
  new PullSecret(stack, "PullSecret", {
    name: registry.pullSecret,
    namespaces: { System: namespaces.system, Dataplane: namespaces.dataplane },
    // The registry host is known before apply (a token cannot be a key of the auths map).
    server: registry.mode === "private" ? registry.host : registry.loginServer,
    ...credential,
  });
}

/** The ACR admin user's credential (acr-admin), or the private registry's from sensitive variables (Step d.1). */
function pullCredential({ stack, azure }: ClusterSite, registry: Exclude<RegistryPlan, { mode: "acr" }>): { username: string; password: string } | undefined {
  if (registry.mode === "private") {
    return { username: sensitiveVariable(stack, registry.credentials.username), password: sensitiveVariable(stack, registry.credentials.password) };
  }
  return azure.registry && { username: azure.registry.resource.adminUsername, password: azure.registry.resource.adminPassword };
}
