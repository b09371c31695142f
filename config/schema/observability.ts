// The `observability` block: the collector and its exporters.
import { z } from "zod";
import { PINNED } from "../presets";
import { appInsightsName, k8sName, keyVaultObjectName, pinnedImage, safeUrl, text, userKeys } from "./fields";

const SecretRef = {
  secretName: k8sName.describe("Secret in tars-dataplane holding the credential; the collector reads it as environment variables."),
  createSecret: z
    .boolean()
    .optional()
    .describe(
      "Let the `-cluster` stack create the Secret from a sensitive Terraform variable. `false`: you deliver it (External Secrets, CSI, kubectl). Default: true, unless `keyVaultSecrets` is given (then the Secrets Store CSI driver syncs it from Key Vault, and setting `createSecret` is AR045).",
    ),
  keyVaultSecrets: userKeys(
    z
      .record(text().regex(/^[A-Z][A-Z0-9_]*$/, "must be an environment variable name such as DD_API_KEY"), keyVaultObjectName)
      .refine((m) => Object.keys(m).length > 0, { message: "must map at least one key, such as DD_API_KEY: datadog-api-key" }),
  )
    .optional()
    .describe(
      "The credential from Key Vault instead of a Terraform variable, so it never enters Terraform state: each key the collector reads (an environment variable name) mapped to the name of a secret in the top-level `keyVault` vault. The `-cluster` stack then creates no variable and no Secret; the collector mounts SecretProviderClass otel-collector-secrets and the Secrets Store CSI driver syncs `secretName` from the vault (docs/observability.md). Default: none (a sensitive variable or your own Secret).",
    ),
};

const OtlpHttpExporter = z
  .strictObject({
    name: text()
      .regex(/^[a-z][a-z0-9]{0,19}$/, "must be 1-20 lowercase letters or digits, starting with a letter")
      .describe("Suffix of the exporter id (`otlphttp/<name>`)."),
    endpoint: safeUrl(["https", "http"], "https://otlp-gateway-prod-eu-west-0.grafana.net/otlp").describe("OTLP/HTTP endpoint."),
    headers: userKeys(z.record(text().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "must be an HTTP header name such as Authorization or X-Scope-OrgID"), text().max(8192)))
      .default({})
      .describe("Request headers. Credentials only as `${env:KEY}` with KEY one of `secretKeys`."),
    secretName: SecretRef.secretName.optional(),
    secretKeys: z
      .array(text().regex(/^[A-Z][A-Z0-9_]*$/, "must be an environment variable name such as GRAFANA_CLOUD_AUTH"))
      .refine((keys) => new Set(keys).size === keys.length, { message: "must not list a key twice" })
      .default([])
      .describe("Keys of `secretName` injected as environment variables."),
    createSecret: SecretRef.createSecret,
    keyVaultSecrets: SecretRef.keyVaultSecrets,
    logs: z.boolean().default(true).describe("Send access logs to this exporter when `accessLogs` is on."),
  })
  .describe("An OTLP/HTTP backend: Grafana Cloud, SigNoz Cloud, or an in-cluster one (Appendix C, Other backends).");

const Exporters = z
  .strictObject({
    prometheus: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Expose router_* on otel-collector.tars-dataplane.svc:9464 (Step c.1)."),
        operator: z
          .boolean()
          .default(false)
          .describe("Also emit a ServiceMonitor and a PrometheusRule for the Prometheus operator (its CRDs must exist)."),
      })
      .prefault({}),
    azureMonitor: z
      .strictObject({
        logAnalyticsWorkspaceId: text()
          .regex(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.OperationalInsights\/workspaces\/[^/]+$/i, "must be a Log Analytics workspace resource ID")
          .optional()
          .describe("Reuse this workspace instead of the one the project creates."),
        applicationInsightsName: appInsightsName.default("tars-dp-insights").describe("Application Insights component name."),
      })
      .optional()
      .describe("Azure Monitor / Application Insights (Appendix C example). Present = enabled."),
    datadog: z
      .strictObject({
        site: text()
          .regex(/^[a-z0-9.]+$/, "must be a Datadog site such as datadoghq.com or datadoghq.eu")
          .default("datadoghq.com")
          .describe("Datadog site of the organization."),
        secretName: SecretRef.secretName.default("otel-datadog-creds"),
        createSecret: SecretRef.createSecret,
        keyVaultSecrets: SecretRef.keyVaultSecrets,
      })
      .optional()
      .describe("Datadog (key DD_API_KEY). Present = enabled."),
    signalfx: z
      .strictObject({
        realm: text().regex(/^[a-z0-9]+$/, "must be a Splunk realm such as us0 or eu0").describe("Splunk Observability realm."),
        secretName: SecretRef.secretName.default("otel-signalfx-creds"),
        createSecret: SecretRef.createSecret,
        keyVaultSecrets: SecretRef.keyVaultSecrets,
      })
      .optional()
      .describe("Splunk Observability (key SFX_ACCESS_TOKEN). Present = enabled."),
    otlpHttp: z.array(OtlpHttpExporter).default([]),
    otlp: z
      .strictObject({
        endpoint: text()
          .regex(/^[a-z0-9.-]+:\d+$/, "must be HOST:PORT, such as signoz-otel-collector.signoz.svc:4317")
          .describe("In-cluster OTLP/gRPC endpoint."),
        insecure: z.boolean().default(false).describe("Plaintext gRPC (in-cluster only)."),
      })
      .optional()
      .describe("An in-cluster OTLP/gRPC backend (SigNoz, Jaeger, Tempo). Present = enabled."),
  })
  .describe("Where the collector sends telemetry; any combination (Appendix C).");

export const Observability = z
  .strictObject({
    collector: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Deploy the OpenTelemetry collector (Step c.1)."),
        image: pinnedImage
          .default(PINNED.otelCollectorImage)
          .describe("Collector image, pinned: `repository:tag`, or `repository:tag@sha256:<digest>` to pin its content (the collector reads every exporter credential; docs/security.md, AR047)."),
        replicas: z.number().int().min(1).max(10).default(1).describe("Collector replicas."),
      })
      .prefault({}),
    metricsSink: z
      .boolean()
      .default(true)
      .describe("Patch the EnvoyProxy metrics sink to the collector (Step c.2)."),
    accessLogs: z
      .boolean()
      .default(false)
      .describe("Forward envoy access logs (\"Forwarding access logs\"): a CronJob appends the collector sink to the live EnvoyProxy when missing (Path A, or Path B when it has no accessLog block), keeping tare's default access logs."),
    restartEgress: z
      .boolean()
      .default(true)
      .describe("Restart deployment/egress after the patches are applied (Step c.3), from a Job (an Argo CD PostSync hook) named after the patch, and from the access-log CronJob when it changed something."),
    exporters: Exporters.prefault({}),
  })
  .describe("Telemetry (Appendix C).");
