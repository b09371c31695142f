import type { Finding, Rule } from "../rule";
import { sh } from "../../config/encode";
import { usesKeyVault } from "../../plan/key-vault";
import { finding } from "../rule";

/** Step 3, "Reusing an existing AKS cluster": settings that only apply to a new cluster. */
export const existingCluster: Rule = {
  id: "AR033",
  severity: "warning",
  title: "Cluster settings ignored on an existing cluster",
  guide: "Step 3, \"Reusing an existing AKS cluster\": the project never modifies the existing cluster",
  waivable: true,
  check(env) {
    const c = env.cluster;
    if (!c.existing) return [];
    const out: Finding[] = [];
    // A resource group may start with '-': printed as --resource-group=-x, never read as a flag.
    const rg = sh.option("-g", c.existing.resourceGroup, "--resource-group");
    const name = sh.option("-n", c.name, "--name");
    const ignored: [string, unknown][] = [
      ["cluster.vmSize", c.vmSize],
      ["cluster.nodeCount", c.nodeCount],
      ["cluster.kubernetesVersion", c.kubernetesVersion],
      ["cluster.skuTier", c.skuTier],
    ];
    for (const [path, value] of ignored) {
      if (value !== undefined) out.push(finding(path, "is ignored: the existing cluster is read, never modified", `remove ${path}`, value));
    }
    if (env.ingress.mode === "agc") {
      out.push(
        finding(
          "ingress.mode",
          "agc needs the OIDC issuer and workload identity on the existing cluster, which the project does not turn on",
          `run once: ${sh`az aks update ${rg} ${name} --enable-oidc-issuer --enable-workload-identity`} (Appendix A)`,
          "agc",
        ),
      );
    }
    // Any use of the vault (the TLS certificate or an exporter credential) needs the add-on.
    if (usesKeyVault(env)) {
      const tls = env.tls.mode === "key-vault";
      out.push(
        finding(
          tls ? "tls.mode" : "keyVault.vaultId",
          `${tls ? "key-vault" : "reading the Key Vault"} needs the Azure Key Vault provider for Secrets Store CSI add-on (rotation on) and the OIDC issuer on the existing cluster, which the project does not turn on (the plan fails without them)`,
          `run once: ${sh`az aks enable-addons ${rg} ${name} --addons azure-keyvault-secrets-provider --enable-secret-rotation`}, and ${sh`az aks update ${rg} ${name} --enable-oidc-issuer --enable-workload-identity`}`,
          tls ? "key-vault" : env.keyVault?.vaultId,
        ),
      );
    }
    return out;
  },
};
