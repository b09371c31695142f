import { AppInsights } from "../../stacks/constructs/app-insights";
import { only, synthConstruct } from "./synth-construct";

const props = {
  name: "tars-dp-insights",
  resourceGroupName: "rg-test",
  location: "westeurope",
  workspaceId: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-test/providers/Microsoft.OperationalInsights/workspaces/logs",
  queries: [{ id: "q1", title: "Component query", query: "requests" }],
  workbookSeed: "rg-test/tars-dp-insights/workbook",
};
const wafQuery = { id: "waf", title: "WAF query", query: "AGWFirewallLogs", visualization: "timechart" as const };

/** The workbook's query items, as the provider receives them. */
function items(extra: Partial<ConstructorParameters<typeof AppInsights>[2]> = {}): { name: string; content: Record<string, unknown> }[] {
  const { resource } = synthConstruct((s) => new AppInsights(s, "insights", { ...props, ...extra }));
  const data = JSON.parse(only(resource, "azurerm_application_insights_workbook").data_json) as { items: { type: number; name: string; content: Record<string, unknown> }[] };
  return data.items.filter((i) => i.type === 3);
}

describe("AppInsights", () => {
  test("the component's queries read the component, with no cross-resource scope", () => {
    expect(items()).toEqual([
      { type: 3, name: "q1", content: expect.objectContaining({ resourceType: "microsoft.insights/components", visualization: "table" }) },
    ]);
    expect(items()[0].content.crossComponentResources).toBeUndefined();
  });

  test("workspace queries come after the component's and read the workspace they name", () => {
    const shown = items({ workspaceQueries: { workspaceId: props.workspaceId, queries: [wafQuery] } });
    expect(shown.map((i) => i.name)).toEqual(["q1", "waf"]);
    expect(shown[1].content).toMatchObject({
      resourceType: "microsoft.operationalinsights/workspaces",
      crossComponentResources: [props.workspaceId],
      visualization: "timechart",
    });
  });

  test("the workbook's name is stable for a seed and differs between seeds", () => {
    const name = (seed: string) => only(synthConstruct((s) => new AppInsights(s, "insights", { ...props, workbookSeed: seed })).resource, "azurerm_application_insights_workbook").name;
    expect(name("a")).toBe(name("a"));
    expect(name("a")).not.toBe(name("b"));
    expect(name("a")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
