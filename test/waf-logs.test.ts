// The WAF's logs reach the Log Analytics workspace (a diagnostic setting on the
// Terraform-created gateway) and the workbook shows what the WAF blocked, split by the guide's
// noise filter.
import { wafLogsToWorkspace } from "../plan/waf";
import { KQL_QUERIES, REAL_ENDPOINT_PREDICATE, WAF_KQL_QUERIES } from "../config/telemetry";
import { APP_GATEWAY_LOG_CATEGORIES, GATEWAY_DIAGNOSTIC_SETTING } from "../stacks/constructs/gateway-diagnostics";
import { checkEnvironment } from "../checks";
import { renderOperatorFiles } from "../runbook";
import { PlanError, planOf, resolve } from "../plan";
import { loadEnv, makeEnv, resourcesOf, synthStacks, type TfJson } from "./helpers";

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const WORKSPACE_ID = "/subscriptions/7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/shared";
const MONITOR = { observability: { exporters: { azureMonitor: {} } } };

function diagnostics(json: TfJson): Any[] {
  return resourcesOf(json, "azurerm_monitor_diagnostic_setting") as Any[];
}

function workbookItems(json: TfJson): Any[] {
  const workbook = resourcesOf(json, "azurerm_application_insights_workbook")[0] as Any;
  return JSON.parse(workbook.data_json).items;
}

describe("WAF logs to Log Analytics (-azure stack)", () => {
  test.each(["Prevention", "Detection"] as const)("WAF on in %s: the gateway's firewall and access logs go to the workspace, resource-specific", (mode) => {
    const { azureJson } = synthStacks(makeEnv({ azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, ingress: { waf: { enabled: true, mode } }, ...MONITOR }));
    const [setting] = diagnostics(azureJson);
    expect(diagnostics(azureJson)).toHaveLength(1);
    expect(setting).toEqual(
      expect.objectContaining({
        name: GATEWAY_DIAGNOSTIC_SETTING,
        target_resource_id: expect.stringMatching(/^\$\{azurerm_application_gateway\.\w+\.id\}$/),
        log_analytics_workspace_id: expect.stringMatching(/^\$\{azurerm_log_analytics_workspace\.\w+\.id\}$/),
        log_analytics_destination_type: "Dedicated",
        enabled_log: [{ category: "ApplicationGatewayAccessLog" }, { category: "ApplicationGatewayFirewallLog" }],
      }),
    );
    // metric/enabled_metric are Optional + Computed in azurerm 4.x: left out, no drift.
    expect(setting.metric).toBeUndefined();
    expect(setting.enabled_metric).toBeUndefined();
  });

  test("the setting's name passes the provider's MonitorDiagnosticSettingName (1-260 chars, none of <>*%&:\\?+/)", () => {
    expect(GATEWAY_DIAGNOSTIC_SETTING).not.toMatch(/[<>*%&:\\?+/]/);
    expect(GATEWAY_DIAGNOSTIC_SETTING.length).toBeGreaterThanOrEqual(1);
    expect(GATEWAY_DIAGNOSTIC_SETTING.length).toBeLessThanOrEqual(260);
    expect(APP_GATEWAY_LOG_CATEGORIES).not.toContain("ApplicationGatewayPerformanceLog");
  });

  test("production turns the WAF on by default, and with it the logs", () => {
    const env = makeEnv({ production: true, azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, tls: { mode: "byo" } });
    expect(wafLogsToWorkspace(env)).toBe(true);
    expect(diagnostics(synthStacks(env).azureJson)).toHaveLength(1);
  });

  test("the workspace is created for the WAF's logs when nothing else needs it", () => {
    const env = makeEnv({ azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, ingress: { waf: { enabled: true } }, cluster: { containerInsights: false } });
    const { azureJson } = synthStacks(env);
    expect(resourcesOf(azureJson, "azurerm_log_analytics_workspace")).toEqual([expect.objectContaining({ name: "tars-test-logs" })]);
    expect(diagnostics(azureJson)[0].log_analytics_workspace_id).toMatch(/azurerm_log_analytics_workspace\.\w+\.id/);
  });

  test("an existing workspace (azureMonitor.logAnalyticsWorkspaceId) receives the logs and is what the panel reads", () => {
    const env = makeEnv({ azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, ingress: { waf: { enabled: true } }, observability: { exporters: { azureMonitor: { logAnalyticsWorkspaceId: WORKSPACE_ID } } } });
    const { azureJson } = synthStacks(env);
    expect(resourcesOf(azureJson, "azurerm_log_analytics_workspace")).toEqual([]);
    expect(diagnostics(azureJson)[0].log_analytics_workspace_id).toBe(WORKSPACE_ID);
    const waf = workbookItems(azureJson).filter((i) => i.name.startsWith("waf-"));
    expect(waf.map((i) => i.content.crossComponentResources)).toEqual([[WORKSPACE_ID], [WORKSPACE_ID]]);
  });

  test("no setting with the WAF off, nor when the add-on creates the gateway (no Terraform resource to attach it to)", () => {
    expect(diagnostics(synthStacks(makeEnv({ ingress: { waf: { enabled: false } }, ...MONITOR })).azureJson)).toEqual([]);
    const addon = makeEnv({ azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, ingress: { waf: { enabled: true }, agic: { gateway: "addon" } }, cluster: { containerInsights: false } });
    expect(wafLogsToWorkspace(addon)).toBe(false);
    // The checks refuse that file (AR039), so nothing is synthesized from it, and the plan says why.
    expect(checkEnvironment(loadEnv({ ingress: { waf: { enabled: true }, agic: { gateway: "addon" } } })).map((p) => p.rule)).toContain("AR039");
    expect(() => resolve(addon)).toThrow(PlanError);
  });
});

describe("the workbook's WAF panel", () => {
  const { azureJson } = synthStacks(makeEnv({ azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, ingress: { waf: { enabled: true } }, ...MONITOR }));
  const items = workbookItems(azureJson);
  const queryItems = items.filter((i) => i.type === 3);

  test("the component's queries come first and stay scoped to the component; the WAF queries read the workspace", () => {
    expect(queryItems.map((i) => i.name)).toEqual([...KQL_QUERIES.map((q) => q.id), "waf-api-blocks", "waf-scanner-blocks"]);
    for (const item of queryItems.slice(0, KQL_QUERIES.length)) {
      expect(item.content.resourceType).toBe("microsoft.insights/components");
      expect(item.content.crossComponentResources).toBeUndefined();
    }
    for (const item of queryItems.slice(KQL_QUERIES.length)) {
      expect(item.content.resourceType).toBe("microsoft.operationalinsights/workspaces");
      expect(item.content.crossComponentResources).toEqual([expect.stringMatching(/^\$\{azurerm_log_analytics_workspace\.\w+\.id\}$/)]);
      expect(item.content.query).toMatch(/^let since = ago\(24h\);\nlet verdicts = AGWFirewallLogs/);
    }
  });

  test("blocked (Prevention) and would-be-blocked (Detection) requests, by rule and path, without the anomaly-score verdict row", () => {
    for (const q of WAF_KQL_QUERIES) {
      expect(q.query).toContain('| where Action in ("Blocked", "Detected")');
      expect(q.query).toContain("| join kind=inner verdicts on TransactionId");
      expect(q.query).toContain('| where RuleId != "949110"');
      expect(q.query).toContain("by verdict, RuleId, endpoint");
      expect(q.query).toContain('| extend endpoint = tostring(split(RequestUri, "?")[0])');
    }
  });

  test("the guide's noise filter splits API traffic (false positives) from probes and scanners", () => {
    const [api, scanners] = WAF_KQL_QUERIES.map((q) => q.query);
    expect(REAL_ENDPOINT_PREDICATE).toBe('endpoint startswith "/v1/" or endpoint startswith "/mcp/"');
    expect(api).toContain(`| where ${REAL_ENDPOINT_PREDICATE} //`);
    expect(scanners).toContain(`| where not(${REAL_ENDPOINT_PREDICATE}) //`);
    expect(api).not.toContain("not(");
  });

  test("no WAF panel without the WAF's logs", () => {
    const off = workbookItems(synthStacks(makeEnv({ ingress: { waf: { enabled: false } }, ...MONITOR })).azureJson);
    expect(off.filter((i) => i.type === 3).map((i) => i.name)).toEqual(KQL_QUERIES.map((q) => q.id));
  });
});

test("docs/waf.md shows the API panel's query as the workbook runs it, and the scanner panel's one different line", () => {
  const fs = require("fs") as typeof import("fs");
  const doc = fs.readFileSync(require("path").join(__dirname, "..", "docs", "waf.md"), "utf8");
  const [api, scanners] = WAF_KQL_QUERIES.map((q) => q.query);
  expect(doc).toContain("```kusto\n" + api + "\n```");
  const differing = scanners.split("\n").filter((line) => !api.split("\n").includes(line));
  expect(differing).toHaveLength(1);
  expect(doc).toContain("```kusto\n" + differing[0] + "\n```");
});

describe("ARCHITECTURE.md names the workspace the -azure stack creates", () => {
  const SUB = { azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" } };
  const row = (patch: Record<string, unknown>) =>
    renderOperatorFiles(planOf(makeEnv(patch)))
      .find((f) => f.path === "ARCHITECTURE.md")!
      .content.split("\n")
      .find((l) => l.includes("stack `test-azure`"));

  test("a workspace only for the WAF's logs is listed (it was missing: only Container Insights counted)", () => {
    expect(row({ ...SUB, ingress: { waf: { enabled: true } }, cluster: { containerInsights: false } })).toContain("Log Analytics");
  });

  test("an existing workspace named by the Azure Monitor exporter is not the stack's", () => {
    expect(row({ observability: { exporters: { azureMonitor: { logAnalyticsWorkspaceId: WORKSPACE_ID } } } })).not.toContain("Log Analytics");
    expect(row({ cluster: { containerInsights: false } })).not.toContain("Log Analytics");
    expect(row({})).toContain("Log Analytics");
  });
});
