import { sh } from "../../config/encode";
import { parseKeyVaultId } from "../../plan/key-vault";
import type { Rule } from "../rule";
import { finding } from "../rule";

/** Key Vault names: 3-24 letters, digits and '-', starting with a letter (resource-name-rules). */
const VAULT_NAME = /^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$/;

/**
 * The command that prints the vault's resource ID. The name comes from the user's text: anything
 * that is not a vault name is shown as the placeholder, and the command is built with `sh`, so a
 * pasted fix runs `az keyvault show` and nothing else.
 */
const FIX_SHOW = (name: string) =>
  `use the vault's resource ID: ${VAULT_NAME.test(name) ? sh`az keyvault show ${sh.option("--name", name)} --query id -o tsv` : "az keyvault show --name <vault name> --query id -o tsv"}`;

/** What `keyVault.vaultId` holds instead of a vault's resource ID, with the fix; undefined when it is one. */
export function keyVaultIdProblem(id: string): { message: string; fix: string } | undefined {
  if (parseKeyVaultId(id)) return undefined;
  const uri = /^https?:\/\/([A-Za-z0-9-]+)\.vault\.(azure\.net|azure\.cn|usgovcloudapi\.net)(\/.*)?$/i.exec(id);
  if (uri) {
    const rest = (uri[3] ?? "").replace(/\/+$/, "");
    const what = rest ? `a Key Vault object's URI (${rest.split("/")[1] || "object"} in vault ${uri[1]})` : `the vault's URI`;
    return { message: `is ${what}, not the vault's resource ID`, fix: FIX_SHOW(uri[1]) };
  }
  const hsm = /\/providers\/Microsoft\.KeyVault\/managedHSMs\/([^/]+)/i.exec(id);
  if (hsm || /\.managedhsm\.azure\.net/i.test(id)) {
    return {
      message: "is a Managed HSM: it holds keys only, while the TLS certificate and credentials are read as secrets from a vault (Microsoft.KeyVault/vaults)",
      fix: "use a Key Vault (az keyvault show --name <vault> --query id -o tsv)",
    };
  }
  const nested = /\/providers\/Microsoft\.KeyVault\/vaults\/([^/]+)\/(secrets|certificates|keys|accessPolicies)(\/|$)/i.exec(id);
  if (nested) {
    return { message: `is the resource ID of a vault's ${nested[2].toLowerCase()} entry, not of the vault`, fix: FIX_SHOW(nested[1]) };
  }
  if (VAULT_NAME.test(id)) {
    return { message: "is a vault name, not its resource ID", fix: FIX_SHOW(id) };
  }
  const vault = /\/providers\/Microsoft\.KeyVault\/vaults\/([^/]+)$/i.exec(id);
  return {
    message:
      "must be a Key Vault resource ID: /subscriptions/<subscription GUID>/resourceGroups/<resource group>/providers/Microsoft.KeyVault/vaults/<name>, the name 3-24 letters, digits or single '-', starting with a letter and ending with a letter or digit",
    fix: FIX_SHOW(vault ? vault[1] : "<vault name>"),
  };
}

/** The vault the cluster reads, named by resource ID. */
export const keyVaultId: Rule = {
  id: "AR042",
  severity: "error",
  title: "keyVault.vaultId is not a Key Vault resource ID",
  guide: "Appendix B: the certificate source; the role assignment and the Secrets Store CSI provider need the vault's resource ID and name",
  waivable: false,
  check(env) {
    const id = env.keyVault?.vaultId;
    if (id === undefined) return [];
    const problem = keyVaultIdProblem(id);
    return problem ? [finding("keyVault.vaultId", problem.message, problem.fix, id)] : [];
  },
};
