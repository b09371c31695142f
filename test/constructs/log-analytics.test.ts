import { LogAnalytics } from "../../stacks/constructs/log-analytics";
import { only, synthConstruct } from "./synth-construct";

const props = { name: "log-test", resourceGroupName: "rg-test", location: "westeurope" };

describe("LogAnalytics", () => {
  test("creates a PerGB2018 workspace with 30 days of retention by default", () => {
    const { resource } = synthConstruct((s) => new LogAnalytics(s, "logs", props));
    expect(only(resource, "azurerm_log_analytics_workspace")).toMatchObject({ name: "log-test", sku: "PerGB2018", retention_in_days: 30 });
  });

  test("keeps the retention it is given", () => {
    const { resource } = synthConstruct((s) => new LogAnalytics(s, "logs", { ...props, retentionInDays: 90 }));
    expect(only(resource, "azurerm_log_analytics_workspace").retention_in_days).toBe(90);
  });

  test("reuses an existing workspace: creates nothing and returns its id", () => {
    const existing = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/shared";
    let workspaceId = "";
    const { resource } = synthConstruct((s) => {
      workspaceId = new LogAnalytics(s, "logs", { ...props, existingWorkspaceId: existing }).workspaceId;
    });
    expect(resource).toEqual({});
    expect(workspaceId).toBe(existing);
  });
});
