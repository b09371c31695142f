// The cluster side of one environment: every chart, rendered into dist/<env>/ by phase.
//   platform/           what needs only the -cluster stack and the tare namespaces
//   telemetry-patches/  what needs the data plane itself (tare install, Step 6)
// Each phase has its own kustomization.yaml; the root one lists the phases in order.
import { createHash } from "crypto";
import { ApiObject, App } from "cdk8s";
import type { k8s } from "cdk8s-plus-33";
import { stringify } from "yaml";
import { agcSubnetId, agcWafPolicyIds, wafApiPolicyId } from "../config/derived";
import { tlsEnabled } from "../plan/endpoint";
import { gitopsPath } from "../plan/gitops";
import { collectorReadsKeyVault } from "../plan/key-vault";
import { AGC_NAMES, GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE } from "../plan/names";
import { WAF_API_PATHS, wafOnAgicGateway } from "../plan/waf";
import type { Environment } from "../config/loader";
import { environmentOf, type Plan } from "../plan";
import { collectorConfig, collectorSecretEnv, prometheusRuleGroups } from "../config/telemetry";
import { PINNED } from "../config/presets";
import { AgcIngress } from "./agc-ingress";
import { ArgoCdApplication } from "./argocd-application";
import { DataPlaneIngress } from "./data-plane-ingress";
import { EgressRestart } from "./egress-restart";
import { EnvoyProxyAccessLog } from "./envoyproxy-access-log";
import { EnvoyProxyTelemetryPatch } from "./envoyproxy-telemetry";
import { FluxDelivery } from "./flux-delivery";
import { ArgoCdProject, FluxServiceAccount, type DeliveredObject } from "./gitops-access";
import { addAnnotations, annotateAll, MANAGED_BY_LABELS, NEEDS_CRD, PARTIAL_OBJECT, SYNC_WAVE, type Phase } from "./gitops";
import { LetsEncryptIssuer } from "./lets-encrypt-issuer";
import { OtelCollector } from "./otel-collector";
import { PrometheusMonitoring } from "./prometheus-monitoring";
import { renderCharts, stableChart, type ManifestFile } from "./synth";
import { TlsSync } from "./tls-sync";

export type { ManifestFile } from "./synth";

export const PHASES: readonly Phase[] = ["platform", "telemetry-patches"];

/** Every manifest of the environment, with the kustomization files, keyed by path under dist/<env>/. */
export function renderManifests(plan: Plan): ManifestFile[] {
  const env = environmentOf(plan);
  const files: ManifestFile[] = [];
  const phaseDirs: string[] = [];
  const delivered: DeliveredObject[] = [];
  for (const phase of PHASES) {
    const app = new App();
    buildPhase(app, env, phase);
    delivered.push(...deliveredObjects(app));
    // Argo CD applies the phases in order (the Flux equivalent is one Kustomization per phase).
    annotateAll(app, { "argocd.argoproj.io/sync-wave": SYNC_WAVE[phase] });
    const rendered = renderCharts(app, phase);
    if (!rendered.length) continue;
    files.push(...withKustomization(phase, rendered));
    phaseDirs.push(phase);
  }
  files.push(kustomization("", phaseDirs));
  const gitops = renderGitops(env, phaseDirs, delivered);
  if (gitops.length) files.push(...withKustomization("gitops", gitops));
  if (env.observability.collector.enabled && env.observability.exporters.prometheus.enabled) {
    files.push({ path: "monitoring/router-rules.yml", content: stringify({ groups: prometheusRuleGroups() }) });
  }
  return files;
}

/** The files rendered into `dir`, followed by the kustomization.yaml that lists them. */
function withKustomization(dir: string, files: readonly ManifestFile[]): ManifestFile[] {
  return [...files, kustomization(dir, files.map((f) => f.path.slice(dir.length + 1)))];
}

function kustomization(dir: string, resources: readonly string[]): ManifestFile {
  const doc = { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [...resources] };
  return { path: dir ? `${dir}/kustomization.yaml` : "kustomization.yaml", content: stringify(doc) };
}

/**
 * dist/<env>/gitops/: what points Argo CD or Flux at dist/<env>/. Not part of the root
 * kustomization: it is applied once, by hand or by an app-of-apps (`kubectl apply -k gitops`).
 */
function renderGitops(env: Environment, phases: readonly string[], delivered: readonly DeliveredObject[]): ManifestFile[] {
  const g = env.gitops;
  if (!g.repoUrl || (!g.argocd.enabled && !g.flux.enabled)) return [];
  const app = new App();
  const name = `agent-router-${env.name}`;
  const labels = { ...MANAGED_BY_LABELS };
  if (g.argocd.enabled) {
    const chart = stableChart(app, "argocd-application", undefined, labels);
    // Unless the environment names a project of its own, one that allows only this folder.
    if (!g.argocd.project) {
      new ArgoCdProject(chart, "Project", {
        name,
        namespace: g.argocd.namespace,
        repoUrl: g.repoUrl,
        destinationServer: g.argocd.destinationServer,
        objects: delivered,
      });
    }
    new ArgoCdApplication(chart, "Application", {
      name,
      namespace: g.argocd.namespace,
      project: g.argocd.project ?? name,
      repoUrl: g.repoUrl,
      revision: g.revision,
      path: gitopsPath(env),
      destinationServer: g.argocd.destinationServer,
    });
  }
  if (g.flux.enabled) {
    const chart = stableChart(app, "flux", undefined, labels);
    new FluxServiceAccount(chart, "Access", { name, namespace: g.flux.namespace, objects: delivered });
    new FluxDelivery(chart, "Flux", {
      name,
      namespace: g.flux.namespace,
      serviceAccountName: name,
      repoUrl: g.repoUrl,
      branch: g.revision,
      path: gitopsPath(env),
      phases,
      interval: g.flux.interval,
    });
  }
  return renderCharts(app, "gitops");
}

/**
 * The TCP ports the collector's exporters connect to: 443 for the SaaS exporters (Azure
 * Monitor, Datadog, Splunk), each OTLP/HTTP endpoint's port, the OTLP/gRPC endpoint's port.
 */
function exporterPorts(env: Environment): number[] {
  const x = env.observability.exporters;
  const ports = new Set<number>();
  if (x.azureMonitor || x.datadog || x.signalfx) ports.add(443);
  for (const o of x.otlpHttp) {
    const u = new URL(o.endpoint);
    ports.add(u.port ? Number(u.port) : u.protocol === "http:" ? 80 : 443);
  }
  if (x.otlp) ports.add(Number(x.otlp.endpoint.slice(x.otlp.endpoint.lastIndexOf(":") + 1)));
  return [...ports].sort((a, b) => a - b);
}

/** Every object a phase delivers: kind, name, namespace, and the rules of its Roles. */
function deliveredObjects(app: App): DeliveredObject[] {
  const out: DeliveredObject[] = [];
  for (const child of app.node.findAll()) {
    if (!(child instanceof ApiObject)) continue;
    // Only a Role's rules need the rendered object (toJson resolves the whole object; the charts are rendered later).
    const role = child.kind === "Role" || child.kind === "ClusterRole";
    const rules = role ? ((child.toJson() as { rules?: k8s.PolicyRule[] }).rules ?? []) : undefined;
    out.push({ apiVersion: child.apiVersion, kind: child.kind, name: child.name, namespace: child.metadata.namespace, rules });
  }
  return out;
}

function buildPhase(app: App, env: Environment, phase: Phase): void {
  if (phase === "platform") buildPlatform(app, env);
  else buildTelemetryPatches(app, env);
}

/** Appendix C, Steps c.2-c.3 and "Forwarding access logs": what needs the data plane to exist. */
function buildTelemetryPatches(app: App, env: Environment): void {
  const o = env.observability;
  if (!o.collector.enabled) return;
  if (o.metricsSink) {
    // Not the project's object: no ownership labels on it.
    const patch = new EnvoyProxyTelemetryPatch(stableChart(app, "envoyproxy-telemetry"), "Patch");
    addAnnotations(patch.resource, PARTIAL_OBJECT);
    if (o.restartEgress) {
      const checksum = createHash("sha256").update(JSON.stringify(patch.resource.toJson())).digest("hex");
      new EgressRestart(stableChart(app, "egress-restart", undefined, { ...MANAGED_BY_LABELS }), "Restart", {
        image: PINNED.kubectlImage,
        patchChecksum: checksum,
      });
    }
  }
  if (o.accessLogs) {
    // Appended to the live object by a CronJob, never part of the server-side-apply partial.
    new EnvoyProxyAccessLog(stableChart(app, "envoyproxy-access-log", undefined, { ...MANAGED_BY_LABELS }), "AccessLog", {
      image: PINNED.kubectlImage,
      restartEgress: o.restartEgress,
    });
  }
}

function buildPlatform(app: App, env: Environment): void {
  const labels = { ...MANAGED_BY_LABELS };
  const host = env.dns.hostname;
  const tls = tlsEnabled(env) ? env.tls : undefined;
  const issuer = env.tls.mode === "cert-manager" ? env.tls.certManager.issuer : undefined;

  if (env.ingress.mode === "agic") {
    const chart = stableChart(app, "ingress", undefined, labels);
    new DataPlaneIngress(chart, "Ingress", {
      host: env.dns.mode === "nip-io" ? undefined : host,
      tls: tls ? { secretName: tls.secretName, clusterIssuer: issuer } : undefined,
      // The API paths under the WAF's API policy (docs/waf.md); AR039 requires the subscription.
      wafPolicyForPaths: wafOnAgicGateway(env) ? { policyId: wafApiPolicyId(env) ?? "", paths: WAF_API_PATHS } : undefined,
    });
  }

  if (env.ingress.mode === "agc") {
    // Cluster-scoped Namespace plus namespaced objects with explicit namespaces: no chart namespace.
    const chart = stableChart(app, "gateway", undefined, labels);
    const waf = agcWafPolicyIds(env);
    const agc = new AgcIngress(chart, "Agc", {
      namespace: env.ingress.agc.namespace,
      subnetId: agcSubnetId(env) ?? "",
      host,
      tls: tls
        ? {
            secretName: tls.secretName,
            // cert-manager writes the Secret next to the Gateway; a BYO Secret stays where B.1 creates it.
            secretNamespace: issuer ? env.ingress.agc.namespace : NS_DATAPLANE,
            clusterIssuer: issuer,
          }
        : undefined,
      // The policies the -azure stack creates, by resource ID (needs azure.subscriptionId, AR018).
      waf: waf ? { gatewayPolicyId: waf.gateway, routePolicyId: waf.api } : undefined,
    });
    // The ALB controller (and the Gateway API CRDs it installs) come from the -cluster stack.
    annotateAll(agc, NEEDS_CRD, (obj) => obj.apiVersion !== "v1");
  }

  if (env.tls.mode === "key-vault" && env.tls.keyVault) {
    // The pod that keeps the certificate's Secret synced from the Key Vault (the
    // SecretProviderClass it mounts comes from the -cluster stack).
    new TlsSync(stableChart(app, "tls-sync", undefined, labels), "TlsSync", { image: env.tls.keyVault.syncImage });
  }

  const o = env.observability;
  if (o.collector.enabled) {
    // Appendix C, Step c.1.
    new OtelCollector(stableChart(app, "otel-collector", undefined, labels), "Collector", {
      image: o.collector.image,
      replicas: o.collector.replicas,
      config: stringify(collectorConfig(env), { lineWidth: 0 }),
      secretEnv: collectorSecretEnv(env),
      secretProviderClass: collectorReadsKeyVault(env) ? KEY_VAULT_NAMES.collectorProviderClass : undefined,
      exporterPorts: exporterPorts(env),
      prometheusScrape: o.exporters.prometheus.enabled,
    });
    if (o.exporters.prometheus.enabled && o.exporters.prometheus.operator) {
      const monitoring = new PrometheusMonitoring(stableChart(app, "prometheus-operator", undefined, labels), "Monitoring", {
        groups: prometheusRuleGroups(),
      });
      annotateAll(monitoring, NEEDS_CRD);
    }
  }

  if (issuer && env.tls.certManager.email) {
    // Cluster-scoped: a chart without a namespace.
    const chart = stableChart(app, "cluster-issuer", undefined, labels);
    const le = new LetsEncryptIssuer(chart, "Issuer", {
      name: issuer,
      email: env.tls.certManager.email,
      ingressClassName: env.ingress.mode === "agic" ? GUIDE_NAMES.ingressClass : undefined,
      gateway: env.ingress.mode === "agc" ? { name: AGC_NAMES.gateway, namespace: env.ingress.agc.namespace } : undefined,
    });
    addAnnotations(le.resource, NEEDS_CRD);
  }
}
