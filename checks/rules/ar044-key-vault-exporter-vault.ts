import type { Finding, Rule } from "../rule";
import { finding } from "../rule";
import { keyVaultExporters } from "./key-vault-exporters";

/**
 * An exporter credential from Key Vault needs the vault: the `-azure` stack grants the
 * collector's identity Key Vault Secrets User on it, and SecretProviderClass
 * otel-collector-secrets names it. Without one, nothing would deliver the Secret and the
 * collector would never start (CreateContainerConfigError on the missing Secret).
 */
export const keyVaultExporterVault: Rule = {
  id: "AR044",
  severity: "error",
  title: "Exporter credential from Key Vault without a vault",
  guide: "Appendix C: the collector reads its credentials from a Secret as environment variables (kubectl set env deploy/otel-collector --from secret/...); from Key Vault, the Secrets Store CSI driver delivers that Secret",
  waivable: false,
  check(env) {
    if (env.keyVault) return [];
    const out: Finding[] = [];
    for (const x of keyVaultExporters(env)) {
      if (!x.keyVaultSecrets) continue;
      out.push(
        finding(
          `${x.base}.keyVaultSecrets`,
          "takes the credential from Key Vault, but the environment names no vault (keyVault.vaultId), so nothing would deliver the Secret and the collector would not start",
          "add keyVault: { vaultId: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name> } at the top level, or remove keyVaultSecrets to use a sensitive Terraform variable",
        ),
      );
    }
    return out;
  },
};
