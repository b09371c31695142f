import { exportersOf } from "../../config/telemetry";
import type { Rule } from "../rule";
import { finding } from "../rule";

/** Forwarding access logs needs a logs pipeline with a log-capable exporter. */
export const accessLogsExporter: Rule = {
  id: "AR011",
  severity: "error",
  title: "Access logs enabled without a log-capable exporter",
  guide: "Appendix C, \"Forwarding access logs\": the logs pipeline does not include prometheus, which handles only metrics",
  waivable: false,
  check(env) {
    if (!env.observability.accessLogs) return [];
    if (!env.observability.collector.enabled) {
      return [finding("observability.accessLogs", "is on but the collector is disabled", "set observability.collector.enabled: true, or accessLogs: false", true)];
    }
    if (exportersOf(env).some((e) => e.logs)) return [];
    return [
      finding(
        "observability.accessLogs",
        "is on but no configured exporter accepts logs (prometheus and signalfx handle metrics only)",
        "add observability.exporters.azureMonitor, datadog, otlpHttp or otlp, or set accessLogs: false",
        true,
      ),
    ];
  },
};
