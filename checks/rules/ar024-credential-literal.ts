import type { Finding, Rule } from "../rule";
import { finding } from "../rule";
import { ENV_ONLY_HEADER, exporterStrings, looksLikeCredential, PLAIN_REFERENCE } from "./exporter-strings";

/** Never a credential value in the ConfigMap (or in the environment file). */
export const credentialLiteral: Rule = {
  id: "AR024",
  severity: "error",
  title: "Credential written into the environment file",
  guide: "Appendix C: credentials are stored in a Secret and injected as environment variables (kubectl create secret generic otel-azure-creds)",
  waivable: false,
  check(env) {
    const out: Finding[] = [];
    const variable = `store the whole credential (scheme included, if any) in a Secret: list its key in secretKeys, give secretName, and write the header as "\${env:<KEY>}" or "Bearer \${env:<KEY>}" (the -cluster stack creates the Secret from a sensitive variable)`;
    // With a vault configured, the credential can stay out of Terraform state too (AR044, AR045).
    const vault = `store the whole credential (scheme included, if any) as a secret in the Key Vault keyVault.vaultId (az keyvault secret set --vault-name <vault> --name <secret> --file <file>), then list its key in secretKeys, give secretName, map keyVaultSecrets: { <KEY>: <secret> } and write the header as "\${env:<KEY>}" (the Secrets Store CSI driver syncs it; it never enters Terraform state); or leave out keyVaultSecrets and the -cluster stack creates the Secret from a sensitive variable`;
    const store = env.keyVault ? vault : variable;
    for (const s of exporterStrings(env)) {
      if (s.header === undefined) continue;
      // The value is deliberately not echoed: it may be a real credential.
      if (s.value.includes("${env:")) {
        if (!ENV_ONLY_HEADER.test(s.value)) {
          out.push(finding(s.path, "mixes literal text with ${env:...}; anything around the reference would land in the ConfigMap and in Git", store));
        }
      } else if (!PLAIN_REFERENCE.test(s.value) && looksLikeCredential(s.header, s.value)) {
        out.push(finding(s.path, "holds a literal credential, which would land in the ConfigMap and in Git", store));
      }
    }
    return out;
  },
};
