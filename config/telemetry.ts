// Guide: Appendix C. The collector's exporters as data: what each one is called in the
// collector config, what it accepts (metrics, logs), and which Secret holds its credential.
// The chart renders the ConfigMap from this, the -cluster stack creates the Secrets, and
// the checks ask it which exporters carry logs.
import { collectorReadsKeyVault } from "../plan/key-vault";
import { GUIDE_NAMES } from "../plan/names";
import type { Environment } from "./loader";

/** What the telemetry model reads: the observability block (an Environment or a Plan). */
export type TelemetrySource = { readonly observability: Environment["observability"] };

export interface ExporterSecret {
  /** Secret in tars-dataplane. */
  readonly name: string;
  /** Keys injected into the collector as environment variables of the same name. */
  readonly keys: readonly string[];
  /**
   * Who creates it: `app-insights` (the -cluster stack, from the Application Insights
   * connection string), `variable` (the -cluster stack, from sensitive Terraform variables),
   * `external` (the team delivers it; the YAML only refers to it), or `key-vault` (the Secrets
   * Store CSI driver syncs it from Key Vault while the collector mounts SecretProviderClass
   * otel-collector-secrets; no Terraform variable, never in state).
   */
  readonly source: "app-insights" | "variable" | "external" | "key-vault";
  /** With `key-vault`: each key mapped to the name of its secret in the vault (`keyVault.vaultId`). */
  readonly keyVaultObjects?: Readonly<Record<string, string>>;
}

export interface ExporterSpec {
  /** Component id in the collector config, e.g. `otlphttp/grafana`. */
  readonly id: string;
  /** The exporter's settings; credentials appear only as `${env:KEY}`. */
  readonly config: Record<string, unknown>;
  readonly metrics: boolean;
  readonly logs: boolean;
  readonly secret?: ExporterSecret;
}

/** Environment variable with the pod's IP (downward API); receivers bind to it. */
export const POD_IP_VAR = "MY_POD_IP";

export const COLLECTOR_PORTS = { otlpGrpc: 4317, otlpHttp: 4318, prometheus: 9464, health: 13133 } as const;

/** Where an exporter's Secret comes from: Key Vault when mapped, else `createSecret` (default true). */
export function exporterSecretSource(from: { createSecret?: boolean; keyVaultSecrets?: Record<string, string> }): "variable" | "external" | "key-vault" {
  if (from.keyVaultSecrets) return "key-vault";
  return from.createSecret ?? true ? "variable" : "external";
}

function secretOf(name: string, keys: string[], from: { createSecret?: boolean; keyVaultSecrets?: Record<string, string> }): ExporterSecret {
  const source = exporterSecretSource(from);
  return source === "key-vault" ? { name, keys, source, keyVaultObjects: { ...from.keyVaultSecrets } } : { name, keys, source };
}

/** Every exporter the environment turns on, in a fixed order. */
export function exportersOf(env: TelemetrySource): ExporterSpec[] {
  const x = env.observability.exporters;
  const out: ExporterSpec[] = [];
  if (x.prometheus.enabled) {
    out.push({
      id: "prometheus",
      config: {
        endpoint: `\${env:${POD_IP_VAR}}:${COLLECTOR_PORTS.prometheus}`,
        namespace: "",
        send_timestamps: true,
        metric_expiration: "30m",
        resource_to_telemetry_conversion: { enabled: true },
      },
      metrics: true,
      logs: false,
    });
  }
  if (x.azureMonitor) {
    out.push({
      id: "azuremonitor",
      config: { connection_string: `\${env:${GUIDE_NAMES.azureCredsKey}}` },
      metrics: true,
      logs: true,
      secret: { name: GUIDE_NAMES.azureCredsSecret, keys: [GUIDE_NAMES.azureCredsKey], source: "app-insights" },
    });
  }
  if (x.datadog) {
    out.push({
      id: "datadog",
      config: { api: { key: "${env:DD_API_KEY}", site: x.datadog.site } },
      metrics: true,
      logs: true,
      secret: secretOf(x.datadog.secretName, ["DD_API_KEY"], x.datadog),
    });
  }
  for (const o of x.otlpHttp) {
    out.push({
      id: `otlphttp/${o.name}`,
      config: Object.keys(o.headers).length ? { endpoint: o.endpoint, headers: o.headers } : { endpoint: o.endpoint },
      metrics: true,
      logs: o.logs,
      secret: o.secretName && o.secretKeys.length ? secretOf(o.secretName, [...o.secretKeys], o) : undefined,
    });
  }
  if (x.signalfx) {
    out.push({
      id: "signalfx",
      config: { access_token: "${env:SFX_ACCESS_TOKEN}", realm: x.signalfx.realm },
      metrics: true,
      logs: false,
      secret: secretOf(x.signalfx.secretName, ["SFX_ACCESS_TOKEN"], x.signalfx),
    });
  }
  if (x.otlp) {
    out.push({
      id: "otlp",
      config: { endpoint: x.otlp.endpoint, tls: { insecure: x.otlp.insecure } },
      metrics: true,
      logs: true,
    });
  }
  return out;
}

/**
 * Step c.1's collector configuration, made safe where the collector's own guidance says so:
 * memory_limiter first and batch last in every pipeline, a health_check extension for the
 * probes, and receivers bound to the pod IP instead of 0.0.0.0. Credentials appear only as
 * ${env:KEY}. A logs pipeline exists exactly when access logs are on.
 */
export function collectorConfig(env: TelemetrySource): Record<string, unknown> {
  const exporters = exportersOf(env);
  const podIp = `\${env:${POD_IP_VAR}}`;
  const pipelines: Record<string, unknown> = {
    metrics: {
      receivers: ["otlp"],
      processors: ["memory_limiter", "transform/strip_scope", "batch"],
      exporters: exporters.filter((e) => e.metrics).map((e) => e.id),
    },
  };
  if (env.observability.accessLogs) {
    pipelines.logs = {
      receivers: ["otlp"],
      processors: ["memory_limiter", "batch"],
      exporters: exporters.filter((e) => e.logs).map((e) => e.id),
    };
  }
  return {
    extensions: { health_check: { endpoint: `${podIp}:${COLLECTOR_PORTS.health}` } },
    receivers: {
      otlp: {
        protocols: {
          grpc: { endpoint: `${podIp}:${COLLECTOR_PORTS.otlpGrpc}` },
          http: { endpoint: `${podIp}:${COLLECTOR_PORTS.otlpHttp}` },
        },
      },
    },
    processors: {
      memory_limiter: { check_interval: "1s", limit_percentage: 80, spike_limit_percentage: 25 },
      // Strip envoy's internal dynamic-modules scope prefix so router_* metrics ship with their
      // canonical names (Step c.1).
      "transform/strip_scope": {
        metric_statements: [{ context: "metric", statements: [STRIP_SCOPE_STATEMENT] }],
      },
      batch: { timeout: "5s" },
    },
    exporters: Object.fromEntries(exporters.map((e) => [e.id, e.config])),
    service: { extensions: ["health_check"], pipelines },
  };
}

/** Exactly the guide's OTTL statement: the regex is `^dynamicmodulescustom\.` after OTTL unescaping. */
export const STRIP_SCOPE_STATEMENT = 'replace_pattern(name, "^dynamicmodulescustom\\\\.", "")';

/** Every Secret key the collector reads as an environment variable, with its Secret. */
export function collectorSecretEnv(env: TelemetrySource): { name: string; secret: string }[] {
  return exportersOf(env).flatMap((e) => (e.secret ? e.secret.keys.map((name) => ({ name, secret: e.secret!.name })) : []));
}

/**
 * What SecretProviderClass otel-collector-secrets holds: one Key Vault object per key, mounted
 * under the key's name (objectAlias), and per exporter Secret the keys it syncs. Empty when no
 * exporter takes its credential from Key Vault. The collector mounts it exactly when non-empty.
 */
export function collectorKeyVaultSecrets(env: TelemetrySource): { objects: { objectName: string; alias: string }[]; secrets: { secretName: string; keys: string[] }[] } {
  const objects: { objectName: string; alias: string }[] = [];
  const secrets: { secretName: string; keys: string[] }[] = [];
  if (!collectorReadsKeyVault(env)) return { objects, secrets };
  for (const e of exportersOf(env)) {
    const s = e.secret;
    if (s?.source !== "key-vault" || !s.keyVaultObjects) continue;
    // The mapping is what the driver syncs; AR045 makes its keys those the exporter reads.
    const mapped = Object.entries(s.keyVaultObjects);
    for (const [key, objectName] of mapped) objects.push({ objectName, alias: key });
    secrets.push({ secretName: s.name, keys: mapped.map(([key]) => key) });
  }
  return { objects, secrets };
}

/** Name of the sensitive Terraform variable that feeds one key of a created Secret. */
export function secretVariableName(secretName: string, key: string): string {
  return `${secretName}_${key}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
}

// ---------------------------------------------------------------------------------------
// Queries over router_* (Appendix C): the workbook, the Prometheus rules and the docs use
// these. The endpoint filter drops health-probe and scanner noise.

/** Appendix C, "Filter probe and scanner noise": the data plane's real endpoints. */
export const REAL_ENDPOINTS_PROMQL = 'endpoint=~"^/v1/.*|^/mcp/.*"';
/** The guide's KQL predicate on `endpoint` (Appendix C, "Filter probe and scanner noise"). */
export const REAL_ENDPOINT_PREDICATE = 'endpoint startswith "/v1/" or endpoint startswith "/mcp/"';
export const REAL_ENDPOINTS_KQL = `| extend endpoint = tostring(customDimensions.endpoint)\n| where ${REAL_ENDPOINT_PREDICATE} // Exclude probe and scanner noise`;

export interface KqlQuery {
  readonly id: string;
  readonly title: string;
  readonly query: string;
  readonly visualization?: "table" | "timechart";
}

/** The guide's three Application Insights queries, counters aggregated with max, not sum. */
export const KQL_QUERIES: readonly KqlQuery[] = [
  {
    id: "access-logs",
    title: "Recent envoy access logs",
    query: [
      "traces",
      "| where timestamp > ago(15m)",
      '| extend method = tostring(customDimensions["method"]),',
      '         status = tostring(customDimensions["response_code"]),',
      '         route = tostring(customDimensions["route_name"])',
      '| project timestamp, method, status, route, duration=customDimensions["duration"]',
      "| order by timestamp desc",
    ].join("\n"),
    visualization: "table",
  },
  {
    id: "router-totals",
    title: "router_* metrics: latest cumulative values (max, not sum)",
    query: [
      "customMetrics",
      "| where timestamp > ago(1h)",
      '| where name startswith "router_"',
      REAL_ENDPOINTS_KQL,
      "| summarize total = max(valueSum) by name",
      "| order by name asc",
    ].join("\n"),
    visualization: "table",
  },
  {
    id: "request-rate",
    title: "Per-minute request rate by status code",
    query: [
      "customMetrics",
      "| where timestamp > ago(1h)",
      '| where name == "router_requests_total"',
      REAL_ENDPOINTS_KQL,
      "| extend status = tostring(customDimensions.status_code)",
      "| summarize cum = max(valueSum) by bin(timestamp, 1m), status",
      "| order by status, timestamp asc",
      "| serialize",
      "| extend per_min = cum - prev(cum, 1, 0)",
      "| where per_min >= 0",
      "| render timechart",
    ].join("\n"),
    visualization: "timechart",
  },
];

/**
 * The WAF panel: requests the WAF blocked (Prevention) or would have blocked
 * (Detection), by the rule that matched and the path, from the gateway's firewall log in the
 * resource-specific table AGWFirewallLogs. With the managed rule sets' anomaly scoring, the
 * verdict is a row of rule 949110 (Action Blocked or Detected) and the rules that scored are rows
 * with Action Matched in the same transaction; a custom rule's block is a single Blocked row.
 * The guide's noise filter splits the result: blocks on /v1/ and /mcp/ are real API traffic
 * (false positives to tune), the rest is probes and scanners. docs/waf.md, "Logs and the workbook".
 */
function wafBlocksQuery(apiTraffic: boolean): string {
  return [
    "let since = ago(24h);",
    "let verdicts = AGWFirewallLogs",
    "    | where TimeGenerated > since",
    '    | where Action in ("Blocked", "Detected")',
    "    | distinct TransactionId, verdict = Action;",
    "AGWFirewallLogs",
    "| where TimeGenerated > since",
    "| join kind=inner verdicts on TransactionId",
    '| where RuleId != "949110" // the anomaly-score verdict itself; the rules that scored are what to tune',
    '| extend endpoint = tostring(split(RequestUri, "?")[0])',
    apiTraffic
      ? `| where ${REAL_ENDPOINT_PREDICATE} // Real API traffic: likely false positives`
      : `| where not(${REAL_ENDPOINT_PREDICATE}) // Probe and scanner noise`,
    "| summarize requests = dcount(TransactionId), last_seen = max(TimeGenerated) by verdict, RuleId, endpoint",
    "| order by requests desc",
  ].join("\n");
}

/** Queries over the Log Analytics workspace the gateway's WAF logs go to. */
export const WAF_KQL_QUERIES: readonly KqlQuery[] = [
  {
    id: "waf-api-blocks",
    title: "WAF: blocked requests on /v1/ and /mcp/ by rule and path (false positives to tune)",
    query: wafBlocksQuery(true),
    visualization: "table",
  },
  {
    id: "waf-scanner-blocks",
    title: "WAF: blocked requests on other paths by rule and path (probes and scanners)",
    query: wafBlocksQuery(false),
    visualization: "table",
  },
];

/** The eight router_* metrics (Appendix C, "Available metrics"). */
export const ROUTER_METRICS: readonly { name: string; type: "Counter" | "Histogram"; labels: readonly string[] }[] = [
  { name: "router_requests_total", type: "Counter", labels: ["method", "endpoint", "status_code"] },
  { name: "router_request_duration_ms", type: "Histogram", labels: ["method", "endpoint", "status_code"] },
  { name: "router_errors_total", type: "Counter", labels: ["type", "endpoint", "status", "model", "provider"] },
  { name: "router_streaming_requests_total", type: "Counter", labels: ["model", "provider", "endpoint"] },
  { name: "router_model_requests_total", type: "Counter", labels: ["model", "provider", "endpoint", "byok"] },
  { name: "router_auth_attempts_total", type: "Counter", labels: ["result", "auth_mode"] },
  { name: "router_balance_checks_total", type: "Counter", labels: ["result"] },
  { name: "router_overrun_protections_total", type: "Counter", labels: ["reason"] },
];

// ---------------------------------------------------------------------------------------
// Prometheus rules for router_* (shipped as dist/<env>/monitoring/router-rules.yml, and as a
// PrometheusRule with `exporters.prometheus.operator`). Every rule keeps only /v1 and /mcp.

export interface PrometheusRuleDef {
  readonly record?: string;
  readonly alert?: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface PrometheusRuleGroup {
  readonly name: string;
  readonly rules: readonly PrometheusRuleDef[];
}

export function prometheusRuleGroups(): PrometheusRuleGroup[] {
  const real = REAL_ENDPOINTS_PROMQL;
  return [
    {
      name: "agent-router.recording",
      rules: [
        { record: "router:requests:rate5m", expr: `sum by (endpoint, status_code) (rate(router_requests_total{${real}}[5m]))` },
        { record: "router:errors:rate5m", expr: `sum by (type, provider, model) (rate(router_errors_total{${real}}[5m]))` },
        { record: "router:model_requests:rate5m", expr: `sum by (model, provider) (rate(router_model_requests_total{${real}}[5m]))` },
        {
          record: "router:request_duration_ms:p95_5m",
          expr: `histogram_quantile(0.95, sum by (le, endpoint) (rate(router_request_duration_ms_bucket{${real}}[5m])))`,
        },
      ],
    },
    {
      name: "agent-router.alerts",
      rules: [
        {
          alert: "AgentRouterHighErrorRate",
          expr: `sum(rate(router_requests_total{${real},status_code=~"5.."}[5m])) / sum(rate(router_requests_total{${real}}[5m])) > 0.05`,
          for: "10m",
          labels: { severity: "warning" },
          annotations: {
            summary: "More than 5% of data-plane requests fail with 5xx",
            description: "Probe and scanner traffic is excluded. Check provider routes (kubectl get aigatewayroutes -A) and tare doctor.",
          },
        },
        {
          alert: "AgentRouterSlowResponses",
          expr: `histogram_quantile(0.95, sum by (le) (rate(router_request_duration_ms_bucket{${real}}[5m]))) > 30000`,
          for: "15m",
          labels: { severity: "warning" },
          annotations: { summary: "95th percentile data-plane latency above 30 s" },
        },
        {
          alert: "AgentRouterMetricsAbsent",
          expr: "absent(router_requests_total)",
          for: "30m",
          labels: { severity: "info" },
          annotations: {
            summary: "No router_* metrics reach the collector",
            description:
              "Check the EnvoyProxy metrics sink (it resets on every tare install) and ask the MP operator to verify PROXY_CONFIG (guide Appendix C).",
          },
        },
      ],
    },
  ];
}
