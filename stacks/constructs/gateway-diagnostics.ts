// The WAF: Application Gateway's firewall and access logs go to the environment's
// Log Analytics workspace, in the resource-specific tables (AGWFirewallLogs, AGWAccessLogs) that
// the workbook's WAF panel reads. docs/azure-behaviours.md, "WAF logs and Application Gateway
// for Containers".
import { MonitorDiagnosticSetting } from "../../.gen/providers/azurerm/monitor-diagnostic-setting";
import { Construct } from "constructs";

/**
 * Log categories of Microsoft.Network/applicationGateways (Azure Monitor, "Supported logs for
 * Microsoft.Network/applicationGateways"). The performance log is left out: v2 SKUs do not emit it.
 */
export const APP_GATEWAY_LOG_CATEGORIES = ["ApplicationGatewayAccessLog", "ApplicationGatewayFirewallLog"] as const;

/** Name of the diagnostic setting on the gateway (unique per resource, not per subscription). */
export const GATEWAY_DIAGNOSTIC_SETTING = "agent-router-waf-logs";

export interface GatewayDiagnosticsProps {
  /** Resource ID of the Application Gateway. */
  readonly gatewayId: string;
  /** Resource ID of the Log Analytics workspace. */
  readonly workspaceId: string;
}

export class GatewayDiagnostics extends Construct {
  readonly setting: MonitorDiagnosticSetting;

  constructor(scope: Construct, id: string, props: GatewayDiagnosticsProps) {
    super(scope, id);
    this.setting = new MonitorDiagnosticSetting(this, "Resource", {
      name: GATEWAY_DIAGNOSTIC_SETTING,
      targetResourceId: props.gatewayId,
      logAnalyticsWorkspaceId: props.workspaceId,
      // Resource-specific tables (AGWFirewallLogs, AGWAccessLogs) instead of AzureDiagnostics.
      // The provider reads the value back as Azure returns it (Optional + Computed), so a
      // literal that Azure keeps causes no drift.
      logAnalyticsDestinationType: "Dedicated",
      enabledLog: APP_GATEWAY_LOG_CATEGORIES.map((category) => ({ category })),
      // No metric blocks: `metric` and `enabled_metric` are Optional + Computed in 4.x, so what
      // Azure returns for AllMetrics is kept without a diff.
    });
  }
}
