// Azure Key Vault as it applies: who reads the vault, each with an identity of its own.
import type { Environment } from "../config/loader";
import { RESOURCE_GROUP_RE, UUID_RE } from "../config/schema";
import { required } from "./invariant";
import { GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE } from "./names";

/**
 * A ServiceAccount that reads the vault (`system:serviceaccount:<namespace>:<name>`), with the
 * user-assigned identity federated with it alone.
 */
export interface KeyVaultSubject {
  readonly namespace: string;
  readonly serviceAccount: string;
  /** Its own identity: a token of one workload never reads another's objects. */
  readonly identityName: string;
}

/** The vault when the environment reads it; `Plan.keyVault` is undefined otherwise. */
export interface KeyVaultPlan extends Readonly<NonNullable<Environment["keyVault"]>> {
  readonly name: string;
  readonly resourceGroup: string;
  readonly subscriptionId: string;
  readonly subjects: readonly KeyVaultSubject[];
  /** The collector mounts SecretProviderClass otel-collector-secrets. */
  readonly collectorReads: boolean;
}

export function resolveKeyVault(env: Environment): KeyVaultPlan | undefined {
  if (!usesKeyVault(env) || !env.keyVault) return undefined;
  const parts = required(parseKeyVaultId(env.keyVault.vaultId), "keyVault.vaultId", "AR042");
  return { ...env.keyVault, ...parts, subjects: keyVaultSubjects(env), collectorReads: collectorReadsKeyVault(env) };
}

/**
 * The ServiceAccounts whose pods mount a SecretProviderClass of the vault, each with its own
 * identity: the TLS sync pod with `tls.mode: key-vault` (`<cluster>-kv-identity`), the collector
 * with an exporter credential from Key Vault (`<cluster>-kv-collector`). The collector runs
 * third-party exporters and accepts OTLP from any pod, so it must never hold the TLS key's reader.
 * Empty: the environment does not read the vault (no identity, no add-on needed).
 */
export function keyVaultSubjects(env: Environment): KeyVaultSubject[] {
  const out: KeyVaultSubject[] = [];
  const identity = (suffix: string) => `${env.cluster.name}${suffix}`;
  if (env.tls.mode === "key-vault") {
    out.push({ namespace: NS_DATAPLANE, serviceAccount: KEY_VAULT_NAMES.tlsServiceAccount, identityName: identity(KEY_VAULT_NAMES.identitySuffix) });
  }
  if (collectorReadsKeyVault(env)) {
    out.push({ namespace: NS_DATAPLANE, serviceAccount: GUIDE_NAMES.collector, identityName: identity(KEY_VAULT_NAMES.collectorIdentitySuffix) });
  }
  return out;
}

/**
 * The collector takes an exporter credential from Key Vault (`keyVaultSecrets` on datadog,
 * signalfx or an otlpHttp exporter): it mounts SecretProviderClass otel-collector-secrets with
 * its own ServiceAccount, federated with the Key Vault identity.
 */
export function collectorReadsKeyVault(env: { readonly observability: Environment["observability"] }): boolean {
  const x = env.observability.exporters;
  return env.observability.collector.enabled && [x.datadog, x.signalfx, ...x.otlpHttp].some((e) => e?.keyVaultSecrets !== undefined);
}

/** The environment reads the Key Vault: the identity, the add-on and the SecretProviderClasses exist. */
export function usesKeyVault(env: Environment): boolean {
  return env.keyVault !== undefined && keyVaultSubjects(env).length > 0;
}

/**
 * Key Vault names: 3-24 letters, digits and '-', starting with a letter, ending with a letter
 * or digit, no "--" (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftkeyvault).
 */
const KEY_VAULT_NAME = /^(?=.{3,24}$)(?!.*--)[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/;

/** The parts of a Key Vault resource ID, or undefined when `id` is not one (AR042 says why). */
export function parseKeyVaultId(id: string): { subscriptionId: string; resourceGroup: string; name: string } | undefined {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.KeyVault\/vaults\/([^/]+)$/i.exec(id);
  if (!m || !UUID_RE.test(m[1]) || !RESOURCE_GROUP_RE.test(m[2]) || !KEY_VAULT_NAME.test(m[3])) return undefined;
  return { subscriptionId: m[1], resourceGroup: m[2], name: m[3] };
}
