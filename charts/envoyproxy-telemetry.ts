// Guide: Appendix C, Step c.2 (metrics sink). The EnvoyProxy tars-egress-proxy belongs to
// `tare install`, and every re-run resets its telemetry; this is a partial object for
// server-side apply that a GitOps controller re-applies whenever it drifts. metrics.sinks is
// an atomic list, so the partial replaces it, as the guide's merge patch does. Access logs are
// not here: their lists are atomic too and the guide appends to them (./envoyproxy-access-log.ts).
import { Construct } from "constructs";
import { GUIDE_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../plan/names";
import { COLLECTOR_PORTS } from "../config/telemetry";
import { EnvoyProxy, EnvoyProxySpecTelemetryMetricsSinksType } from "../imports/gateway.envoyproxy.io";

/** The guide's backendRef to the collector's OTLP/gRPC port. */
export const COLLECTOR_BACKEND_REF = {
  group: "",
  kind: "Service",
  name: GUIDE_NAMES.collector,
  namespace: NS_DATAPLANE,
  port: COLLECTOR_PORTS.otlpGrpc,
  weight: 1,
} as const;


export class EnvoyProxyTelemetryPatch extends Construct {
  readonly resource: EnvoyProxy;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const backendRefs = [{ ...COLLECTOR_BACKEND_REF }];
    this.resource = new EnvoyProxy(this, "Resource", {
      metadata: { name: GUIDE_NAMES.envoyProxy, namespace: NS_SYSTEM },
      spec: {
        telemetry: {
          metrics: { sinks: [{ type: EnvoyProxySpecTelemetryMetricsSinksType.OPEN_TELEMETRY, openTelemetry: { backendRefs } }] },
        },
      },
    });
  }
}
