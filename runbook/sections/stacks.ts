// Steps 3-5.3 and 7.1: what to do before the stacks, applying them, and the kubeconfig.
import type { Plan } from "../../plan";
import { getCredentialsCommand } from "../../plan/cluster";
import { GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../../plan/names";
import { md, Markdown, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { type Text, code, tf, prompt } from "./blocks";
import type { RunbookSection } from "./section";

export const stacksSection: RunbookSection = {
  id: "stacks",
  guide: "Steps 3-5.3 and 7.1 (cluster, registry, gateway: the stacks)",
  title: "Steps 3-5.3 and 7.1: apply the stacks",
  applies: () => true,
  render: stacks,
};

function stacks(c: RunbookContext): string {
  const e = c.plan;
  const out: Text[] = [
    `## Steps 3-5.3 and 7.1: apply the stacks`,
    "",
    e.cluster.owned
      ? md`\`${e.stacks.azure}\` creates the resource group, network, AKS cluster \`${e.cluster.name}\`${e.registry.mode === "private" ? "" : md`, ACR \`${e.registry.acrName}\``}${ingressPieces(e)}. \`${e.stacks.cluster}\` then installs what goes into the cluster before \`tare install\`.`
      : md`The cluster \`${e.cluster.name}\` exists. \`${e.stacks.azure}\` reads it (and fails the plan if it cannot serve this ingress mode) and adds only what is missing.`,
  ];
  out.push(...existingClusterFirst(c), ...keyVaultBeforeApply(c), ...keyVaultCredentials(c), ...stackVariables(c));
  out.push(
    "",
    stateLocation(c),
    "",
    ...deployCommands(c),
    "",
    "Step 3.5, the kubeconfig:",
    "",
    code(
      getCredentialsCommand(e.cluster),
      sh`export KUBECONFIG=~/kubeconfig-${e.cluster.name}`,
      e.cluster.auth.kubelogin && sh`kubelogin convert-kubeconfig -l azurecli`,
      sh`kubectl get nodes`,
    ),
    "",
    "Worked when:",
    "",
    md`- \`kubectl get nodes\` lists ${e.cluster.owned ? "3 or more" : "the cluster's"} nodes \`Ready\`;`,
  );
  out.push(...stacksWorked(c));
  return out.join("\n");
}

/** On a reused cluster, what the stacks need turned on first (they never modify the cluster). */
function existingClusterFirst(c: RunbookContext): Text[] {
  const e = c.plan;
  const out: Text[] = [];
  if (!e.cluster.owned && e.ingress.mode === "agic") {
    out.push(
      "",
      "**First, once** (Step 7.1 on an existing cluster; the stack never modifies the cluster, and its plan fails until the add-on is there):",
      "",
      code(
        sh`az aks enable-addons --resource-group ${e.cluster.resourceGroup} --name ${e.cluster.name} \\`,
        sh`  --addons ingress-appgw --appgw-name ${e.ingress.gateway.name} --appgw-subnet-cidr ${e.network.appGatewaySubnet}`,
      ),
      "",
      md`The add-on creates App Gateway \`${e.ingress.gateway.name}\` in the cluster's node resource group minutes after this command returns; the ingress objects and the \`${e.stacks.cluster}\` stack need it. Wait for it (as with \`ingress.agic.gateway: addon\`) before applying the stacks:`,
      "",
      code(
        sh`az network application-gateway wait --created --timeout 1800 -n ${e.ingress.gateway.name} \\`,
        sh`  -g "$(az aks show --resource-group ${e.cluster.resourceGroup} --name ${e.cluster.name} --query nodeResourceGroup -o tsv)"`,
      ),
    );
  }
  if (!e.cluster.owned && e.ingress.mode === "agc") {
    out.push("", "**First, once** (Appendix A on an existing cluster):", "", code(sh`az aks update -g ${e.cluster.resourceGroup} -n ${e.cluster.name} --enable-oidc-issuer --enable-workload-identity`));
  }
  return out;
}

/** The sensitive variables of both stacks, read without echo. */
function stackVariables(c: RunbookContext): Text[] {
  const e = c.plan;
  const out: Text[] = [];
  const azureVars = e.variables.azure;
  if (azureVars.length) {
    // gitops.credentials with Flux: the Flux configuration (an ARM resource) reads the repository.
    out.push(
      "",
      md`\`${e.stacks.azure}\` needs the GitOps repository's credential (Terraform keeps it in state, never in files):`,
      "",
      ...azureVars.map((v) => md`- \`TF_VAR_${v.name}\`: ${v.description}`),
      "",
      code(...azureVars.map((v) => prompt(`TF_VAR_${v.name}`, `${v.name}: `))),
    );
  }
  if (e.variables.cluster.length) {
    out.push(
      "",
      md`\`${e.stacks.cluster}\` needs these sensitive variables (Terraform keeps them in state, never in files):`,
      "",
      ...e.variables.cluster.map((v) => md`- \`TF_VAR_${v.name}\`: ${v.description}`),
      "",
      "Read them without echo, so they stay off the screen and out of your shell history (bash and zsh alike):",
      "",
      code(...e.variables.cluster.map((v) => prompt(`TF_VAR_${v.name}`, `${v.name}: `))),
    );
  }
  return out;
}

/** Where the stacks keep their state (`state.backend`). */
function stateLocation(c: RunbookContext): Text {
  const e = c.plan;
  const st = e.state;
  return st.backend === "azurerm"
    ? md`State: Azure Storage account \`${st.storageAccountName}\`, container \`${st.containerName}\`, keys \`${st.keyPrefix}/<stack>.tfstate\` (Entra ID auth: your \`az login\` needs Storage Blob Data Contributor there).`
    : st.backend === "cloud"
      ? md`State: Terraform Cloud organization \`${st.organization}\`, workspaces \`${st.workspaces.azure}\` and \`${st.workspaces.cluster}\` (run \`terraform login ${st.hostname}\` first; allow the cluster workspace to read the azure workspace's state).`
      : "State: local files `terraform.<stack>.tfstate` at the project root (keep them safe: they hold the cluster's credentials).";
}

/** Step 3.5's checks, after the stacks: the nodes and what the stacks installed into the cluster. */
function stacksWorked(c: RunbookContext): Text[] {
  const e = c.plan;
  const out: Text[] = [];
  if (e.ingress.mode === "agic") out.push("- `kubectl get pods -n kube-system -l app=ingress-appgw` shows one `ingress-appgw-deployment-*` pod `Running` (a few restarts in the first minutes are normal);");
  else out.push(md`- \`kubectl get pods -n ${e.ingress.controllerNamespace}\` shows the \`alb-controller\` pods \`Running\`;`);
  if (e.tls.mode === "cert-manager") out.push("- `kubectl get pods -n cert-manager` shows 3 pods `Running` (cert-manager, cainjector, webhook; Step b.2.1);");
  if (e.keyVault) {
    out.push(
      "- `kubectl get pods -n kube-system -l 'app in (secrets-store-csi-driver,secrets-store-provider-azure)'` shows the CSI driver and Azure provider pods `Running` on every node (the add-on);",
    );
    if (e.tls.mode === "key-vault") {
      out.push(md`- \`kubectl get secretproviderclass ${KEY_VAULT_NAMES.tlsProviderClass} -n ${NS_DATAPLANE}\` exists (created by \`${e.stacks.cluster}\`);`);
    }
  }
  if (e.registry.clusterCreatesPullSecret) {
    out.push(md`- \`kubectl get secret ${e.registry.pullSecret} -n ${NS_SYSTEM}\` and \`-n ${NS_DATAPLANE}\` both exist (the image-pull secret, in both namespaces);`);
  }
  out.push(md`- \`${tf(c, e.stacks.cluster, "output data_plane_url")}\` prints the URL to register.`);
  return out;
}

/** What must be in the vault, and on a reused cluster, before the stacks are applied. */
function keyVaultBeforeApply(c: RunbookContext): Text[] {
  const e = c.plan;
  if (!e.keyVault) return [];
  const vault = e.keyVault.name;
  const out: Text[] = [
    "",
    md`**Before applying**: the stacks read Key Vault \`${vault}\` and fail the plan if it uses access policies instead of Azure RBAC (the role they assign would have no effect). It should print \`true\`:`,
    "",
    code(sh`az keyvault show --name ${vault} --query properties.enableRbacAuthorization -o tsv`),
  ];
  if (e.tls.mode === "key-vault") {
    out.push(
      "",
      md`Put the TLS certificate for \`${e.endpoint.shownHost}\` in the vault as certificate \`${e.tls.keyVault.certificateName}\`, with its private key and chain: one PFX file, or one PEM file holding the private key and the certificates (leaf first). The cluster reads it as the certificate's secret (key and chain, in PEM), never through Terraform:`,
      "",
      code(sh`az keyvault certificate import --vault-name ${vault} --name ${e.tls.keyVault.certificateName} --file path/to/certificate.pfx`),
      "",
      "A renewed certificate is imported the same way (a new version of the same name): the cluster picks it up by itself (Step 7, rotation).",
    );
  }
  if (!e.cluster.owned) {
    out.push(
      "",
      "**First, once** on the existing cluster (the stack never modifies it, and its plan fails until these are on): the Key Vault secrets provider add-on with rotation, and the OIDC issuer the federated credentials need:",
      "",
      code(
        sh`az aks enable-addons -g ${e.cluster.resourceGroup} -n ${e.cluster.name} --addons azure-keyvault-secrets-provider --enable-secret-rotation`,
        e.ingress.mode === "agic" && sh`az aks update -g ${e.cluster.resourceGroup} -n ${e.cluster.name} --enable-oidc-issuer --enable-workload-identity`,
      ),
    );
  }
  return out;
}

function ingressPieces(p: Plan): Markdown {
  const ingress = p.ingress;
  if (ingress.mode === "agc") {
    return p.waf?.on === "agc" ? md`, the AGC subnet, the ALB controller identity and the two WAF policies it links to the Gateway and the route` : md`, the AGC subnet and the ALB controller identity`;
  }
  const gw = ingress.gateway;
  if (gw.by === "terraform" && p.waf) {
    return md`, App Gateway \`${gw.name}\` (WAF_v2, ${p.waf.mode}, WAF policies \`${p.waf.policies.strict.name}\` and \`${p.waf.policies.api.name}\`, docs/waf.md) with its static public IP \`${gw.publicIpName}\`, and the AGIC add-on attached to it`;
  }
  if (gw.by === "terraform") return md`, App Gateway \`${gw.name}\` (Standard_v2) with its static public IP \`${gw.publicIpName}\`, and the AGIC add-on attached to it`;
  return md` and the AGIC add-on, which then creates App Gateway \`${gw.name}\` in the node resource group (\`ingress.agic.gateway: addon\`, the guide's way)`;
}

/**
 * Both stacks in one pass, except with the add-on-created gateway: it appears minutes after the
 * `-azure` apply, and the `-cluster` stack must not run before it exists.
 */
function deployCommands(c: RunbookContext): Text[] {
  const p = c.plan;
  if (p.ingress.mode !== "agic" || p.ingress.gateway.by !== "addon") {
    return [
      "With the cdktf CLI:",
      "",
      code(sh`cdktf deploy ${p.stacks.azure} ${p.stacks.cluster}`),
      "",
      "Or with Terraform, in this order:",
      "",
      code(tf(c, p.stacks.azure, "init"), tf(c, p.stacks.azure, "apply"), tf(c, p.stacks.cluster, "init"), tf(c, p.stacks.cluster, "apply")),
    ];
  }
  const gw = p.ingress.gateway.name;
  // No comment line in the block: interactive zsh does not treat `#` as a comment by default.
  const wait = [
    sh`az network application-gateway wait --created --timeout 1800 -n ${gw} \\`,
    sh`  -g "$(${tf(c, p.stacks.azure, "output -raw node_resource_group")})"`,
  ];
  return [
    md`**Wait between the stacks.** The AGIC add-on creates App Gateway \`${gw}\` only after \`${p.stacks.azure}\` has created the cluster (about five minutes later, Step 7.1); until it exists, the plan of \`${p.stacks.cluster}\` stops with a message that says to wait and re-run. The \`az network application-gateway wait\` line below waits for it. (\`ingress.agic.gateway: terraform\`, the default, makes the gateway part of \`${p.stacks.azure}\` and removes this wait.)`,
    "",
    "With the cdktf CLI:",
    "",
    code(sh`cdktf deploy ${p.stacks.azure}`, ...wait, sh`cdktf deploy ${p.stacks.cluster}`),
    "",
    "Or with Terraform, in this order:",
    "",
    code(tf(c, p.stacks.azure, "init"), tf(c, p.stacks.azure, "apply"), ...wait, tf(c, p.stacks.cluster, "init"), tf(c, p.stacks.cluster, "apply")),
  ];
}

/**
 * Exporter credentials from Key Vault: what to put into the vault before the apply. The value is
 * read without echo and piped into `--file /dev/stdin`, so it is in no argument list and no history.
 */
function keyVaultCredentials(c: RunbookContext): Text[] {
  const e = c.plan;
  const kv = e.observability.collectorKeyVault;
  if (!kv.objects.length || !e.keyVault) return [];
  const vault = e.keyVault.name;
  return [
    "",
    md`Exporter credentials come from Key Vault \`${vault}\` (they never enter Terraform state): put each one into the vault **before** the apply:`,
    "",
    ...vaultCredentials(e).map((o) => md`- \`${o.objectName}\`: ${o.alias} of exporter \`${o.exporter}\``),
    "",
    "Each value is read without echo and passed on standard input (not as `--value`, which would show in the process list and your shell history):",
    "",
    code(
      ...kv.objects.flatMap((o) => [
        sh`printf '${`${o.objectName}: `}'; read -rs KV_SECRET && echo`,
        sh`: "\${KV_SECRET:?nothing read, answer the prompt above}" && printf '%s' "$KV_SECRET" | az keyvault secret set --vault-name ${vault} --name ${o.objectName} --file /dev/stdin --output none`,
      ]),
      sh`unset KV_SECRET`,
    ),
    ...(e.observability.exporters.azureMonitor
      ? ["", md`The Application Insights connection string is not in Key Vault: \`${e.stacks.azure}\` creates the component, so the string is in its state already, and \`${e.stacks.cluster}\` writes it into Secret \`${GUIDE_NAMES.azureCredsSecret}\`.`]
      : []),
  ];
}

/** Each exporter credential in the vault, in the order of SecretProviderClass otel-collector-secrets, with the exporter that reads it. */
function vaultCredentials(p: Plan): { objectName: string; alias: string; exporter: string }[] {
  return p.observability.exporterSpecs.flatMap((x) => {
    const objects = x.secret?.source === "key-vault" ? x.secret.keyVaultObjects : undefined;
    return objects ? Object.entries(objects).map(([alias, objectName]) => ({ objectName, alias, exporter: x.id })) : [];
  });
}
