// Guide: Appendix C, "Example: Azure monitor / application insights": a workspace-based
// Application Insights component and a Workbook with the guide's queries (the default
// Application Insights panes stay empty for envoy data).
import { ApplicationInsights } from "../../.gen/providers/azurerm/application-insights";
import { ApplicationInsightsWorkbook } from "../../.gen/providers/azurerm/application-insights-workbook";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { createHash } from "crypto";
import type { KqlQuery } from "../../config/telemetry";

export interface AppInsightsProps {
  /** Component name; the guide uses tars-dp-insights. */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly workspaceId: string;
  /** Queries shown in the workbook, in order. */
  readonly queries: readonly KqlQuery[];
  /**
   * Queries over a Log Analytics workspace (the WAF's logs), shown after `queries`. The
   * component's own queries are scoped to the component; these to the workspace.
   * @default none
   */
  readonly workspaceQueries?: { readonly workspaceId: string; readonly queries: readonly KqlQuery[] };
  /** Seed of the workbook's GUID name, so it is stable across synths. */
  readonly workbookSeed: string;
}

export class AppInsights extends Construct {
  readonly component: ApplicationInsights;
  /** Sensitive: lives in Terraform state and reaches the cluster only as a Secret. */
  readonly connectionString: string;

  constructor(scope: Construct, id: string, props: AppInsightsProps) {
    super(scope, id);
    this.component = new ApplicationInsights(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      applicationType: "web",
      workspaceId: props.workspaceId,
    });
    this.connectionString = this.component.connectionString;
    new ApplicationInsightsWorkbook(this, "Workbook", {
      name: deterministicGuid(props.workbookSeed),
      displayName: "Agent Router data plane",
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      // The provider validates source_id with StringDoesNotContainUpperCaseLetter, again at
      // apply once the ID is known; component IDs hold "resourceGroups" and "Microsoft.Insights".
      // docs/azure-behaviours.md, "Workbook source_id".
      sourceId: Fn.lower(this.component.id),
      category: "workbook",
      dataJson: JSON.stringify(workbook(props.queries, this.component.id, props.workspaceQueries)),
    });
  }
}

function workbook(
  queries: readonly KqlQuery[],
  componentId: string,
  workspaceQueries?: { readonly workspaceId: string; readonly queries: readonly KqlQuery[] },
): object {
  return {
    version: "Notebook/1.0",
    items: [
      {
        type: 1,
        name: "intro",
        content: {
          json:
            "## Agent Router data plane\nrouter_* counters are cumulative: totals use `max(valueSum)`, rates use deltas. " +
            "Metric panels keep only /v1/ and /mcp/ endpoints (probe and scanner noise filtered).",
        },
      },
      ...queries.map((q) => kqlItem(q, { resourceType: "microsoft.insights/components" })),
      // A query item reads the resources in crossComponentResources, of resourceType; without
      // them it reads the workbook's own resource (the component), which holds no WAF logs.
      // docs/azure-behaviours.md, "WAF logs and Application Gateway for Containers".
      ...(workspaceQueries
        ? workspaceQueries.queries.map((q) =>
            kqlItem(q, { resourceType: "microsoft.operationalinsights/workspaces", crossComponentResources: [workspaceQueries.workspaceId] }),
          )
        : []),
    ],
    fallbackResourceIds: [componentId],
  };
}

/** A GUID derived from a seed (name-based, like a v5 UUID), for resources named by GUID. */
export function deterministicGuid(seed: string): string {
  const h = createHash("sha1").update(seed).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** One workbook query item (KqlItem/1.0) reading `scope`. */
function kqlItem(
  q: { readonly id: string; readonly title: string; readonly query: string; readonly visualization?: string },
  scope: { readonly resourceType: string; readonly crossComponentResources?: readonly string[] },
) {
  return {
    type: 3,
    name: q.id,
    content: {
      version: "KqlItem/1.0",
      title: q.title,
      query: q.query,
      size: 0,
      queryType: 0,
      resourceType: scope.resourceType,
      ...(scope.crossComponentResources ? { crossComponentResources: [...scope.crossComponentResources] } : {}),
      visualization: q.visualization ?? "table",
    },
  };
}
