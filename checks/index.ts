// The preflight checks: every rule, run over every loaded environment before anything is
// synthesized. `npm run check` prints them; synth refuses to write when one is an error.
import type { LoadedEnvironment } from "../config/loader";
import type { Problem } from "../config/problems";
import type { Rule } from "./rule";
import { agicNetwork } from "./rules/ar001-agic-network";
import { appGatewaySubnet } from "./rules/ar002-appgw-subnet";
import { acrName } from "./rules/ar003-acr-name";
import { nodeCount } from "./rules/ar004-node-count";
import { productionSmallTier } from "./rules/ar005-production-small-tier";
import { aksAutomatic } from "./rules/ar006-aks-automatic";
import { registeredHost } from "./rules/ar007-registered-host";
import { registeredScheme } from "./rules/ar008-registered-scheme";
import { acmeEmail } from "./rules/ar009-acme-email";
import { collectorEnvSyntax } from "./rules/ar010-collector-env-syntax";
import { accessLogsExporter } from "./rules/ar011-access-logs-exporter";
import { productionTls } from "./rules/ar012-production-tls";
import { productionAcrAdmin } from "./rules/ar013-production-acr-admin";
import { letsEncryptStagingFirst } from "./rules/ar014-letsencrypt-staging-first";
import { nipIo } from "./rules/ar015-nip-io";
import { hostnameRequired } from "./rules/ar016-hostname-required";
import { agcSubnet } from "./rules/ar017-agc-subnet";
import { agcPrerequisites } from "./rules/ar018-agc-prerequisites";
import { serviceCidr } from "./rules/ar019-service-cidr";
import { clusterSubnet } from "./rules/ar020-cluster-subnet";
import { acrAdmin } from "./rules/ar021-acr-admin";
import { privateRegistry } from "./rules/ar022-private-registry";
import { logAnalyticsPermissions } from "./rules/ar023-log-analytics-permissions";
import { credentialLiteral } from "./rules/ar024-credential-literal";
import { envReference } from "./rules/ar025-env-reference";
import { metricsPipeline } from "./rules/ar026-metrics-pipeline";
import { apiServerOpen } from "./rules/ar027-api-server-open";
import { localAccounts } from "./rules/ar028-local-accounts";
import { azureDns } from "./rules/ar029-azure-dns";
import { stateBackend } from "./rules/ar030-state-backend";
import { gitops } from "./rules/ar031-gitops";
import { gitopsInstall } from "./rules/ar056-gitops-install";
import { customTier } from "./rules/ar032-custom-tier";
import { existingCluster } from "./rules/ar033-existing-cluster";
import { nodeResourceGroupRoles } from "./rules/ar034-node-resource-group-roles";
import { secretCollisions } from "./rules/ar036-secret-collisions";
import { productionWaf } from "./rules/ar037-production-waf";
import { productionWafDetection } from "./rules/ar038-production-waf-detection";
import { wafGateway } from "./rules/ar039-waf-gateway";
import { wafLimits } from "./rules/ar040-waf-limits";
import { wafLogs } from "./rules/ar041-waf-logs";
import { keyVaultId } from "./rules/ar042-key-vault-id";
import { keyVaultTls } from "./rules/ar043-key-vault-tls";
import { keyVaultExporterVault } from "./rules/ar044-key-vault-exporter-vault";
import { keyVaultExporterKeys } from "./rules/ar045-key-vault-exporter-keys";
import { collectorExpansion } from "./rules/ar046-collector-expansion";
import { imageDigest } from "./rules/ar047-image-digest";
import { networkPolicyEngine } from "./rules/ar049-network-policy-engine";
import { argocdDefaultProject } from "./rules/ar050-argocd-default-project";
import { productionLocalAccounts } from "./rules/ar051-production-local-accounts";
import { entraAdmins } from "./rules/ar052-entra-admins";
import { kubernetesVersionChannel } from "./rules/ar053-kubernetes-version-channel";
import { productionMaintenanceWindow } from "./rules/ar054-maintenance-window";
import { dataPlaneVersion } from "./rules/ar057-data-plane-version";

export type { Rule } from "./rule";

/** Every rule, in id order. Ids are stable: a retired rule's id is never reused. */
export const RULES: readonly Rule[] = [
  agicNetwork,
  appGatewaySubnet,
  acrName,
  nodeCount,
  productionSmallTier,
  aksAutomatic,
  registeredHost,
  registeredScheme,
  acmeEmail,
  collectorEnvSyntax,
  accessLogsExporter,
  productionTls,
  productionAcrAdmin,
  letsEncryptStagingFirst,
  nipIo,
  hostnameRequired,
  agcSubnet,
  agcPrerequisites,
  serviceCidr,
  clusterSubnet,
  acrAdmin,
  privateRegistry,
  logAnalyticsPermissions,
  credentialLiteral,
  envReference,
  metricsPipeline,
  apiServerOpen,
  localAccounts,
  azureDns,
  stateBackend,
  gitops,
  customTier,
  existingCluster,
  nodeResourceGroupRoles,
  secretCollisions,
  productionWaf,
  productionWafDetection,
  wafGateway,
  wafLimits,
  wafLogs,
  keyVaultId,
  keyVaultTls,
  keyVaultExporterVault,
  keyVaultExporterKeys,
  collectorExpansion,
  imageDigest,
  networkPolicyEngine,
  argocdDefaultProject,
  productionLocalAccounts,
  entraAdmins,
  kubernetesVersionChannel,
  productionMaintenanceWindow,
  gitopsInstall,
  dataPlaneVersion,
];

const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Runs every rule on one environment, applying its waivers. */
export function checkEnvironment(loaded: LoadedEnvironment): Problem[] {
  const { file, env, lineOf } = loaded;
  const problems: Problem[] = [];

  for (const id of Object.keys(env.waivers)) {
    const rule = RULES_BY_ID.get(id);
    if (!rule || !rule.waivable) {
      problems.push({
        severity: "error",
        rule: "AR000",
        file,
        path: `waivers.${id}`,
        message: rule ? `${id} (${rule.title}) cannot be waived: Azure or the data plane would fail` : "is not a rule id",
        line: lineOf(`waivers.${id}`),
        fix: rule ? `fix the finding instead, then remove waivers.${id}` : `use one of the waivable rules: ${RULES.filter((r) => r.waivable).map((r) => r.id).join(", ")}`,
      });
    }
  }

  for (const rule of RULES) {
    const waiver = rule.waivable ? env.waivers[rule.id] : undefined;
    for (const f of rule.check(env)) {
      problems.push({
        severity: waiver ? "info" : rule.severity,
        rule: rule.id,
        file,
        path: f.path,
        message: waiver ? `${f.message} (waived: ${waiver})` : f.message,
        ...("value" in f ? { value: f.value } : {}),
        line: lineOf(f.path),
        fix: f.fix,
      });
    }
  }
  return problems;
}

export function checkEnvironments(loaded: readonly LoadedEnvironment[]): Problem[] {
  return loaded.flatMap(checkEnvironment);
}

/** The README's rule table (kept in sync by a test; regenerate with `npm run docs`). */
export function rulesTable(): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return [
    "| Rule | Severity | Waivable | Catches | Guide row it prevents |",
    "|---|---|---|---|---|",
    ...RULES.map((r) => `| ${r.id} | ${r.severity} | ${r.waivable ? "yes" : "no"} | ${cell(r.title)} | ${cell(r.guide)} |`),
  ].join("\n");
}
