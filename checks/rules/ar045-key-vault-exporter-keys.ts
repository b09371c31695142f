import type { Finding, Rule } from "../rule";
import { finding } from "../rule";
import { keyVaultExporters } from "./key-vault-exporters";

/**
 * The keys an exporter maps to Key Vault secrets must be exactly the keys it reads: a key it
 * reads but does not map is missing from the synced Secret (the kubelet refuses to start the
 * collector: "couldn't find key ... in Secret"), a key it maps but does not read is a secret the
 * collector never uses. And `createSecret` says who else would create the Secret, which
 * contradicts Key Vault.
 */
export const keyVaultExporterKeys: Rule = {
  id: "AR045",
  severity: "error",
  title: "Exporter's Key Vault mapping does not match the keys it reads, or conflicts with createSecret",
  guide: "Appendix C: kubectl set env deploy/otel-collector --from secret/otel-azure-creds (every key the config references must be in the Secret)",
  waivable: false,
  check(env) {
    const out: Finding[] = [];
    for (const x of keyVaultExporters(env)) {
      const mapping = x.keyVaultSecrets;
      if (!mapping) continue;
      if (x.createSecret !== undefined) {
        out.push(
          finding(
            `${x.base}.createSecret`,
            `is set together with keyVaultSecrets: the Secret comes from Key Vault (the Secrets Store CSI driver syncs it), so neither the -cluster stack (true) nor you (false) create it`,
            "remove createSecret, or remove keyVaultSecrets",
            x.createSecret,
          ),
        );
      }
      for (const key of x.reads) {
        if (!Object.prototype.hasOwnProperty.call(mapping, key)) {
          out.push(
            finding(
              `${x.base}.keyVaultSecrets`,
              `does not map ${key}, which ${x.readsFrom} reads: the synced Secret would lack it and the collector would not start`,
              `add ${key}: <Key Vault secret name>`,
            ),
          );
        }
      }
      for (const key of Object.keys(mapping)) {
        if (!x.reads.includes(key)) {
          out.push(
            finding(
              `${x.base}.keyVaultSecrets.${key}`,
              `maps ${key}, which the exporter does not read (it reads ${x.reads.length ? x.reads.join(", ") : "no key"}, from ${x.readsFrom})`,
              x.readsFrom.endsWith(".secretKeys") ? `add ${key} to secretKeys (and reference it as \${env:${key}}), or remove it here` : `use ${x.reads.join(", ")}`,
              key,
            ),
          );
        }
      }
    }
    return out;
  },
};
