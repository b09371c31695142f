// Guide Appendix C: the collector, its exporters, the EnvoyProxy patches, Azure Monitor.
import * as fs from "fs";
import { App, Chart } from "cdk8s";
import * as path from "path";
import { parse } from "yaml";
import { EgressRestart } from "../charts/egress-restart";
import { KQL_QUERIES, prometheusRuleGroups, REAL_ENDPOINTS_PROMQL, ROUTER_METRICS } from "../config/telemetry";
import { GRAFANA } from "./fixtures/modes";
import { findObject, makeEnv, objectsOf, renderFiles, resourcesOf, ROOT, synthStacks, type K8sObject } from "./helpers";

type Any = any;
const collectorConfigOf = (objects: K8sObject[]): Any => parse((findObject(objects, "ConfigMap", "otel-collector-config") as Any).data["config.yaml"]);
const containerOf = (objects: K8sObject[]): Any => (findObject(objects, "Deployment", "otel-collector") as Any).spec.template.spec.containers[0];

const SIGNOZ = {
  name: "signoz",
  endpoint: "https://ingest.eu.signoz.cloud:443",
  headers: { "signoz-access-token": "${env:SIGNOZ_ACCESS_TOKEN}" },
  secretName: "otel-signoz-creds",
  secretKeys: ["SIGNOZ_ACCESS_TOKEN"],
};

describe("Step c.1: the collector", () => {
  const objects = objectsOf(makeEnv());

  test("ConfigMap, Deployment and Service with the guide's names, all in tars-dataplane", () => {
    for (const [kind, name] of [["ConfigMap", "otel-collector-config"], ["Deployment", "otel-collector"], ["Service", "otel-collector"]]) {
      expect(findObject(objects, kind, name).metadata.namespace).toBe("tars-dataplane");
    }
  });

  test("ports: OTLP gRPC 4317, OTLP HTTP 4318, Prometheus 9464", () => {
    expect((findObject(objects, "Service", "otel-collector") as Any).spec.ports).toEqual([
      { name: "otlp-grpc", port: 4317, targetPort: 4317 },
      { name: "otlp-http", port: 4318, targetPort: 4318 },
      { name: "prometheus", port: 9464, targetPort: 9464 },
    ]);
    expect(containerOf(objects).ports.map((p: Any) => p.containerPort)).toEqual([4317, 4318, 9464, 13133]);
  });

  test("the guide's image (pinned), mount path, requests and limits", () => {
    const c = containerOf(objects);
    expect(c.image).toBe("otel/opentelemetry-collector-contrib:0.98.0");
    expect(c.volumeMounts).toEqual([{ name: "config", mountPath: "/etc/otelcol-contrib", readOnly: true }]);
    expect(c.resources).toEqual({ requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "250m", memory: "256Mi" } });
  });

  test("the image is overridable", () => {
    const c = containerOf(objectsOf(makeEnv({ observability: { collector: { image: "otel/opentelemetry-collector-contrib:0.111.0" } } })));
    expect(c.image).toBe("otel/opentelemetry-collector-contrib:0.111.0");
  });

  test("restricted security context, no service-account token, probes on the health_check extension", () => {
    const pod = (findObject(objects, "Deployment", "otel-collector") as Any).spec.template.spec;
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    const c = pod.containers[0];
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ["ALL"] },
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(c.livenessProbe.httpGet).toEqual({ path: "/", port: "health" });
    expect(c.readinessProbe.httpGet).toEqual({ path: "/", port: "health" });
  });

  test("a config change rolls the pods: the pod template carries the config's checksum", () => {
    const checksum = (o: K8sObject[]) => (findObject(o, "Deployment", "otel-collector") as Any).spec.template.metadata.annotations["checksum/config"];
    const other = objectsOf(makeEnv({ observability: { exporters: { datadog: {} } } }));
    expect(checksum(objects)).toMatch(/^[0-9a-f]{64}$/);
    expect(checksum(other)).not.toBe(checksum(objects));
    expect(checksum(objectsOf(makeEnv()))).toBe(checksum(objects));
  });

  test("receivers and the health check bind to the pod IP from the downward API", () => {
    const config = collectorConfigOf(objects);
    expect(config.receivers.otlp.protocols).toEqual({ grpc: { endpoint: "${env:MY_POD_IP}:4317" }, http: { endpoint: "${env:MY_POD_IP}:4318" } });
    expect(config.extensions.health_check.endpoint).toBe("${env:MY_POD_IP}:13133");
    expect(containerOf(objects).env[0]).toEqual({ name: "MY_POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } });
    expect(JSON.stringify(config)).not.toContain("0.0.0.0");
  });

  test("the guide's processors: transform/strip_scope with its exact statement, batch 5s", () => {
    const config = collectorConfigOf(objects);
    expect(config.processors["transform/strip_scope"]).toEqual({
      metric_statements: [{ context: "metric", statements: ['replace_pattern(name, "^dynamicmodulescustom\\\\.", "")'] }],
    });
    expect(config.processors.batch).toEqual({ timeout: "5s" });
  });

  test("the guide's prometheus exporter: empty namespace, timestamps, 30m expiration, resource-to-telemetry", () => {
    expect(collectorConfigOf(objects).exporters.prometheus).toEqual({
      endpoint: "${env:MY_POD_IP}:9464",
      namespace: "",
      send_timestamps: true,
      metric_expiration: "30m",
      resource_to_telemetry_conversion: { enabled: true },
    });
  });

  test("memory_limiter first and batch last in every pipeline", () => {
    const config = collectorConfigOf(objectsOf(makeEnv({ observability: { accessLogs: true, exporters: { datadog: {} } } })));
    for (const pipeline of Object.values<Any>(config.service.pipelines)) {
      expect(pipeline.processors[0]).toBe("memory_limiter");
      expect(pipeline.processors.at(-1)).toBe("batch");
    }
    expect(config.service.extensions).toEqual(["health_check"]);
  });

  test("no logs pipeline unless access logs are on", () => {
    expect(collectorConfigOf(objects).service.pipelines.logs).toBeUndefined();
  });
});

describe("exporters", () => {
  const configWith = (exporters: Record<string, unknown>, accessLogs = true) => {
    const objects = objectsOf(makeEnv({ observability: { accessLogs, exporters } }));
    return { config: collectorConfigOf(objects), container: containerOf(objects) };
  };

  test("azuremonitor: the connection string as ${env:APP_INSIGHTS_CONN_STR} from Secret otel-azure-creds", () => {
    const { config, container } = configWith({ azureMonitor: {} });
    expect(config.exporters.azuremonitor).toEqual({ connection_string: "${env:APP_INSIGHTS_CONN_STR}" });
    expect(container.env).toContainEqual({ name: "APP_INSIGHTS_CONN_STR", valueFrom: { secretKeyRef: { name: "otel-azure-creds", key: "APP_INSIGHTS_CONN_STR" } } });
    expect(config.service.pipelines.metrics.exporters).toEqual(["prometheus", "azuremonitor"]);
    expect(config.service.pipelines.logs.exporters).toEqual(["azuremonitor"]);
  });

  test("datadog: api key from a Secret, site configurable", () => {
    const { config, container } = configWith({ datadog: { site: "datadoghq.eu" } });
    expect(config.exporters.datadog).toEqual({ api: { key: "${env:DD_API_KEY}", site: "datadoghq.eu" } });
    expect(container.env).toContainEqual({ name: "DD_API_KEY", valueFrom: { secretKeyRef: { name: "otel-datadog-creds", key: "DD_API_KEY" } } });
  });

  test("otlphttp: Grafana Cloud and SigNoz Cloud with their credential headers from Secrets", () => {
    const { config, container } = configWith({ otlpHttp: [GRAFANA, SIGNOZ] });
    expect(config.exporters["otlphttp/grafana"]).toEqual({ endpoint: GRAFANA.endpoint, headers: GRAFANA.headers });
    expect(config.exporters["otlphttp/signoz"]).toEqual({ endpoint: SIGNOZ.endpoint, headers: SIGNOZ.headers });
    expect(container.env.map((e: Any) => e.name)).toEqual(["MY_POD_IP", "GRAFANA_CLOUD_AUTH", "SIGNOZ_ACCESS_TOKEN"]);
    expect(config.service.pipelines.logs.exporters).toEqual(["otlphttp/grafana", "otlphttp/signoz"]);
  });

  test("signalfx (Splunk) takes metrics but not access logs", () => {
    const { config } = configWith({ signalfx: { realm: "eu0" }, otlp: { endpoint: "signoz-otel-collector.signoz.svc:4317", insecure: true } });
    expect(config.exporters.signalfx).toEqual({ access_token: "${env:SFX_ACCESS_TOKEN}", realm: "eu0" });
    expect(config.service.pipelines.metrics.exporters).toContain("signalfx");
    expect(config.service.pipelines.logs.exporters).toEqual(["otlp"]);
  });

  test("otlp to an in-cluster backend needs no credential", () => {
    const { config, container } = configWith({ otlp: { endpoint: "tempo.observability.svc:4317" } }, false);
    expect(config.exporters.otlp).toEqual({ endpoint: "tempo.observability.svc:4317", tls: { insecure: false } });
    expect(container.env).toHaveLength(1);
  });

  test("prometheus never carries logs", () => {
    const { config } = configWith({ azureMonitor: {} });
    expect(config.service.pipelines.logs.exporters).not.toContain("prometheus");
  });

  test("every credential reference uses ${env:NAME}, never ${NAME}", () => {
    const text = renderFiles(makeEnv({ observability: { accessLogs: true, exporters: { azureMonitor: {}, datadog: {}, signalfx: { realm: "us0" }, otlpHttp: [GRAFANA, SIGNOZ] } } })).get("platform/otel-collector.k8s.yaml")!;
    expect(text).not.toMatch(/\$\{(?!env:)/);
  });
});

describe("Secrets for the collector (-cluster stack)", () => {
  const env = makeEnv({ observability: { exporters: { azureMonitor: {}, datadog: {}, otlpHttp: [GRAFANA, { ...SIGNOZ, createSecret: false }] } } });
  const { clusterJson } = synthStacks(env);
  const secrets = resourcesOf(clusterJson, "kubernetes_secret_v1") as Any[];

  test("otel-azure-creds carries the Application Insights connection string from the -azure stack", () => {
    const azure = secrets.find((s) => s.metadata.name === "otel-azure-creds");
    expect(azure.metadata.namespace).toMatch(/kubernetes_namespace_v1\.NamespaceDataplane/);
    expect(azure.data).toEqual({ APP_INSIGHTS_CONN_STR: expect.stringMatching(/terraform_remote_state.*application_insights.*connection_string/) });
  });

  test("other credentials come from sensitive variables", () => {
    expect(secrets.find((s) => s.metadata.name === "otel-datadog-creds").data).toEqual({ DD_API_KEY: "${var.otel_datadog_creds_dd_api_key}" });
    expect(clusterJson.variable!.otel_datadog_creds_dd_api_key).toMatchObject({ sensitive: true, type: "string" });
    expect(clusterJson.variable!.otel_grafana_creds_grafana_cloud_auth).toMatchObject({ sensitive: true });
  });

  test("a Secret the team delivers itself is only referenced", () => {
    expect(secrets.map((s) => s.metadata.name).sort()).toEqual(["otel-azure-creds", "otel-datadog-creds", "otel-grafana-creds"]);
  });
});

describe("Steps c.2 and c.3: the EnvoyProxy patches and the egress restart", () => {
  const objects = objectsOf(makeEnv({ observability: { accessLogs: true, exporters: { azureMonitor: {} } } }));
  const patch = findObject(objects, "EnvoyProxy", "tars-egress-proxy") as Any;
  const backendRef = { group: "", kind: "Service", name: "otel-collector", namespace: "tars-dataplane", port: 4317, weight: 1 };

  test("a partial object for tars-egress-proxy in tars-system: the metrics sink only (access logs are appended by a CronJob)", () => {
    expect(patch.metadata.namespace).toBe("tars-system");
    expect(patch.spec).toEqual({ telemetry: { metrics: { sinks: [{ type: "OpenTelemetry", openTelemetry: { backendRefs: [backendRef] } }] } } });
  });

  test("server-side apply that merges, never pruned or deleted with the GitOps object, not labelled as the project's", () => {
    expect(patch.metadata.annotations).toMatchObject({
      "argocd.argoproj.io/sync-options": expect.stringContaining("ServerSideApply=true"),
      "kustomize.toolkit.fluxcd.io/ssa": "Merge",
      "kustomize.toolkit.fluxcd.io/prune": "disabled",
      "argocd.argoproj.io/sync-wave": "10",
    });
    expect(patch.metadata.annotations["argocd.argoproj.io/sync-options"].split(",")).toEqual(expect.arrayContaining(["Prune=false", "Delete=false"]));
    expect(patch.metadata.labels).toBeUndefined();
  });

  test("metrics only by default: no access-log CronJob unless access logs are on", () => {
    expect(objectsOf(makeEnv()).filter((o) => o.kind === "CronJob")).toEqual([]);
  });

  test("access logs without the metrics sink: the CronJob, no partial object, no restart Job", () => {
    const only = objectsOf(makeEnv({ observability: { accessLogs: true, metricsSink: false, exporters: { azureMonitor: {} } } }));
    expect(only.filter((o) => ["EnvoyProxy", "Job", "CronJob"].includes(o.kind)).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(["CronJob/envoyproxy-access-log"]);
  });

  const restartJob = (o: K8sObject[]) => o.find((x) => x.kind === "Job" && x.metadata.name.startsWith("egress-restart-")) as Any;

  test("the restart Job may only restart deployment/egress", () => {
    const role = findObject(objects, "Role", "egress-restart") as Any;
    expect(role.rules).toEqual([{ apiGroups: ["apps"], resources: ["deployments"], resourceNames: ["egress"], verbs: ["get", "patch"] }]);
    const job = restartJob(objects);
    expect(job.metadata.annotations).toMatchObject({ "argocd.argoproj.io/hook": "PostSync", "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation,HookSucceeded" });
    expect(job.spec.template.spec.containers[0]).toMatchObject({
      image: "registry.k8s.io/kubectl:v1.34.0",
      command: ["kubectl"],
      args: ["rollout", "restart", "deployment/egress", "--namespace", "tars-dataplane"],
    });
  });

  test("a changed restart Job is a Job of another name: its pod template is immutable, so re-applying under the old name would fail", () => {
    // kubectl apply of a changed template under the same name is rejected (spec.template: field is immutable).
    const name = (props: { image: string; patchChecksum: string }) => new EgressRestart(new Chart(new App(), "c"), "R", props).job.toJson().metadata.name;
    const base = { image: "registry.k8s.io/kubectl:v1.34.0", patchChecksum: "a" };
    expect(restartJob(objects).metadata.name).toMatch(/^egress-restart-[0-9a-f]{10}$/);
    expect(name(base)).toBe(name({ ...base }));
    expect(name({ ...base, patchChecksum: "b" })).not.toBe(name(base));
    expect(name({ ...base, image: "registry.k8s.io/kubectl:v1.34.1" })).not.toBe(name(base));
  });

  test("the access-log CronJob: pinned kubectl image with bash, restricted, its own least-privilege Roles", () => {
    const cron = findObject(objects, "CronJob", "envoyproxy-access-log") as Any;
    expect(cron.spec).toMatchObject({ schedule: "*/5 * * * *", concurrencyPolicy: "Forbid" });
    const pod = cron.spec.jobTemplate.spec.template.spec;
    expect(pod.serviceAccountName).toBe("envoyproxy-access-log");
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(pod.containers[0]).toMatchObject({ image: "registry.k8s.io/kubectl:v1.34.0", command: ["/bin/bash", "-c"], securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false } });
    const roles = objects.filter((o) => o.kind === "Role" && o.metadata.name === "envoyproxy-access-log").map((r) => [r.metadata.namespace, (r as Any).rules]);
    expect(roles).toEqual([
      ["tars-system", [{ apiGroups: ["gateway.envoyproxy.io"], resources: ["envoyproxies"], resourceNames: ["tars-egress-proxy"], verbs: ["get", "patch"] }]],
      ["tars-dataplane", [{ apiGroups: ["apps"], resources: ["deployments"], resourceNames: ["egress"], verbs: ["get", "patch"] }]],
    ]);
  });

  test("the patches come after the data plane: their own phase", () => {
    const files = renderFiles(makeEnv());
    expect(files.get("telemetry-patches/kustomization.yaml")).toContain("envoyproxy-telemetry.k8s.yaml");
    expect(files.get("kustomization.yaml")).toMatch(/- platform\n\s+- telemetry-patches/);
  });

  test("no patch when the collector is off", () => {
    const off = objectsOf(makeEnv({ observability: { collector: { enabled: false }, metricsSink: false } }));
    expect(off.filter((o) => ["EnvoyProxy", "Job", "CronJob", "Deployment"].includes(o.kind))).toEqual([]);
  });
});

describe("Azure Monitor (-azure stack)", () => {
  const { azureJson } = synthStacks(makeEnv({ observability: { exporters: { azureMonitor: {} } } }));

  test("workspace-based Application Insights tars-dp-insights", () => {
    expect(resourcesOf(azureJson, "azurerm_application_insights")).toEqual([
      expect.objectContaining({ name: "tars-dp-insights", application_type: "web", workspace_id: expect.stringMatching(/azurerm_log_analytics_workspace\.\w+\.id/) }),
    ]);
  });

  test("the workbook's source_id is the lower-cased component ID (the provider rejects upper case)", () => {
    const workbook = resourcesOf(azureJson, "azurerm_application_insights_workbook")[0] as Any;
    expect(workbook.source_id).toMatch(/^\$\{lower\(azurerm_application_insights\.\w+\.id\)\}$/);
  });

  test("a workbook with the guide's three queries: max, not sum, and the endpoint filter", () => {
    const workbook = resourcesOf(azureJson, "azurerm_application_insights_workbook")[0] as Any;
    expect(workbook.name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const data = JSON.parse(workbook.data_json);
    const queries = data.items.filter((i: Any) => i.type === 3).map((i: Any) => i.content.query);
    expect(queries).toEqual(KQL_QUERIES.map((q) => q.query));
    const metricQueries = queries.filter((q: string) => q.startsWith("customMetrics"));
    expect(metricQueries).toHaveLength(2);
    for (const q of metricQueries) {
      expect(q).toContain("max(valueSum)");
      expect(q).not.toContain("sum(valueSum)");
      expect(q).toContain('where endpoint startswith "/v1/" or endpoint startswith "/mcp/"');
    }
  });

  test("an existing Log Analytics workspace can be reused by id", () => {
    const id = "/subscriptions/x/resourceGroups/rg-test/providers/Microsoft.OperationalInsights/workspaces/shared";
    const reused = synthStacks(makeEnv({ observability: { exporters: { azureMonitor: { logAnalyticsWorkspaceId: id } } } })).azureJson;
    expect(resourcesOf(reused, "azurerm_log_analytics_workspace")).toEqual([]);
    expect((resourcesOf(reused, "azurerm_application_insights")[0] as Any).workspace_id).toBe(id);
  });

  test("no Application Insights without the azuremonitor exporter", () => {
    expect(resourcesOf(synthStacks(makeEnv()).azureJson, "azurerm_application_insights")).toEqual([]);
  });
});

describe("Prometheus rules", () => {
  test("shipped in dist/<env>/monitoring/, every router_* query filtered to real endpoints", () => {
    const rules = parse(renderFiles(makeEnv()).get("monitoring/router-rules.yml")!);
    expect(rules.groups.map((g: Any) => g.name)).toEqual(["agent-router.recording", "agent-router.alerts"]);
    for (const rule of prometheusRuleGroups().flatMap((g) => g.rules)) {
      if (!rule.expr.startsWith("absent(")) expect(rule.expr).toContain(REAL_ENDPOINTS_PROMQL);
    }
  });

  test("with the Prometheus operator: a ServiceMonitor on the collector and a PrometheusRule", () => {
    const objects = objectsOf(makeEnv({ observability: { exporters: { prometheus: { operator: true } } } }));
    expect((findObject(objects, "ServiceMonitor", "otel-collector") as Any).spec).toEqual({
      selector: { matchLabels: { app: "otel-collector" } },
      endpoints: [{ port: "prometheus", interval: "30s" }],
    });
    expect(findObject(objects, "Service", "otel-collector").metadata.labels).toMatchObject({ app: "otel-collector" });
    expect((findObject(objects, "PrometheusRule", "agent-router") as Any).spec.groups).toHaveLength(2);
  });
});

test("docs/observability.md lists all eight router_* metrics with their labels", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs", "observability.md"), "utf8");
  expect(ROUTER_METRICS).toHaveLength(8);
  for (const m of ROUTER_METRICS) expect(doc).toContain(`| \`${m.name}\` | ${m.type} | ${m.labels.join(", ")} |`);
});
