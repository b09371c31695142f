// Guide: Appendix C, Step c.2 (metrics sink) and "Forwarding access logs" Path B. The
// EnvoyProxy tars-egress-proxy belongs to `tare install`, and every re-run resets its
// telemetry; this is a partial object for server-side apply that a GitOps controller
// re-applies whenever it drifts. For access logs it owns the whole accessLog block: the
// default sink, if a tare build ships one, is replaced.
import { Construct } from "constructs";
import { GUIDE_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../config/derived";
import { COLLECTOR_PORTS } from "../config/telemetry";
import {
  EnvoyProxy,
  EnvoyProxySpecTelemetryAccessLogSettingsSinksType,
  EnvoyProxySpecTelemetryMetricsSinksType,
} from "../imports/gateway.envoyproxy.io";

/** The guide's backendRef to the collector's OTLP/gRPC port. */
export const COLLECTOR_BACKEND_REF = {
  group: "",
  kind: "Service",
  name: GUIDE_NAMES.collector,
  namespace: NS_DATAPLANE,
  port: COLLECTOR_PORTS.otlpGrpc,
  weight: 1,
} as const;

export interface EnvoyProxyTelemetryPatchProps {
  /** Step c.2: push router_* and envoy stats to the collector. */
  readonly metrics: boolean;
  /** Forward access logs (Path B). */
  readonly accessLogs: boolean;
}

export class EnvoyProxyTelemetryPatch extends Construct {
  readonly resource: EnvoyProxy;

  constructor(scope: Construct, id: string, props: EnvoyProxyTelemetryPatchProps) {
    super(scope, id);
    if (!props.metrics && !props.accessLogs) {
      throw new Error(`EnvoyProxyTelemetryPatch ${id}: nothing to patch (metrics and accessLogs are both off)`);
    }
    const backendRefs = [{ ...COLLECTOR_BACKEND_REF }];
    this.resource = new EnvoyProxy(this, "Resource", {
      metadata: { name: GUIDE_NAMES.envoyProxy, namespace: NS_SYSTEM },
      spec: {
        telemetry: {
          metrics: props.metrics
            ? { sinks: [{ type: EnvoyProxySpecTelemetryMetricsSinksType.OPEN_TELEMETRY, openTelemetry: { backendRefs } }] }
            : undefined,
          accessLog: props.accessLogs
            ? { settings: [{ sinks: [{ type: EnvoyProxySpecTelemetryAccessLogSettingsSinksType.OPEN_TELEMETRY, openTelemetry: { backendRefs } }] }] }
            : undefined,
        },
      },
    });
  }
}
