// Guide: Appendix C ("an in-cluster Prometheus can scrape http://otel-collector.tars-dataplane.svc:9464/metrics").
// For Prometheus operator users: a ServiceMonitor on the collector's Service and the router_*
// rules as a PrometheusRule (the same rules ship as a plain file in monitoring/).
import { Construct } from "constructs";
import { GUIDE_NAMES, NS_DATAPLANE } from "../plan/names";
import type { PrometheusRuleGroup } from "../config/telemetry";
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr, ServiceMonitor } from "../imports/monitoring.coreos.com";
import { COLLECTOR_LABELS } from "./otel-collector";

export interface PrometheusMonitoringProps {
  readonly groups: readonly PrometheusRuleGroup[];
}

export class PrometheusMonitoring extends Construct {
  constructor(scope: Construct, id: string, props: PrometheusMonitoringProps) {
    super(scope, id);
    new ServiceMonitor(this, "ServiceMonitor", {
      metadata: { name: GUIDE_NAMES.collector, namespace: NS_DATAPLANE },
      spec: {
        selector: { matchLabels: { ...COLLECTOR_LABELS } },
        endpoints: [{ port: "prometheus", interval: "30s" }],
      },
    });
    new PrometheusRule(this, "Rules", {
      metadata: { name: "agent-router", namespace: NS_DATAPLANE },
      spec: {
        groups: props.groups.map((g) => ({
          name: g.name,
          rules: g.rules.map((r) => ({ ...r, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr) })),
        })),
      },
    });
  }
}
