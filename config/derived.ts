// Values computed from an environment, shared by stacks, charts, checks and the runbook so
// that each is decided in exactly one place. Pure functions; no I/O.
import { sh, type ShellCode } from "./encode";
import type { Environment } from "./loader";
import { MIN_NODE_COUNT, SIZING_TIERS } from "./presets";
import { PRODUCTION_MAINTENANCE, RESOURCE_GROUP_RE, UUID_RE, type MaintenanceWindowConfig } from "./schema";

/** The namespaces `tare install` uses (Step 6). Fixed by the vendor's tooling. */
export const NS_SYSTEM = "tars-system";
export const NS_DATAPLANE = "tars-dataplane";

/** Names the guide fixes; other objects and the vendor's tooling refer to them. */
export const GUIDE_NAMES = {
  ingress: "tars-ingress",
  egressService: "egress",
  egressPort: 10080,
  envoyProxy: "tars-egress-proxy",
  collector: "otel-collector",
  collectorConfig: "otel-collector-config",
  azureCredsSecret: "otel-azure-creds",
  azureCredsKey: "APP_INSIGHTS_CONN_STR",
  acrPullSecret: "tars-image-pull-secret",
  ingressClass: "azure-application-gateway",
  agcGatewayClass: "azure-alb-external",
  helmRelease: "tars",
} as const;

/** Appendix A: the objects the project names for Application Gateway for Containers. */
export const AGC_NAMES = { alb: "tars-alb", gateway: "tars-gateway", route: "tars-route", redirect: "tars-https-redirect", health: "tars-egress-health" } as const;

/** Step 7: egress serves LLM APIs (/v1), MCP (/mcp) and MCP's OAuth discovery (/.well-known). */
export const DATA_PLANE_PATH_PREFIXES = ["/v1", "/mcp", "/.well-known"] as const;

export function stackNames(env: Environment): { azure: string; cluster: string } {
  return { azure: `${env.name}-azure`, cluster: `${env.name}-cluster` };
}

/** The default node pool: the tier's preset with the environment's overrides. */
export function nodePool(env: Environment): { vmSize: string; nodeCount: number } {
  const preset = env.cluster.tier === "custom" ? undefined : SIZING_TIERS[env.cluster.tier];
  return {
    vmSize: env.cluster.vmSize ?? preset?.vmSize ?? "",
    nodeCount: env.cluster.nodeCount ?? preset?.nodeCount ?? MIN_NODE_COUNT,
  };
}

export function networkPolicy(env: Environment): "azure" | "calico" | "cilium" | "none" {
  return env.cluster.network.policy ?? (env.cluster.network.dataplane === "cilium" ? "cilium" : "calico");
}

export function skuTier(env: Environment): "Free" | "Standard" | "Premium" {
  return env.cluster.skuTier ?? (env.production ? "Standard" : "Free");
}

/**
 * How the Kubernetes API authenticates, as it applies (`cluster.localAccountsDisabled`,
 * `cluster.entraId`): in production, by default, Entra ID with Azure RBAC and no local accounts,
 * so no cluster-admin client key exists to land in Terraform state or the `-cluster` stack's
 * inputs (`entraId.enabled: false` keeps them on). A reused cluster is never modified: its local accounts stay what they are unless the
 * file says they are disabled. `kubelogin`: the `-cluster` stack's providers authenticate
 * through kubelogin (an Entra ID cluster's user kubeconfig carries no client certificate).
 * docs/azure-behaviours.md, "Entra ID, local accounts and the -cluster stack".
 */
export function clusterAuth(env: Environment): {
  localAccountsDisabled: boolean;
  entraId: { azureRbac: boolean; adminGroupObjectIds: readonly string[] } | undefined;
  kubelogin: boolean;
} {
  const ownsCluster = !env.cluster.existing;
  const entraEnabled = env.cluster.entraId.enabled ?? env.production;
  // Entra ID turned off explicitly leaves local accounts on (AR051 warns in production).
  const localAccountsDisabled = env.cluster.localAccountsDisabled ?? (env.production && ownsCluster && entraEnabled);
  const entraId = entraEnabled ? { azureRbac: env.cluster.entraId.azureRbac, adminGroupObjectIds: env.cluster.entraId.adminGroupObjectIds } : undefined;
  return { localAccountsDisabled, entraId, kubelogin: localAccountsDisabled || (ownsCluster && entraId !== undefined) };
}

/** Step 7.1: `--appgw-name "${AKS_CLUSTER_NAME}-appgw"`. */
export function appGatewayName(env: Environment): string {
  return `${env.cluster.name}-appgw`;
}

/**
 * The `-azure` stack creates the App Gateway and its public IP, and attaches the add-on by ID
 * (`ingress.agic.gateway: terraform` on a cluster the project creates).
 */
export function gatewayByTerraform(env: Environment): boolean {
  return env.ingress.mode === "agic" && !env.cluster.existing && env.ingress.agic.gateway === "terraform";
}

/** The add-on creates the gateway after the cluster (the guide's Step 7.1), in the node resource group. */
export function gatewayByAddon(env: Environment): boolean {
  return env.ingress.mode === "agic" && !env.cluster.existing && env.ingress.agic.gateway === "addon";
}

/** The gateway's static public IP, when the `-azure` stack creates it. */
export function appGatewayPublicIpName(env: Environment): string {
  return `${appGatewayName(env)}-pip`;
}

/** The web application firewall as it applies: on by default in production, Prevention by default in production. */
export function wafSettings(env: Environment): { enabled: boolean; mode: "Prevention" | "Detection" } {
  const waf = env.ingress.waf;
  return {
    enabled: waf.enabled ?? env.production,
    mode: waf.mode ?? (env.production ? "Prevention" : "Detection"),
  };
}

/**
 * The paths the WAF's API policy covers: the data plane's real endpoints (Step 7: /v1/* and
 * /mcp/*). With AGIC everything else, /.well-known included, stays under the gateway's strict
 * policy; with AGC the API policy targets HTTPRoute tars-route, which also serves /.well-known.
 */
export const WAF_API_PATHS = ["/v1/", "/mcp/"] as const;

/**
 * Microsoft's bounds for a WAF_v2 policy with CRS 3.2 or later (DRS 2.x included), as
 * terraform-provider-azurerm validates them (web_application_firewall_policy_resource.go:
 * max_request_body_size_in_kb IntBetween(8, 2000), file_upload_limit_in_mb IntBetween(1, 4000),
 * request_body_inspect_limit_in_kb IntAtLeast(0), rate_limit_threshold IntAtLeast(1)).
 * docs/azure-behaviours.md, "WAF request size limits".
 */
export const WAF_LIMITS = {
  maxRequestBodyKb: { min: 8, max: 2000 },
  fileUploadMb: { min: 1, max: 4000 },
  inspectLimitKb: { min: 0 },
  rateLimitThreshold: { min: 1 },
} as const;

/** The Ingress of the API paths, beside GUIDE_NAMES.ingress (which keeps "/"). */
export const WAF_API_INGRESS = "tars-ingress-api";

/** The two WAF policies (docs/waf.md): strict on the gateway, API per path. */
export function wafPolicyNames(env: Environment): { strict: string; api: string } {
  return { strict: `${env.cluster.name}-waf`, api: `${env.cluster.name}-waf-api` };
}

/**
 * The API policy's resource ID, known before apply when the subscription is: the Ingress
 * annotation `appgw.ingress.kubernetes.io/waf-policy-for-path` carries it (AGIC takes an ID).
 */
export function wafApiPolicyId(env: Environment): string | undefined {
  const sub = env.azure.subscriptionId;
  return sub ? wafPolicyId(sub, env, wafPolicyNames(env).api) : undefined;
}

/** A WAF policy's resource ID in `azure.resourceGroup`, as the provider formats it. */
function wafPolicyId(subscriptionId: string, env: Environment, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${env.azure.resourceGroup}/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/${name}`;
}

/** The WAF applies to an AGIC gateway the project creates (the other cases are AR039 errors, or AGC's). */
export function wafOnAgicGateway(env: Environment): boolean {
  return wafSettings(env).enabled && gatewayByTerraform(env);
}

/**
 * Names of what reads the Key Vault: the user-assigned identity (`-azure`), the ServiceAccounts
 * federated with it, and the SecretProviderClasses (tars-dataplane).
 */
export const KEY_VAULT_NAMES = {
  /** Suffix of the TLS sync's identity: `<cluster>-kv-identity` (the name it had when one identity served every reader). */
  identitySuffix: "-kv-identity",
  /** Suffix of the collector's identity: `<cluster>-kv-collector`. */
  collectorIdentitySuffix: "-kv-collector",
  /** ServiceAccount of the pod that keeps the TLS Secret synced. */
  tlsServiceAccount: "tars-tls-sync",
  /** SecretProviderClass of the TLS certificate. */
  tlsProviderClass: "tars-tls",
  /** SecretProviderClass of the collector's credentials. */
  collectorProviderClass: "otel-collector-secrets",
} as const;

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
export function collectorReadsKeyVault(env: Environment): boolean {
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

export function tlsEnabled(env: Environment): boolean {
  return env.tls.mode !== "none";
}

export function urlScheme(env: Environment): "http" | "https" {
  return tlsEnabled(env) ? "https" : "http";
}

/**
 * The Proxy URL to register (Step 8.2): `https://` exactly when TLS is on. Undefined in
 * nip.io mode, where the host depends on the gateway's IP (an output of the `-cluster` stack).
 */
export function dataPlaneUrl(env: Environment): string | undefined {
  return env.dns.hostname ? `${urlScheme(env)}://${env.dns.hostname}` : undefined;
}

/** What stands for the host in nip.io mode, until the `-cluster` stack's output `data_plane_url` gives it. */
export const NIP_IO_HOST = "<gateway-ip>.nip.io";

export function usesAcr(env: Environment): boolean {
  return env.registry.mode === "acr" || env.registry.mode === "acr-admin";
}

export function acrLoginServer(env: Environment): string | undefined {
  return usesAcr(env) && env.registry.acrName ? `${env.registry.acrName}.azurecr.io` : undefined;
}

/** Where the data-plane images live: `--image-sync`/`--image-registry` of `tare install`. */
export function imageRegistry(env: Environment): string {
  if (env.registry.mode === "private") return env.registry.private?.repository ?? "";
  return `${acrLoginServer(env) ?? "<acr>.azurecr.io"}/tare`;
}

/** The pull secret Kubernetes uses, when one is needed at all. */
export function pullSecretName(env: Environment): string | undefined {
  if (env.registry.mode === "private") return env.registry.private?.pullSecretName;
  if (env.registry.mode === "acr-admin") return GUIDE_NAMES.acrPullSecret;
  return undefined;
}

/** The `-cluster` stack creates the pull secret (private registry, or acr-admin `cluster`). */
export function clusterCreatesPullSecret(env: Environment): boolean {
  return env.registry.mode === "private" || (env.registry.mode === "acr-admin" && env.registry.adminPullSecret === "cluster");
}

/** The resource group the cluster lives in: its own for a reused cluster (Step 3). */
export function clusterResourceGroup(env: Environment): string {
  return env.cluster.existing?.resourceGroup ?? env.azure.resourceGroup;
}

/** A reused cluster in azure.resourceGroup: the group is read, never created or deleted. */
export function reusesResourceGroup(env: Environment): boolean {
  return env.cluster.existing?.resourceGroup === env.azure.resourceGroup;
}

/** Step 3.5, as the `-azure` stack outputs it and the runbook prints it. */
export function getCredentialsCommand(env: Environment): ShellCode {
  return sh`az aks get-credentials --resource-group ${clusterResourceGroup(env)} --name ${env.cluster.name} --file ~/kubeconfig-${env.cluster.name}`;
}

/** Blob key of a stack's state with `state.backend: azurerm`. */
export function stateKey(env: Environment, stack: string): string {
  return `${env.state.azurerm?.keyPrefix ?? env.name}/${stack}.tfstate`;
}

/** Terraform Cloud workspace of a stack with `state.backend: cloud`. */
export function cloudWorkspace(env: Environment, stack: string): string {
  return `${env.state.cloud?.workspacePrefix ?? "agent-router-"}${stack}`;
}

export function vnetName(env: Environment): string {
  return env.cluster.existing?.vnetName ?? `${env.cluster.name}-vnet`;
}

export function vnetResourceGroup(env: Environment): string {
  const existing = env.cluster.existing;
  return existing ? (existing.vnetResourceGroup ?? existing.resourceGroup) : env.azure.resourceGroup;
}

export const SUBNET_NAMES = { cluster: "aks-nodes", appGateway: "appgw", agc: "agc" } as const;

/** The AGC subnet's resource ID, computable before apply when the subscription is known. */
export function agcSubnetId(env: Environment): string | undefined {
  if (!env.azure.subscriptionId) return undefined;
  return [
    "/subscriptions",
    env.azure.subscriptionId,
    "resourceGroups",
    vnetResourceGroup(env),
    "providers/Microsoft.Network/virtualNetworks",
    vnetName(env),
    "subnets",
    SUBNET_NAMES.agc,
  ].join("/");
}

/** Tags on every taggable resource: the environment's own plus two the project adds. */
export function resourceTags(env: Environment): Record<string, string> {
  return { environment: env.name, "managed-by": "agent-router-azure", ...env.azure.tags };
}

/**
 * Which GitOps engine the stacks install (gitops.<engine>.install, default: only on a cluster the
 * project creates; an existing cluster may run its own). An engine the stacks install picks up
 * dist/<name>/gitops/ itself; otherwise the operator applies it once with kubectl.
 */
export function gitopsInstalls(env: Environment): { argocd: boolean; flux: boolean } {
  const g = env.gitops;
  const owns = !env.cluster.existing;
  const on = (e: { enabled: boolean; install?: boolean }) => !!g.repoUrl && e.enabled && (e.install ?? owns);
  return { argocd: on(g.argocd), flux: on(g.flux) };
}

/** Names of what the stacks create to bootstrap GitOps (not the objects of dist/<name>/gitops/). */
export function gitopsBootstrapName(env: Environment): string {
  // azurerm_kubernetes_flux_configuration.name: at most 30 of [a-z0-9-] (the name is at most 20),
  // and a prefix that cannot collide with agent-router-<name> (the objects of dist/<name>/gitops/).
  return `ar-${env.name}`;
}

/** Where the YAML of this environment lives in the GitOps repository. */
export function gitopsPath(env: Environment): string {
  return env.gitops.path ?? `dist/${env.name}`;
}

export function logAnalyticsNeeded(env: Environment): boolean {
  return env.cluster.containerInsights || env.observability.exporters.azureMonitor !== undefined || wafLogsToWorkspace(env);
}

/** The WAF applies to Application Gateway for Containers (`ingress.mode: agc`, WAF on). */
export function wafOnAgc(env: Environment): boolean {
  return env.ingress.mode === "agc" && wafSettings(env).enabled;
}

/**
 * The WAF policies on Application Gateway for Containers: the `-azure` stack creates
 * the same two as for AGIC (`wafPolicyNames`), and the ALB controller links them: the strict one
 * on every listener of the Gateway, the API one on the data plane's HTTPRoute. Their resource IDs,
 * which the YAML names, are known before apply when the subscription is (otherwise AR018).
 */
export function agcWafPolicyIds(env: Environment): { gateway: string; api: string } | undefined {
  const sub = env.azure.subscriptionId;
  if (!wafOnAgc(env) || !sub) return undefined;
  const names = wafPolicyNames(env);
  return { gateway: wafPolicyId(sub, env, names.strict), api: wafPolicyId(sub, env, names.api) };
}

/**
 * The WAF's logs go to the environment's Log Analytics workspace (a diagnostic setting on the
 * gateway): when the WAF is on and the `-azure` stack creates the gateway. An add-on gateway is
 * created after the stack, and Application Gateway for Containers by the ALB controller, so
 * Terraform has no resource to attach the setting to (docs/waf.md, "Logs and the workbook").
 */
export function wafLogsToWorkspace(env: Environment): boolean {
  return wafOnAgicGateway(env);
}

/** The CronJob that appends the access-log sink to tare's EnvoyProxy (charts/envoyproxy-access-log.ts). */
export const ACCESS_LOG_CRONJOB = "envoyproxy-access-log";

/**
 * The maintenance windows of automatic upgrades: the environment's, else the production
 * defaults in production; undefined is "anytime" (AKS's own default, no window).
 */
export function maintenanceWindows(env: Environment): { autoUpgrade?: MaintenanceWindowConfig; nodeOs?: MaintenanceWindowConfig } {
  const pick = (given: MaintenanceWindowConfig | "anytime" | undefined, productionDefault: MaintenanceWindowConfig) => {
    if (given === "anytime") return undefined;
    return given ?? (env.production ? productionDefault : undefined);
  };
  const m = env.cluster.maintenance;
  return { autoUpgrade: pick(m.autoUpgrade, PRODUCTION_MAINTENANCE.autoUpgrade), nodeOs: pick(m.nodeOs, PRODUCTION_MAINTENANCE.nodeOs) };
}

/**
 * A minor `cluster.kubernetesVersion` under the `patch` channel: Terraform owns the minor
 * version, AKS the patch (stacks/constructs/aks-cluster.ts follows the live patch).
 */
export function followsPatchChannel(env: Environment): boolean {
  const version = env.cluster.kubernetesVersion;
  return version !== undefined && /^\d+\.\d+$/.test(version) && env.cluster.automaticUpgradeChannel === "patch";
}
