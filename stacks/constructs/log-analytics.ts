// Guide: Azure permissions ("Log Analytics Contributor | The linked Log Analytics RG") and
// Appendix C ("reusing the AKS Log Analytics workspace"). Creates the workspace, or reuses one.
import { LogAnalyticsWorkspace } from "../../.gen/providers/azurerm/log-analytics-workspace";
import { Construct } from "constructs";

export interface LogAnalyticsProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** Reuse this workspace instead of creating one. @default create */
  readonly existingWorkspaceId?: string;
  /** @default 30 */
  readonly retentionInDays?: number;
}

export class LogAnalytics extends Construct {
  readonly workspaceId: string;

  constructor(scope: Construct, id: string, props: LogAnalyticsProps) {
    super(scope, id);
    if (props.existingWorkspaceId) {
      this.workspaceId = props.existingWorkspaceId;
      return;
    }
    const workspace = new LogAnalyticsWorkspace(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sku: "PerGB2018",
      retentionInDays: props.retentionInDays ?? 30,
    });
    this.workspaceId = workspace.id;
  }
}
