// Guide: Appendix C. The Log Analytics workspace, Container Insights, the WAF's logs and
// Application Insights (Azure Monitor exporter) with its workbook.
import { TerraformOutput } from "cdktf";
import { KQL_QUERIES, WAF_KQL_QUERIES } from "../../config/telemetry";
import { AppInsights } from "../constructs/app-insights";
import type { AppGateway } from "../constructs/app-gateway";
import type { ClusterRef } from "../constructs/cluster-ref";
import { ContainerInsights } from "../constructs/container-insights";
import { GatewayDiagnostics } from "../constructs/gateway-diagnostics";
import { LogAnalytics } from "../constructs/log-analytics";
import type { AzureSite } from "./site";

/** The workspace, when Container Insights (on a cluster the project creates), Azure Monitor or the WAF's logs need it. */
export function logAnalytics(site: AzureSite): LogAnalytics | undefined {
  const { stack, plan } = site;
  const workspace = plan.observability.workspace;
  if (!workspace) return undefined;
  return new LogAnalytics(stack, "LogAnalytics", {
    name: `${plan.cluster.name}-logs`,
    resourceGroupName: site.resourceGroup.name,
    location: plan.azure.location,
    existingWorkspaceId: workspace.created ? undefined : workspace.id,
  });
}

/** Container Insights of a cluster the project creates (`cluster.containerInsights`). */
export function containerInsights(site: AzureSite, workspace: LogAnalytics | undefined, cluster: ClusterRef): void {
  const { stack, plan } = site;
  if (!plan.cluster.owned || !plan.cluster.containerInsights || !workspace) return;
  const location = plan.azure.location;
  new ContainerInsights(stack, "ContainerInsights", {
    name: `MSCI-${location}-${plan.cluster.name}`.slice(0, 64),
    resourceGroupName: site.resourceGroup.name,
    location,
    workspaceId: workspace.workspaceId,
    clusterId: cluster.id,
  });
}

/** The WAF's firewall and access logs to the workspace (resource-specific tables), from the gateway Terraform creates. */
export function gatewayDiagnostics(site: AzureSite, gateway: AppGateway | undefined, workspace: LogAnalytics | undefined): GatewayDiagnostics | undefined {
  if (!gateway || !workspace || !site.plan.waf?.logsToWorkspace) return undefined;
  return new GatewayDiagnostics(site.stack, "AppGatewayDiagnostics", { gatewayId: gateway.resource.id, workspaceId: workspace.workspaceId });
}

/** Guide: Appendix C, Azure Monitor: Application Insights and its workbook; the WAF panel reads the gateway's logs (docs/waf.md). */
export function applicationInsights(site: AzureSite, workspace: LogAnalytics | undefined, diagnostics: GatewayDiagnostics | undefined): AppInsights | undefined {
  const { stack, plan } = site;
  const azureMonitor = plan.observability.exporters.azureMonitor;
  if (!azureMonitor || !workspace) return undefined;
  const appInsights = new AppInsights(stack, "AppInsights", {
    name: azureMonitor.applicationInsightsName,
    resourceGroupName: site.resourceGroup.name,
    location: plan.azure.location,
    workspaceId: workspace.workspaceId,
    queries: KQL_QUERIES,
    workspaceQueries: diagnostics ? { workspaceId: workspace.workspaceId, queries: WAF_KQL_QUERIES } : undefined,
    workbookSeed: `${plan.azure.resourceGroup}/${azureMonitor.applicationInsightsName}/workbook`,
  });
  new TerraformOutput(stack, "application_insights_name", { value: appInsights.component.name });
  return appInsights;
}
