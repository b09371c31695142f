// Phase platform/: what needs only the -cluster stack and the tare namespaces (Steps 7.2 and
// 8, Appendices A-C). One function per concern, each reading its part of the Plan and handing
// the constructs small, flat props.
import type { App } from "cdk8s";
import { stringifyYaml } from "../../config/fast-yaml";
import type { ObservabilityPlan, Plan } from "../../plan";
import { collectorConfig, collectorSecretEnv, prometheusRuleGroups } from "../../config/telemetry";
import { AGC_NAMES, GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE } from "../../plan/names";
import { WAF_API_PATHS } from "../../plan/waf";
import { AgcIngress } from "../agc-ingress";
import { DataPlaneIngress } from "../data-plane-ingress";
import { addAnnotations, annotateAll, MANAGED_BY_LABELS, NEEDS_CRD } from "../gitops";
import { LetsEncryptIssuer } from "../lets-encrypt-issuer";
import { OtelCollector } from "../otel-collector";
import { PrometheusMonitoring } from "../prometheus-monitoring";
import { stableChart } from "../synth";
import { TlsSync } from "../tls-sync";

type Labels = Record<string, string>;
type AgcPlan = Extract<Plan["ingress"], { mode: "agc" }>;

export function buildPlatform(app: App, plan: Plan): void {
  const labels = { ...MANAGED_BY_LABELS };
  if (plan.ingress.mode === "agic") buildAgicIngress(app, plan, labels);
  else buildAgcGateway(app, plan, plan.ingress, labels);
  if (plan.tls.mode === "key-vault") {
    // The pod that keeps the certificate's Secret synced from the Key Vault (the
    // SecretProviderClass it mounts comes from the -cluster stack).
    new TlsSync(stableChart(app, "tls-sync", undefined, labels), "TlsSync", { image: plan.tls.keyVault.syncImage });
  }
  if (plan.observability.collector.enabled) buildCollector(app, plan, labels);
  if (plan.tls.mode === "cert-manager") buildClusterIssuer(app, plan, labels);
}

/** The data plane's host name; undefined in nip.io mode, where it is the gateway's IP. */
function hostOf(plan: Plan): string | undefined {
  return plan.dns.mode === "nip-io" ? undefined : plan.dns.hostname;
}

/** The ClusterIssuer that issues the certificate; undefined: the Secret is delivered (BYO, Key Vault). */
function issuerOf(plan: Plan): string | undefined {
  return plan.tls.mode === "cert-manager" ? plan.tls.certManager.issuer : undefined;
}

/** Step 7.2 with Appendix B: the Ingress (and, with the WAF, the Ingress of the API paths). */
function buildAgicIngress(app: App, plan: Plan, labels: Labels): void {
  const chart = stableChart(app, "ingress", undefined, labels);
  const tls = plan.tls.mode === "none" ? undefined : { secretName: plan.tls.secretName, clusterIssuer: issuerOf(plan) };
  new DataPlaneIngress(chart, "Ingress", {
    host: hostOf(plan),
    tls,
    // The API paths under the WAF's API policy (docs/waf.md); AR039 requires the subscription.
    wafPolicyForPaths: plan.waf?.on === "agic-gateway" ? { policyId: plan.waf.policies.api.id, paths: WAF_API_PATHS } : undefined,
  });
}

/** Appendix A: Application Gateway for Containers. */
function buildAgcGateway(app: App, plan: Plan, agc: AgcPlan, labels: Labels): void {
  // Cluster-scoped Namespace plus namespaced objects with explicit namespaces: no chart namespace.
  const chart = stableChart(app, "gateway", undefined, labels);
  const issuer = issuerOf(plan);
  const tls =
    plan.tls.mode === "none"
      ? undefined
      : {
          secretName: plan.tls.secretName,
          // cert-manager writes the Secret next to the Gateway; a BYO Secret stays where B.1 creates it.
          secretNamespace: issuer ? agc.namespace : NS_DATAPLANE,
          clusterIssuer: issuer,
        };
  const gateway = new AgcIngress(chart, "Agc", {
    namespace: agc.namespace,
    subnetId: agc.subnetId,
    host: hostOf(plan),
    tls,
    // The policies the -azure stack creates, by resource ID (needs azure.subscriptionId, AR018).
    waf: plan.waf?.on === "agc" ? { gatewayPolicyId: plan.waf.policies.strict.id, routePolicyId: plan.waf.policies.api.id } : undefined,
  });
  // The ALB controller (and the Gateway API CRDs it installs) come from the -cluster stack.
  annotateAll(gateway, NEEDS_CRD, (obj) => obj.apiVersion !== "v1");
}

/** Appendix C, Step c.1: the collector, and the Prometheus Operator's objects when it scrapes. */
function buildCollector(app: App, plan: Plan, labels: Labels): void {
  const o = plan.observability;
  new OtelCollector(stableChart(app, "otel-collector", undefined, labels), "Collector", {
    image: o.collector.image,
    replicas: o.collector.replicas,
    config: stringifyYaml(collectorConfig(plan), { lineWidth: 0 }),
    secretEnv: collectorSecretEnv(plan),
    secretProviderClass: plan.keyVault?.collectorReads ? KEY_VAULT_NAMES.collectorProviderClass : undefined,
    exporterPorts: exporterPorts(o.exporters),
    prometheusScrape: o.exporters.prometheus.enabled,
  });
  if (o.exporters.prometheus.enabled && o.exporters.prometheus.operator) {
    const monitoring = new PrometheusMonitoring(stableChart(app, "prometheus-operator", undefined, labels), "Monitoring", {
      groups: prometheusRuleGroups(),
    });
    annotateAll(monitoring, NEEDS_CRD);
  }
}

/**
 * The TCP ports the collector's exporters connect to: 443 for the SaaS exporters (Azure
 * Monitor, Datadog, Splunk), each OTLP/HTTP endpoint's port, the OTLP/gRPC endpoint's port.
 */
export function exporterPorts(x: ObservabilityPlan["exporters"]): number[] {
  const ports = new Set<number>();
  if (x.azureMonitor || x.datadog || x.signalfx) ports.add(443);
  for (const o of x.otlpHttp) {
    const u = new URL(o.endpoint);
    ports.add(u.port ? Number(u.port) : u.protocol === "http:" ? 80 : 443);
  }
  if (x.otlp) ports.add(Number(x.otlp.endpoint.slice(x.otlp.endpoint.lastIndexOf(":") + 1)));
  return [...ports].sort((a, b) => a - b);
}

/** Step b.2.2: the Let's Encrypt ClusterIssuer, solving HTTP-01 through the data plane's ingress or Gateway. */
function buildClusterIssuer(app: App, plan: Plan, labels: Labels): void {
  if (plan.tls.mode !== "cert-manager") return;
  const certManager = plan.tls.certManager;
  // Cluster-scoped: a chart without a namespace.
  const chart = stableChart(app, "cluster-issuer", undefined, labels);
  const ingress = plan.ingress;
  const le = new LetsEncryptIssuer(chart, "Issuer", {
    name: certManager.issuer,
    email: certManager.email,
    ingressClassName: ingress.mode === "agic" ? GUIDE_NAMES.ingressClass : undefined,
    gateway: ingress.mode === "agc" ? { name: AGC_NAMES.gateway, namespace: ingress.namespace } : undefined,
  });
  addAnnotations(le.resource, NEEDS_CRD);
}
