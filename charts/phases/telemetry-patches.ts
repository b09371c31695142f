// Phase telemetry-patches/ (Appendix C, Steps c.2-c.3 and "Forwarding access logs"): what
// needs the data plane to exist, applied after platform/ (Argo CD sync wave, Flux dependsOn).
import { createHash } from "crypto";
import type { App } from "cdk8s";
import type { Plan } from "../../plan";
import { PINNED } from "../../config/presets";
import { EgressRestart } from "../egress-restart";
import { EnvoyProxyAccessLog } from "../envoyproxy-access-log";
import { EnvoyProxyTelemetryPatch } from "../envoyproxy-telemetry";
import { addAnnotations, MANAGED_BY_LABELS, PARTIAL_OBJECT } from "../gitops";
import { stableChart } from "../synth";

export function buildTelemetryPatches(app: App, plan: Plan): void {
  const o = plan.observability;
  if (!o.collector.enabled) return;
  if (o.metricsSink) {
    // Not the project's object: no ownership labels on it.
    const patch = new EnvoyProxyTelemetryPatch(stableChart(app, "envoyproxy-telemetry"), "Patch");
    addAnnotations(patch.resource, PARTIAL_OBJECT);
    if (o.restartEgress) {
      const checksum = createHash("sha256").update(JSON.stringify(patch.resource.toJson())).digest("hex");
      new EgressRestart(stableChart(app, "egress-restart", undefined, { ...MANAGED_BY_LABELS }), "Restart", {
        image: PINNED.kubectlImage,
        patchChecksum: checksum,
      });
    }
  }
  if (o.accessLogs) {
    // Appended to the live object by a CronJob, never part of the server-side-apply partial.
    new EnvoyProxyAccessLog(stableChart(app, "envoyproxy-access-log", undefined, { ...MANAGED_BY_LABELS }), "AccessLog", {
      image: PINNED.kubectlImage,
      restartEgress: o.restartEgress,
    });
  }
}
