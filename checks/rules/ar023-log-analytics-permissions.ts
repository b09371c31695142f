import type { Rule } from "../rule";
import { finding } from "../rule";

/** AGIC row LinkedAuthorizationFailed: Container Insights on a workspace in another resource group. */
export const logAnalyticsPermissions: Rule = {
  id: "AR023",
  severity: "warning",
  title: "Container Insights on a workspace in another resource group",
  guide: "Troubleshooting → AGIC: LinkedAuthorizationFailed ... Microsoft.OperationalInsights/workspaces/sharedkeys/read",
  waivable: true,
  check(env) {
    const id = env.observability.exporters.azureMonitor?.logAnalyticsWorkspaceId;
    if (!env.cluster.containerInsights || !id) return [];
    const rg = id.split("/")[4];
    if (rg.toLowerCase() === env.azure.resourceGroup.toLowerCase()) return [];
    return [
      finding(
        "observability.exporters.azureMonitor.logAnalyticsWorkspaceId",
        `links Container Insights to a workspace in resource group "${rg}"; applying fails with LinkedAuthorizationFailed unless the operator holds Log Analytics Contributor there`,
        `grant the identity that applies the stack Log Analytics Contributor on "${rg}", or set cluster.containerInsights: false`,
        id,
      ),
    ];
  },
};
