// Every preflight rule: a config that triggers it (with the field and fix it names), and the
// baseline that does not.
import { checkEnvironment, RULES } from "../checks";
import { formatProblem, publicProblem, type Problem } from "../config/problems";
import { loadEnv } from "./helpers";

const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
const KV = `/subscriptions/${SUB}/resourceGroups/rg-platform-secrets/providers/Microsoft.KeyVault/vaults/kv-acme-platform`;
const KV_GRAFANA = {
  name: "grafana",
  endpoint: "https://otlp-gateway-prod-eu-west-0.grafana.net/otlp",
  headers: { Authorization: "Basic ${env:GRAFANA_CLOUD_AUTH}" },
  secretName: "otel-grafana-creds",
  secretKeys: ["GRAFANA_CLOUD_AUTH"],
  keyVaultSecrets: { GRAFANA_CLOUD_AUTH: "grafana-cloud-auth" },
};
const run = (patch: Record<string, unknown>): Problem[] => checkEnvironment(loadEnv(patch));
const ofRule = (problems: Problem[], id: string) => problems.filter((p) => p.rule === id);

interface Case {
  readonly rule: string;
  readonly name: string;
  readonly patch: Record<string, unknown>;
  readonly path: string;
  readonly severity?: "error" | "warning";
}

const CASES: readonly Case[] = [
  { rule: "AR001", name: "fails on AGIC with Azure CNI Overlay", patch: { cluster: { network: { pluginMode: "overlay" } } }, path: "cluster.network.pluginMode" },
  { rule: "AR001", name: "fails on AGIC with the Cilium dataplane", patch: { cluster: { network: { dataplane: "cilium" } } }, path: "cluster.network.dataplane" },
  { rule: "AR002", name: "fails on an App Gateway subnet that is not a /24", patch: { network: { appGatewaySubnet: "10.225.0.0/25" } }, path: "network.appGatewaySubnet" },
  { rule: "AR002", name: "fails on an App Gateway subnet overlapping the cluster subnet", patch: { network: { appGatewaySubnet: "10.224.5.0/24" } }, path: "network.appGatewaySubnet" },
  { rule: "AR002", name: "fails on an App Gateway subnet outside the VNet", patch: { network: { appGatewaySubnet: "192.168.0.0/24" } }, path: "network.appGatewaySubnet" },
  { rule: "AR003", name: "fails on an ACR name with capitals and a dash", patch: { registry: { acrName: "Tars-ACR" } }, path: "registry.acrName" },
  { rule: "AR003", name: "fails on an ACR name shorter than 5", patch: { registry: { acrName: "tars" } }, path: "registry.acrName" },
  { rule: "AR003", name: "fails on a missing ACR name in acr mode", patch: { registry: { acrName: undefined } }, path: "registry.acrName" },
  { rule: "AR004", name: "fails on fewer than three nodes", patch: { cluster: { nodeCount: 2 } }, path: "cluster.nodeCount" },
  { rule: "AR005", name: "warns on the small tier in production", patch: { production: true, cluster: { tier: "small" }, tls: { mode: "byo" }, waivers: { AR027: "reviewed: API server reachable only through the firewall" } }, path: "cluster.tier", severity: "warning" },
  { rule: "AR006", name: "fails on AKS Automatic", patch: { cluster: { sku: "automatic" } }, path: "cluster.sku" },
  { rule: "AR007", name: "fails on a registered URL with another host", patch: { dns: { registeredUrl: "http://other.example-corp.com" } }, path: "dns.registeredUrl" },
  { rule: "AR007", name: "fails on a registered URL with a path", patch: { dns: { registeredUrl: "http://proxy.example-corp.com/v1" } }, path: "dns.registeredUrl" },
  { rule: "AR008", name: "fails on https:// registered while TLS is off", patch: { dns: { registeredUrl: "https://proxy.example-corp.com" } }, path: "dns.registeredUrl" },
  { rule: "AR008", name: "fails on http:// registered while TLS is on", patch: { tls: { mode: "byo" }, dns: { registeredUrl: "http://proxy.example-corp.com" } }, path: "dns.registeredUrl" },
  { rule: "AR009", name: "fails on the guide's placeholder ACME email", patch: { tls: { mode: "cert-manager", certManager: { email: "you@example.com" } } }, path: "tls.certManager.email" },
  { rule: "AR009", name: "fails on a missing ACME email", patch: { tls: { mode: "cert-manager" } }, path: "tls.certManager.email" },
  { rule: "AR010", name: "fails on ${NAME} instead of ${env:NAME}", patch: { observability: { exporters: { otlpHttp: [{ name: "grafana", endpoint: "https://otlp.grafana.net/otlp", headers: { Authorization: "Basic ${GRAFANA_AUTH}" }, secretName: "otel-grafana", secretKeys: ["GRAFANA_AUTH"] }] } } }, path: "observability.exporters.otlpHttp[0].headers.Authorization" },
  { rule: "AR011", name: "fails on access logs without a log-capable exporter", patch: { observability: { accessLogs: true } }, path: "observability.accessLogs" },
  { rule: "AR012", name: "fails on production without TLS", patch: { production: true, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] } }, path: "tls.mode" },
  { rule: "AR013", name: "fails on the ACR admin user in production", patch: { production: true, registry: { mode: "acr-admin" }, tls: { mode: "byo" }, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] } }, path: "registry.mode" },
  { rule: "AR014", name: "warns on the Let's Encrypt production issuer before staging", patch: { tls: { mode: "cert-manager", certManager: { issuer: "letsencrypt-prod", email: "ops@acme-ai.dev" } } }, path: "tls.certManager.issuer", severity: "warning" },
  { rule: "AR015", name: "fails on nip.io in production", patch: { production: true, tls: { mode: "none" }, dns: { mode: "nip-io", hostname: undefined }, waivers: { AR012: "internal demo cluster, no customer traffic", AR027: "reviewed: API server reachable only through the firewall" }, cluster: { tier: "medium" } }, path: "dns.mode" },
  { rule: "AR015", name: "fails on nip.io with TLS", patch: { tls: { mode: "byo" }, dns: { mode: "nip-io", hostname: undefined } }, path: "tls.mode" },
  { rule: "AR016", name: "fails on an external DNS mode without a hostname", patch: { dns: { hostname: undefined } }, path: "dns.hostname" },
  { rule: "AR017", name: "fails on an AGC subnet overlapping the cluster subnet", patch: { ingress: { mode: "agc" }, azure: { subscriptionId: SUB }, network: { agcSubnet: "10.224.1.0/24" } }, path: "network.agcSubnet" },
  { rule: "AR017", name: "fails on an AGC subnet outside the VNet", patch: { ingress: { mode: "agc" }, azure: { subscriptionId: SUB }, network: { agcSubnet: "192.168.0.0/24" } }, path: "network.agcSubnet" },
  { rule: "AR017", name: "fails on an AGC subnet smaller than a /24", patch: { ingress: { mode: "agc" }, azure: { subscriptionId: SUB }, network: { agcSubnet: "10.226.0.0/26" } }, path: "network.agcSubnet" },
  { rule: "AR018", name: "fails on AGC without a subscription id", patch: { ingress: { mode: "agc" } }, path: "azure.subscriptionId" },
  { rule: "AR019", name: "fails on a service CIDR overlapping the VNet", patch: { cluster: { network: { serviceCidr: "10.224.0.0/16", dnsServiceIp: "10.224.0.10" } } }, path: "cluster.network.serviceCidr" },
  { rule: "AR019", name: "fails on a DNS service IP outside the service CIDR", patch: { cluster: { network: { dnsServiceIp: "10.1.0.10" } } }, path: "cluster.network.dnsServiceIp" },
  { rule: "AR020", name: "fails on a cluster subnet outside the VNet", patch: { network: { clusterSubnet: "10.0.0.0/16" }, cluster: { network: { serviceCidr: "172.16.0.0/16", dnsServiceIp: "172.16.0.10" } } }, path: "network.clusterSubnet" },
  { rule: "AR021", name: "warns on the ACR admin user", patch: { registry: { mode: "acr-admin" } }, path: "registry.mode", severity: "warning" },
  { rule: "AR022", name: "fails on a private registry without its settings", patch: { registry: { mode: "private", acrName: undefined } }, path: "registry.private" },
  { rule: "AR022", name: "fails on a repository on another host than the pull secret", patch: { registry: { mode: "private", acrName: undefined, private: { host: "registry.acme.example.com", repository: "other.acme.example.com/tare" } } }, path: "registry.private.repository" },
  { rule: "AR023", name: "warns on Container Insights linked to a workspace in another resource group", patch: { observability: { exporters: { azureMonitor: { logAnalyticsWorkspaceId: "/subscriptions/x/resourceGroups/rg-shared/providers/Microsoft.OperationalInsights/workspaces/shared" } } } }, path: "observability.exporters.azureMonitor.logAnalyticsWorkspaceId", severity: "warning" },
  { rule: "AR024", name: "fails on a literal credential in a header", patch: { observability: { exporters: { otlpHttp: [{ name: "signoz", endpoint: "https://ingest.signoz.cloud", headers: { "signoz-access-token": "s3cr3t-t0ken" } }] } } }, path: "observability.exporters.otlpHttp[0].headers.signoz-access-token" },
  { rule: "AR024", name: "fails on a literal token before ${env:KEY} in a header", patch: { observability: { exporters: { otlpHttp: [{ name: "grafana", endpoint: "https://otlp.grafana.net/otlp", headers: { Authorization: "Basic dXNlcjpwYXNz ${env:GRAFANA_AUTH}" }, secretName: "otel-grafana", secretKeys: ["GRAFANA_AUTH"] }] } } }, path: "observability.exporters.otlpHttp[0].headers.Authorization" },
  { rule: "AR024", name: "fails on a literal credential in a header the rule knows only by its word (x-honeycomb-team)", patch: { observability: { exporters: { otlpHttp: [{ name: "honeycomb", endpoint: "https://api.honeycomb.io", headers: { "x-honeycomb-team": "hcxik_01abc" } }] } } }, path: "observability.exporters.otlpHttp[0].headers.x-honeycomb-team" },
  { rule: "AR024", name: "fails on a token-shaped literal in any header", patch: { observability: { exporters: { otlpHttp: [{ name: "vendor", endpoint: "https://otlp.vendor.example", headers: { "X-Custom": "a1b2c3d4e5f6a7b8c9d0" } }] } } }, path: "observability.exporters.otlpHttp[0].headers.X-Custom" },
  { rule: "AR036", name: "fails on two exporter Secret keys mapping to one Terraform variable", patch: { observability: { exporters: { otlpHttp: [
    { name: "a", endpoint: "https://a.example.com/otlp", headers: { Authorization: "${env:B_C}" }, secretName: "otel-a", secretKeys: ["B_C"] },
    { name: "b", endpoint: "https://b.example.com/otlp", headers: { Authorization: "${env:C}" }, secretName: "otel-a-b", secretKeys: ["C"] },
  ] } } }, path: "observability.exporters.otlpHttp[1].secretKeys[0]" },
  { rule: "AR036", name: "fails on two exporters with the same secretName", patch: { observability: { exporters: { otlpHttp: [
    { name: "a", endpoint: "https://a.example.com/otlp", headers: { Authorization: "${env:A_KEY}" }, secretName: "otel-shared", secretKeys: ["A_KEY"] },
    { name: "b", endpoint: "https://b.example.com/otlp", headers: { Authorization: "${env:B_KEY}" }, secretName: "otel-shared", secretKeys: ["B_KEY"] },
  ] } } }, path: "observability.exporters.otlpHttp[1].secretName" },
  { rule: "AR036", name: "fails on an exporter Secret named like the pull secret", patch: { registry: { mode: "private", acrName: undefined, private: { host: "registry.acme.example.com", repository: "registry.acme.example.com/tare" } }, observability: { exporters: { otlpHttp: [
    { name: "a", endpoint: "https://a.example.com/otlp", headers: { Authorization: "${env:A_KEY}" }, secretName: "tars-image-pull-secret", secretKeys: ["A_KEY"] },
  ] } } }, path: "registry.private.pullSecretName" },
  { rule: "AR036", name: "fails on two exporters injecting one environment variable", patch: { observability: { exporters: { otlpHttp: [
    { name: "a", endpoint: "https://a.example.com/otlp", headers: { Authorization: "${env:TOKEN}" }, secretName: "otel-a", secretKeys: ["TOKEN"] },
    { name: "b", endpoint: "https://b.example.com/otlp", headers: { Authorization: "${env:TOKEN}" }, secretName: "otel-b", secretKeys: ["TOKEN"] },
  ] } } }, path: "observability.exporters.otlpHttp[1].secretKeys[0]" },
  { rule: "AR037", name: "fails on production with the WAF off", patch: { ...{ production: true, azure: { subscriptionId: SUB }, tls: { mode: "byo" }, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] } }, ingress: { waf: { enabled: false } } }, path: "ingress.waf.enabled" },
  { rule: "AR038", name: "fails on production with the WAF in Detection", patch: { ...{ production: true, azure: { subscriptionId: SUB }, tls: { mode: "byo" }, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] } }, ingress: { waf: { mode: "Detection" } } }, path: "ingress.waf.mode" },
  { rule: "AR039", name: "fails on the WAF with the add-on's gateway", patch: { azure: { subscriptionId: SUB }, ingress: { agic: { gateway: "addon" }, waf: { enabled: true } } }, path: "ingress.agic.gateway" },
  { rule: "AR039", name: "fails on the WAF on an existing cluster's gateway", patch: { azure: { subscriptionId: SUB }, cluster: { existing: { resourceGroup: "rg-aks" } }, ingress: { waf: { enabled: true } } }, path: "ingress.waf.enabled" },
  { rule: "AR039", name: "fails on production with an existing cluster: the WAF is on by default and the gateway is not the project's", patch: { production: true, azure: { subscriptionId: SUB }, tls: { mode: "byo" }, cluster: { existing: { resourceGroup: "rg-aks" } } }, path: "ingress.waf.enabled" },
  { rule: "AR039", name: "fails on the WAF without a subscription id", patch: { ingress: { waf: { enabled: true } } }, path: "azure.subscriptionId" },
  { rule: "AR039", name: "fails on production (WAF on by default) without a subscription id", patch: { ...{ production: true, azure: { subscriptionId: SUB }, tls: { mode: "byo" }, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] } }, azure: {} }, path: "azure.subscriptionId" },
  { rule: "AR040", name: "fails on an API body maximum the WAF cannot enforce (above 2000 KB)", patch: { azure: { subscriptionId: SUB }, ingress: { waf: { enabled: true, api: { maxRequestBodyKb: 4096 } } } }, path: "ingress.waf.api.maxRequestBodyKb" },
  { rule: "AR040", name: "fails on an API body maximum below Microsoft's 8 KB", patch: { azure: { subscriptionId: SUB }, ingress: { waf: { enabled: true, api: { maxRequestBodyKb: 4, inspectLimitKb: 4 } } } }, path: "ingress.waf.api.maxRequestBodyKb" },
  { rule: "AR040", name: "fails on an inspection limit above the API body maximum", patch: { azure: { subscriptionId: SUB }, ingress: { waf: { enabled: true, api: { maxRequestBodyKb: 64 } } } }, path: "ingress.waf.api.inspectLimitKb" },
  { rule: "AR040", name: "fails on an inspection limit above 2000 KB", patch: { azure: { subscriptionId: SUB }, ingress: { waf: { enabled: true, api: { inspectLimitKb: 4096 } } } }, path: "ingress.waf.api.inspectLimitKb" },
  { rule: "AR040", name: "fails on a file upload limit above 4000 MB", patch: { azure: { subscriptionId: SUB }, ingress: { waf: { enabled: true, api: { maxFileUploadMb: 5000 } } } }, path: "ingress.waf.api.maxFileUploadMb" },
  { rule: "AR025", name: "fails on ${env:KEY} with KEY not injected", patch: { observability: { exporters: { otlpHttp: [{ name: "signoz", endpoint: "https://ingest.signoz.cloud", headers: { "signoz-access-token": "${env:SIGNOZ_TOKEN}" } }] } } }, path: "observability.exporters.otlpHttp[0].headers.signoz-access-token" },
  { rule: "AR026", name: "fails on the metrics sink with the collector disabled", patch: { observability: { collector: { enabled: false } } }, path: "observability.metricsSink" },
  { rule: "AR026", name: "fails on a collector with no exporter", patch: { observability: { exporters: { prometheus: { enabled: false } } } }, path: "observability.exporters" },
  { rule: "AR027", name: "warns on a production API server open to all", patch: { production: true, cluster: { tier: "medium" }, tls: { mode: "byo" } }, path: "cluster.apiServerAuthorizedIpRanges", severity: "warning" },
  { rule: "AR028", name: "fails on local accounts disabled without Entra ID", patch: { cluster: { localAccountsDisabled: true } }, path: "cluster.localAccountsDisabled" },
  { rule: "AR029", name: "fails on azure-dns without a zone", patch: { dns: { mode: "azure-dns" } }, path: "dns.azureDns" },
  { rule: "AR029", name: "fails on a hostname outside the Azure DNS zone", patch: { dns: { mode: "azure-dns", azureDns: { zoneName: "other.com", resourceGroup: "rg-dns" } } }, path: "dns.hostname" },
  { rule: "AR030", name: "fails on the azurerm backend without its settings", patch: { state: { backend: "azurerm" } }, path: "state.azurerm" },
  { rule: "AR031", name: "fails on Argo CD without a repository", patch: { gitops: { argocd: { enabled: true } } }, path: "gitops.repoUrl" },
  { rule: "AR031", name: "fails on a plain http:// GitOps repository in production", patch: { production: true, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] }, tls: { mode: "byo" }, gitops: { repoUrl: "http://git.example-corp.com/platform/gitops.git", flux: { enabled: true } } }, path: "gitops.repoUrl" },
  { rule: "AR049", name: "warns on NetworkPolicies with the network policy engine off", patch: { cluster: { network: { policy: "none" } } }, path: "cluster.network.policy", severity: "warning" },
  { rule: "AR050", name: "warns on an Argo CD Application in the default project", patch: { gitops: { repoUrl: "https://git.example-corp.com/platform/gitops.git", argocd: { enabled: true, project: "default" } } }, path: "gitops.argocd.project", severity: "warning" },
  { rule: "AR032", name: "fails on the custom tier without a VM size", patch: { cluster: { tier: "custom", nodeCount: 3 } }, path: "cluster.vmSize" },
  { rule: "AR033", name: "warns that an existing cluster reading only exporter credentials from Key Vault needs the add-on", patch: { cluster: { existing: { resourceGroup: "rg-aks" } }, keyVault: { vaultId: KV }, observability: { exporters: { datadog: { keyVaultSecrets: { DD_API_KEY: "datadog-api-key" } } } } }, path: "keyVault.vaultId", severity: "warning" },
  { rule: "AR033", name: "warns on settings an existing cluster ignores", patch: { cluster: { existing: { resourceGroup: "rg-aks" }, vmSize: "Standard_D4s_v5" } }, path: "cluster.vmSize", severity: "warning" },
  { rule: "AR041", name: "warns on a production WAF on AGC, whose logs the stacks do not collect", patch: { production: true, azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, cluster: { tier: "medium" }, tls: { mode: "byo" }, ingress: { mode: "agc" } }, path: "ingress.mode", severity: "warning" },
  { rule: "AR041", name: "warns that AGC does not take CRS 3.2", patch: { azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, ingress: { mode: "agc", waf: { enabled: true, ruleSet: "CRS-3.2" } } }, path: "ingress.waf.ruleSet", severity: "warning" },
  { rule: "AR041", name: "warns that AGC does not take a rate limit", patch: { azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, ingress: { mode: "agc", waf: { enabled: true, api: { rateLimitPerMinute: 600 } } } }, path: "ingress.waf.api.rateLimitPerMinute", severity: "warning" },
  { rule: "AR036", name: "fails on two exporters from Key Vault syncing one Secret", patch: { keyVault: { vaultId: KV }, observability: { exporters: {
    datadog: { secretName: "otel-shared", keyVaultSecrets: { DD_API_KEY: "datadog-api-key" } },
    signalfx: { realm: "eu0", secretName: "otel-shared", keyVaultSecrets: { SFX_ACCESS_TOKEN: "splunk-token" } },
  } } }, path: "observability.exporters.signalfx.secretName" },
  { rule: "AR036", name: "fails on a Secret from Key Vault named like one the team delivers", patch: { keyVault: { vaultId: KV }, observability: { exporters: {
    datadog: { secretName: "otel-shared", keyVaultSecrets: { DD_API_KEY: "datadog-api-key" } },
    signalfx: { realm: "eu0", secretName: "otel-shared", createSecret: false },
  } } }, path: "observability.exporters.signalfx.secretName" },
  { rule: "AR044", name: "fails on an exporter credential from Key Vault without keyVault.vaultId", patch: { observability: { exporters: { datadog: { keyVaultSecrets: { DD_API_KEY: "datadog-api-key" } } } } }, path: "observability.exporters.datadog.keyVaultSecrets" },
  { rule: "AR044", name: "fails on an otlpHttp credential from Key Vault without keyVault.vaultId", patch: { observability: { exporters: { otlpHttp: [{ ...KV_GRAFANA }] } } }, path: "observability.exporters.otlpHttp[0].keyVaultSecrets" },
  { rule: "AR045", name: "fails on a datadog mapping without DD_API_KEY", patch: { keyVault: { vaultId: KV }, observability: { exporters: { datadog: { keyVaultSecrets: { DATADOG_API_KEY: "datadog-api-key" } } } } }, path: "observability.exporters.datadog.keyVaultSecrets" },
  { rule: "AR045", name: "fails on a signalfx mapping of a key the exporter does not read", patch: { keyVault: { vaultId: KV }, observability: { exporters: { signalfx: { realm: "eu0", keyVaultSecrets: { SFX_ACCESS_TOKEN: "splunk-token", SFX_API_TOKEN: "other" } } } } }, path: "observability.exporters.signalfx.keyVaultSecrets.SFX_API_TOKEN" },
  { rule: "AR045", name: "fails on an otlpHttp secretKey the mapping leaves out", patch: { keyVault: { vaultId: KV }, observability: { exporters: { otlpHttp: [{ ...KV_GRAFANA, headers: { Authorization: "Basic ${env:GRAFANA_CLOUD_AUTH}", "X-Scope-OrgID": "${env:GRAFANA_ORG}" }, secretKeys: ["GRAFANA_CLOUD_AUTH", "GRAFANA_ORG"] }] } } }, path: "observability.exporters.otlpHttp[0].keyVaultSecrets" },
  { rule: "AR045", name: "fails on an otlpHttp mapping of a key missing from secretKeys", patch: { keyVault: { vaultId: KV }, observability: { exporters: { otlpHttp: [{ ...KV_GRAFANA, keyVaultSecrets: { GRAFANA_CLOUD_AUTH: "grafana-cloud-auth", GRAFANA_TOKEN: "grafana-token" } }] } } }, path: "observability.exporters.otlpHttp[0].keyVaultSecrets.GRAFANA_TOKEN" },
  { rule: "AR045", name: "fails on createSecret: false with keyVaultSecrets", patch: { keyVault: { vaultId: KV }, observability: { exporters: { datadog: { createSecret: false, keyVaultSecrets: { DD_API_KEY: "datadog-api-key" } } } } }, path: "observability.exporters.datadog.createSecret" },
  { rule: "AR045", name: "fails on createSecret: true with keyVaultSecrets", patch: { keyVault: { vaultId: KV }, observability: { exporters: { otlpHttp: [{ ...KV_GRAFANA, createSecret: true }] } } }, path: "observability.exporters.otlpHttp[0].createSecret" },
  { rule: "AR034", name: "warns that AGC roles on a new cluster's node resource group need User Access Administrator on the subscription", patch: { azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, cluster: { network: { pluginMode: "overlay" } }, ingress: { mode: "agc" } }, path: "ingress.mode", severity: "warning" },
  { rule: "AR042", name: "fails on a vault URI in keyVault.vaultId", patch: { keyVault: { vaultId: "https://kv-acme.vault.azure.net/" } }, path: "keyVault.vaultId" },
  { rule: "AR042", name: "fails on a managed HSM ID in keyVault.vaultId", patch: { keyVault: { vaultId: `/subscriptions/${SUB}/resourceGroups/rg-sec/providers/Microsoft.KeyVault/managedHSMs/hsm-acme` } }, path: "keyVault.vaultId" },
  { rule: "AR043", name: "fails on tls.mode key-vault without keyVault or the certificate name", patch: { tls: { mode: "key-vault" } }, path: "tls.keyVault.certificateName" },
  { rule: "AR043", name: "fails on tls.mode key-vault without keyVault.vaultId", patch: { tls: { mode: "key-vault", keyVault: { certificateName: "proxy" } } }, path: "keyVault.vaultId" },
  { rule: "AR051", name: "warns on production with local accounts turned back on", patch: { production: true, tls: { mode: "byo" }, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"], localAccountsDisabled: false } }, path: "cluster.localAccountsDisabled", severity: "warning" },
  { rule: "AR051", name: "warns on production with Entra ID turned off (local accounts stay)", patch: { production: true, tls: { mode: "byo" }, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"], entraId: { enabled: false } } }, path: "cluster.entraId.enabled", severity: "warning" },
  { rule: "AR052", name: "fails on Entra ID with Kubernetes RBAC and no admin group", patch: { cluster: { entraId: { enabled: true, azureRbac: false } } }, path: "cluster.entraId.adminGroupObjectIds" },
  { rule: "AR046", name: "fails on $DD_API_KEY in an otlpHttp header the collector would expand", patch: { observability: { exporters: { datadog: {}, otlpHttp: [{ name: "a", endpoint: "https://x.example.com", headers: { "X-Ctx": "$DD_API_KEY" } }] } } }, path: "observability.exporters.otlpHttp[0].headers.X-Ctx" },
  { rule: "AR047", name: "warns on a production collector that reads credentials from a tag-only image", patch: { production: true, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] }, tls: { mode: "byo" }, observability: { exporters: { datadog: {} } } }, path: "observability.collector.image", severity: "warning" },
  { rule: "AR053", name: "fails on a Kubernetes version with the stable channel", patch: { cluster: { kubernetesVersion: "1.34", automaticUpgradeChannel: "stable" } }, path: "cluster.kubernetesVersion" },
  { rule: "AR053", name: "fails on an exact patch version with the patch channel", patch: { cluster: { kubernetesVersion: "1.34.2" } }, path: "cluster.kubernetesVersion" },
  { rule: "AR054", name: "warns on production auto-upgrades at any time", patch: { production: true, tls: { mode: "byo" }, cluster: { tier: "medium", maintenance: { autoUpgrade: "anytime" } } }, path: "cluster.maintenance.autoUpgrade", severity: "warning" },
  { rule: "AR054", name: "warns on production node OS upgrades at any time", patch: { production: true, tls: { mode: "byo" }, cluster: { tier: "medium", maintenance: { nodeOs: "anytime" } } }, path: "cluster.maintenance.nodeOs", severity: "warning" },
  { rule: "AR056", name: "fails when the stacks would install both Argo CD and Flux", patch: { gitops: { repoUrl: "https://git.example-corp.com/gitops.git", argocd: { enabled: true }, flux: { enabled: true } } }, path: "gitops.flux.install" },
  { rule: "AR056", name: "fails on an ssh credential for an https repository", patch: { gitops: { repoUrl: "https://git.example-corp.com/gitops.git", credentials: "ssh", flux: { enabled: true } } }, path: "gitops.credentials" },
  { rule: "AR056", name: "fails on an https credential for an ssh repository", patch: { gitops: { repoUrl: "git@git.example-corp.com:platform/gitops.git", credentials: "https", argocd: { enabled: true } } }, path: "gitops.credentials" },
  { rule: "AR056", name: "fails on an scp-like URL whose user is not git with Flux installed", patch: { gitops: { repoUrl: "deploy@git.example-corp.com:platform/gitops.git", credentials: "ssh", flux: { enabled: true } } }, path: "gitops.repoUrl" },
  { rule: "AR057", name: "fails on production without a pinned data plane version", patch: { production: true, tls: { mode: "byo" }, cluster: { tier: "medium" }, dataPlane: { version: undefined } }, path: "dataPlane.version" },
];

test("the baseline environment passes every rule", () => {
  expect(run({})).toEqual([]);
});

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  const cases = CASES.filter((c) => c.rule === id);

  test("has a test that triggers it", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const found = ofRule(run(c.patch), id);
    expect(found.map((p) => p.path)).toContain(c.path);
    const p = found.find((f) => f.path === c.path)!;
    expect(p.severity).toBe(c.severity ?? rule.severity);
    expect(p.file).toBe("environments/test.yaml");
    expect(p.fix).toBeTruthy();
    expect(formatProblem(p)).toMatch(new RegExp(`^${p.severity.toUpperCase()} ${id} environments/test\\.yaml: `));
  });
});

describe("waivers", () => {
  const prodNoTls = { production: true, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] } };

  test("a waiver with a reason turns the finding into an info line", () => {
    const problems = run({ ...prodNoTls, waivers: { AR012: "internal demo cluster, no customer traffic" } });
    const p = ofRule(problems, "AR012")[0];
    expect(p.severity).toBe("info");
    expect(p.message).toContain("waived: internal demo cluster");
  });

  test("fails on waiving a rule that cannot be waived", () => {
    const problems = run({ cluster: { network: { pluginMode: "overlay" } }, waivers: { AR001: "we really want to try it anyway" } });
    expect(problems.find((p) => p.path === "waivers.AR001")).toMatchObject({ severity: "error", rule: "AR000" });
    expect(ofRule(problems, "AR001")[0].severity).toBe("error");
  });

  test("fails on waiving an unknown rule id", () => {
    const problems = run({ waivers: { AR999: "no such rule exists here" } });
    expect(problems[0]).toMatchObject({ path: "waivers.AR999", message: "is not a rule id" });
  });
});

test("the credential rule never echoes the credential", () => {
  const problems = run({ observability: { exporters: { otlpHttp: [{ name: "signoz", endpoint: "https://ingest.signoz.cloud", headers: { "signoz-access-token": "s3cr3t-t0ken" } }] } } });
  for (const p of problems) expect(formatProblem(p)).not.toContain("s3cr3t-t0ken");
});

test("no message or --json finding echoes a header value, whichever rule reports it (AR010, AR024, AR025)", () => {
  const secret = "Zm9vOmJhcg-SECRET-42";
  const problems = run({
    observability: {
      exporters: {
        otlpHttp: [
          { name: "a", endpoint: "https://a.example.com/otlp", headers: { Authorization: `Basic ${secret} \${env:A_KEY}`, "X-Other": `${secret}\${X}`, "X-Ref": `\${env:MISSING}${secret}` }, secretName: "otel-a", secretKeys: ["A_KEY"] },
        ],
      },
    },
  });
  expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(["AR010", "AR024", "AR025"]));
  for (const p of problems) {
    expect(formatProblem(p)).not.toContain(secret);
    expect(JSON.stringify(publicProblem(p))).not.toContain(secret);
  }
});

test("AR036 names both fields of a Terraform variable collision", () => {
  const c = CASES.find((x) => x.name.startsWith("fails on two exporter Secret keys mapping"))!;
  const p = ofRule(run(c.patch), "AR036")[0];
  expect(formatProblem(p)).toContain("observability.exporters.otlpHttp[1].secretKeys[0]: maps to Terraform variable otel_a_b_c");
  expect(p.message).toContain("observability.exporters.otlpHttp[0].secretKeys[0]");
});

test("the gateway subnet rules say which address space or cluster subnet, with an example outside it", () => {
  const agic = ofRule(run({ network: { appGatewaySubnet: "192.168.0.0/24" } }), "AR002");
  expect(agic.map((p) => [p.message, p.fix])).toEqual([["must lie inside network.addressSpace 10.224.0.0/12", "pick a /24 inside the address space, e.g. 10.225.0.0/24"]]);
  const agc = ofRule(run({ ingress: { mode: "agc" }, azure: { subscriptionId: SUB }, network: { agcSubnet: "10.224.1.0/25" } }), "AR017");
  expect(agc.map((p) => [p.message, p.fix])).toEqual([
    ["must be at least a /24 (Azure rejects smaller AGC association subnets)", "use a /24 such as 10.226.0.0/24"],
    ["overlaps network.clusterSubnet 10.224.0.0/16", "pick a /24 outside the cluster subnet, e.g. 10.226.0.0/24"],
  ]);
  // An existing cluster's network is not the project's: only the size is checked.
  const existing = ofRule(run({ cluster: { existing: { resourceGroup: "rg-aks" } }, network: { appGatewaySubnet: "192.168.0.0/25" } }), "AR002");
  expect(existing.map((p) => p.message)).toEqual(["must be a /24 (the guide requires it for any cluster that ever used Overlay)"]);
});

test("rule ids are unique and in order", () => {
  const ids = RULES.map((r) => r.id);
  expect(ids).toEqual([...new Set(ids)].sort());
});

test("AR041 is quiet with AGIC (the stacks collect the WAF's logs), with the WAF off, and on AGC outside production with AGC's settings", () => {
  const agc = { azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, ingress: { mode: "agc" } };
  expect(ofRule(run({ production: true, cluster: { tier: "medium" }, tls: { mode: "byo" } }), "AR041")).toEqual([]);
  expect(ofRule(run({ ...agc, production: true, cluster: { tier: "medium" }, tls: { mode: "byo" }, ingress: { mode: "agc", waf: { enabled: false } } }), "AR041")).toEqual([]);
  expect(ofRule(run({ ...agc, ingress: { mode: "agc", waf: { enabled: true } } }), "AR041")).toEqual([]);
});
