// Prerequisites: the workstation's tools and the Azure roles of the identity that applies the stacks.
import type { KeyVaultPlan, Plan } from "../../plan";
import { KEY_VAULT_NAMES } from "../../plan/names";
import { md, Markdown, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { code } from "./blocks";
import type { RunbookSection } from "./section";

export const prerequisitesSection: RunbookSection = {
  id: "prerequisites",
  guide: "Prerequisites and the permissions table",
  title: "Prerequisites",
  applies: () => true,
  render: prerequisites,
};

function prerequisites(c: RunbookContext): string {
  const e = c.plan;
  const tools = [
    md`\`az\` (Azure CLI), \`kubectl\`, \`helm\` 3+, \`curl\`, the \`tare\` CLI (Step 2)`,
    md`\`terraform\` 1.7+ to apply the stacks, or also the pinned \`cdktf\` CLI (not installed with the project: \`npm install --prefix ~/.cache/agent-router-azure/cdktf-cli-0.21.0 cdktf-cli@0.21.0\`, then its \`node_modules/.bin\` on \`PATH\`; the project README's Deploy paths)`,
    e.registry.mode !== "private" || !e.registry.mirrored ? md`\`docker\` (the image sync pushes through the local Docker login)` : undefined,
    e.cluster.auth.kubelogin ? md`\`kubelogin\` (${e.cluster.auth.localAccountsDisabled ? "local accounts are disabled; " : ""}the -cluster stack and kubectl authenticate through Entra ID)` : undefined,
  ].filter(Boolean);
  const roles: [Markdown, Markdown, Markdown][] = [[md`Contributor`, md`resource group \`${e.azure.resourceGroup}\``, md`AKS, ACR, gateway, identities`]];
  roles.push([
    md`User Access Administrator (or Owner)`,
    userAccessScope(c),
    e.registry.mode === "acr-admin"
      ? md`the role assignments the stacks still create (AGIC or ALB identity roles; acr-admin only avoids the one on the registry)`
      : md`the role assignments the stacks create (AcrPull, AGIC or ALB identity roles)`,
  ]);
  if (!e.cluster.owned && e.ingress.mode === "agic") roles.push([md`Azure Kubernetes Service Contributor Role`, md`cluster \`${e.cluster.name}\``, md`enabling the AGIC add-on (Step 7.1)`]);
  if (e.registry.mode !== "private") roles.push([md`AcrPush`, md`registry \`${e.registry.acrName}\``, md`pushing the synced images (Step 5.2)`]);
  roles.push(...kubernetesApiRoles(c));
  if (e.keyVault) roles.push(...keyVaultRoles(e, e.keyVault));
  // With the gateway in the environment's resource group, Contributor there covers it.
  if (e.ingress.mode === "agic" && e.ingress.gateway.by !== "terraform") roles.push([md`Network Contributor`, md`the AKS managed resource group (MC_*)`, md`letting AGIC manage App Gateway state`]);
  if (e.cluster.owned && e.cluster.containerInsights) roles.push([md`Log Analytics Contributor`, md`the Log Analytics workspace's resource group`, md`Container Insights (avoids LinkedAuthorizationFailed)`]);
  if (e.dns.mode === "azure-dns") roles.push([md`DNS Zone Contributor`, md`zone \`${e.dns.azureDns.zoneName}\` in \`${e.dns.azureDns.resourceGroup}\``, md`the A record (Step 8.1)`]);
  if (e.state.backend === "azurerm") roles.push([md`Storage Blob Data Contributor`, md`storage account \`${e.state.storageAccountName}\``, md`Terraform state`]);
  return [
    "## Prerequisites",
    "",
    "Tools on the workstation:",
    "",
    ...tools.map((t) => md`- ${t}`),
    "",
    "Azure roles for the identity that applies the stacks (the guide's permissions table, for the modes this environment uses):",
    "",
    "| Role | Scope | Required for |",
    "|---|---|---|",
    ...roles.map(([role, scope, why]) => md`| ${role} | ${scope} | ${why} |`),
    "",
    code(sh`az login`, e.azure.subscriptionId ? sh`az account set --subscription ${e.azure.subscriptionId}` : sh`az account show --query '{subscription:name, id:id}' -o table`),
    ...(e.azure.subscriptionId
      ? []
      : ["", "If that is not the subscription to deploy to: `az account set --subscription <subscription-id>` (or export `ARM_SUBSCRIPTION_ID`), or set `azure.subscriptionId`."]),
  ].join("\n");
}

/**
 * Who may call the Kubernetes API when it authenticates through Entra ID: the identity that
 * applies the `-cluster` stack (kubelogin, as that identity) needs it. With Azure RBAC, the
 * built-in role on the cluster, or on its resource group before the first apply (the cluster does
 * not exist yet); with Kubernetes RBAC, membership of an admin group.
 */
function kubernetesApiRoles(c: RunbookContext): [Markdown, Markdown, Markdown][] {
  const p = c.plan;
  const auth = p.cluster.auth;
  if (!auth.kubelogin) return [];
  const why = md`the \`${p.stacks.cluster}\` stack and kubectl through kubelogin (Entra ID${auth.localAccountsDisabled ? ", no local accounts" : ""})`;
  const groups = auth.entraId?.adminGroupObjectIds ?? [];
  const groupRow: [Markdown, Markdown, Markdown] = [md`Member of an admin group`, md`${md.join(groups.map((g) => md`\`${g}\``), ", ")} (\`cluster.entraId.adminGroupObjectIds\`)`, why];
  if (auth.entraId && !auth.entraId.azureRbac) return groups.length ? [groupRow] : [];
  const role: [Markdown, Markdown, Markdown] = [
    md`Azure Kubernetes Service RBAC Cluster Admin${groups.length ? " (or the admin group below)" : ""}`,
    p.cluster.owned
      ? md`cluster \`${p.cluster.name}\`, or resource group \`${p.azure.resourceGroup}\` before the first apply`
      : md`cluster \`${p.cluster.name}\``,
    why,
  ];
  return groups.length ? [role, groupRow] : [role];
}

/** Who may grant the vault's readers their roles, and who puts the certificate and credentials in it. */
function keyVaultRoles(p: Plan, vault: KeyVaultPlan): [Markdown, Markdown, Markdown][] {
  const roles: [Markdown, Markdown, Markdown][] = [
    [
      md`User Access Administrator, Owner or Role Based Access Control Administrator`,
      md`Key Vault \`${vault.name}\` (resource group \`${vault.resourceGroup}\`)`,
      md`Key Vault Secrets User for ${md.join(keyVaultReads(p, vault).map(([identity, objects]) => md`identity \`${identity}\` on ${objects}`), "; ")} (each on its own secrets, never the whole vault)`,
    ],
  ];
  if (p.tls.mode === "key-vault") roles.push([md`Key Vault Certificates Officer`, md`Key Vault \`${vault.name}\``, md`importing the TLS certificate (before the stacks)`]);
  if (vault.collectorReads) roles.push([md`Key Vault Secrets Officer`, md`Key Vault \`${vault.name}\``, md`setting the exporter credentials (before the stacks)`]);
  return roles;
}

/** Each Key Vault reader's identity and the objects it may read (`<vault>/secrets/<name>`). */
function keyVaultReads(p: Plan, vault: KeyVaultPlan): [string, Markdown][] {
  const tls = p.tls;
  return vault.subjects.map((s) => {
    const names =
      s.serviceAccount === KEY_VAULT_NAMES.tlsServiceAccount && tls.mode === "key-vault"
        ? [tls.keyVault.certificateName]
        : [...new Set(p.observability.collectorKeyVault.objects.map((o) => o.objectName))];
    return [s.identityName, md`${names.length > 1 ? "secrets" : "secret"} ${md.join(names.map((n) => md`\`${n}\``), ", ")}`];
  });
}

/**
 * Where the role assignments of the stacks land. The node resource group (MC_*) of a cluster the
 * `-azure` stack creates does not exist before the apply, so a role on it (the ALB controller
 * identity's, AGC) needs User Access Administrator inherited from the subscription; AGIC's
 * assignments are all in the environment's resource group (check AR034).
 */
function userAccessScope(c: RunbookContext): Markdown {
  const e = c.plan;
  if (e.cluster.owned) {
    return e.ingress.mode === "agc"
      ? md`the subscription (the ALB controller identity's roles are on the node resource group MC_*, which does not exist before the apply; check AR034)`
      : md`resource group \`${e.azure.resourceGroup}\``;
  }
  return md`resource group \`${e.azure.resourceGroup}\` and \`${e.cluster.resourceGroup}\`${e.ingress.mode === "agc" ? md` and the cluster's node resource group` : ""}`;
}
