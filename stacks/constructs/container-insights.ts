// Guide: Azure permissions (Container Insights) and the AGIC row LinkedAuthorizationFailed.
// With managed-identity auth the OMS agent needs a data collection rule; `az aks create`
// makes one, Terraform has to.
import { MonitorDataCollectionRule } from "../../.gen/providers/azurerm/monitor-data-collection-rule";
import { MonitorDataCollectionRuleAssociation } from "../../.gen/providers/azurerm/monitor-data-collection-rule-association";
import { Construct } from "constructs";

/** The "Logs and events" preset of Container Insights: the cost-optimised default. */
export const CONTAINER_INSIGHTS_STREAMS = ["Microsoft-ContainerLogV2", "Microsoft-KubeEvents", "Microsoft-KubePodInventory"];

export interface ContainerInsightsProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly workspaceId: string;
  readonly clusterId: string;
}

export class ContainerInsights extends Construct {
  constructor(scope: Construct, id: string, props: ContainerInsightsProps) {
    super(scope, id);
    const rule = new MonitorDataCollectionRule(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      description: "Container Insights for the Agent Router data plane cluster",
      destinations: { logAnalytics: [{ name: "ciworkspace", workspaceResourceId: props.workspaceId }] },
      dataFlow: [{ streams: CONTAINER_INSIGHTS_STREAMS, destinations: ["ciworkspace"] }],
      dataSources: {
        extension: [
          {
            name: "ContainerInsightsExtension",
            extensionName: "ContainerInsights",
            streams: CONTAINER_INSIGHTS_STREAMS,
            extensionJson: JSON.stringify({
              dataCollectionSettings: { interval: "1m", namespaceFilteringMode: "Off", enableContainerLogV2: true },
            }),
          },
        ],
      },
    });
    new MonitorDataCollectionRuleAssociation(this, "Association", {
      name: "ContainerInsightsExtension",
      targetResourceId: props.clusterId,
      dataCollectionRuleId: rule.id,
      description: "Deleting this association stops Container Insights for the cluster.",
    });
  }
}
