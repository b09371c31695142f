import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** tls.mode key-vault needs the vault and the certificate's name in it. */
export const keyVaultTls: Rule = {
  id: "AR043",
  severity: "error",
  title: "tls.mode: key-vault without the vault or the certificate",
  guide: "Appendix B: the certificate source; without it no TLS Secret exists and the HTTPS listener has no certificate",
  waivable: false,
  check(env) {
    if (env.tls.mode !== "key-vault") return [];
    const out: Finding[] = [];
    if (!env.keyVault) {
      out.push(
        finding(
          "keyVault.vaultId",
          "is required with tls.mode: key-vault (the vault that holds the certificate)",
          "add keyVault: { vaultId: <the vault's resource ID> } (az keyvault show --name <vault> --query id -o tsv)",
        ),
      );
    }
    if (!env.tls.keyVault) {
      out.push(
        finding(
          "tls.keyVault.certificateName",
          "is required with tls.mode: key-vault (the certificate in the vault)",
          "add tls.keyVault: { certificateName: <name> } (az keyvault certificate list --vault-name <vault> --query [].name -o tsv)",
        ),
      );
    }
    return out;
  },
};
