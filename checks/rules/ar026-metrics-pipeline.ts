import { exportersOf } from "../../config/telemetry";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Step c.2 pushes metrics to the collector; the collector needs somewhere to send them. */
export const metricsPipeline: Rule = {
  id: "AR026",
  severity: "error",
  title: "Telemetry sink without a working collector pipeline",
  guide: "Steps c.1-c.2: the EnvoyProxy metrics sink points at Service otel-collector; Appendix C, Other backends",
  waivable: false,
  check(env) {
    const o = env.observability;
    const out: Finding[] = [];
    if (o.metricsSink && !o.collector.enabled) {
      out.push(finding("observability.metricsSink", "points the EnvoyProxy metrics sink at otel-collector, but the collector is disabled", "set observability.collector.enabled: true, or metricsSink: false", true));
    }
    if (o.collector.enabled && !exportersOf(env).some((e) => e.metrics)) {
      out.push(finding("observability.exporters", "configures no exporter, so the collector would drop everything", "enable exporters.prometheus or add a backend exporter"));
    }
    const names = o.exporters.otlpHttp.map((e) => e.name);
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) out.push(finding(`observability.exporters.otlpHttp[${i}].name`, "repeats an earlier exporter name", "give every otlpHttp exporter a unique name", n));
    });
    return out;
  },
};
