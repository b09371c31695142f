// Guide: Appendix C, "Forwarding access logs", steps 1 and 3. The EnvoyProxy CRD declares
// accessLog.settings and its sinks as atomic lists (no x-kubernetes-list-type), so a
// server-side-apply partial object would replace tare's default access-log settings. The
// guide instead reads the live object: Path A appends the collector sink to
// settings[0].sinks when an accessLog block exists, Path B creates the block when it is
// empty. This CronJob does exactly that, idempotently (nothing when the sink is already
// there), and restarts egress only when it changed something. Being periodic, it also
// restores the sink after every `tare install` re-run, which resets the EnvoyProxy.
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";
import { ACCESS_LOG_CRONJOB, GUIDE_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../plan/names";
import { COLLECTOR_BACKEND_REF } from "./envoyproxy-telemetry";
import { API_SERVER_EGRESS, DNS_EGRESS, PodIsolation } from "./network-policy";
import { restrictedPod, RESTRICTED_CONTAINER } from "./pod-security";
import { grantRole, KUBECTL_RESOURCES, RESTART_EGRESS_RULE } from "./rbac";

/** How often the live EnvoyProxy is checked: the longest a `tare install` re-run leaves access logs off. */
export const ACCESS_LOG_SCHEDULE = "*/5 * * * *";

/** A distroless-style non-root user; the kubectl image runs as root unless told otherwise. */
const NONROOT = 65532;

/** The guide's access-log sink: OpenTelemetry to the collector's OTLP/gRPC port. */
export const ACCESS_LOG_SINK = { type: "OpenTelemetry", openTelemetry: { backendRefs: [{ ...COLLECTOR_BACKEND_REF }] } } as const;

export interface AccessLogScriptOptions {
  /** Restart deployment/egress after a change (Step 3 of "Forwarding access logs"). */
  readonly restartEgress: boolean;
}

/**
 * The bash script the CronJob runs (kubectl and jq from the pinned kubectl image). A sink counts
 * as present when it is an OpenTelemetry sink with a backendRef to the collector Service: the API
 * server adds defaults (openTelemetry.port) to what was patched, so deep equality would not do.
 */
export function accessLogScript(opts: AccessLogScriptOptions): string {
  const ref = COLLECTOR_BACKEND_REF;
  const lines = [
    "set -euo pipefail",
    `proxy=(envoyproxy ${GUIDE_NAMES.envoyProxy} --namespace ${NS_SYSTEM})`,
    `sink='${JSON.stringify(ACCESS_LOG_SINK)}'`,
    'live=$(kubectl get "${proxy[@]}" -o json)',
    "present='[.spec.telemetry.accessLog.settings[]?.sinks[]? | select(.type == \"OpenTelemetry\") | .openTelemetry.backendRefs[]?" +
      ` | select((.kind // "Service") == "Service" and .name == "${ref.name}" and .namespace == "${ref.namespace}" and (.port // ${ref.port}) == ${ref.port})] | length > 0'`,
    'if jq -e "$present" <<<"$live" >/dev/null; then',
    '  echo "access-log sink to the collector present: nothing to do"',
    "  exit 0",
    "fi",
    "if jq -e '(.spec.telemetry.accessLog // {}) == {}' <<<\"$live\" >/dev/null; then",
    '  echo "no accessLog block: creating it (Path B)"',
    "  patch=$(jq -cn --argjson sink \"$sink\" '{spec: {telemetry: {accessLog: {settings: [{sinks: [$sink]}]}}}}')",
    '  kubectl patch "${proxy[@]}" --type=merge -p "$patch"',
    "elif jq -e '(.spec.telemetry.accessLog.settings // []) | length > 0' <<<\"$live\" >/dev/null; then",
    '  echo "accessLog present: appending the collector sink to settings[0] (Path A)"',
    "  patch=$(jq -c --argjson sink \"$sink\" '[{op: \"test\", path: \"/spec/telemetry/accessLog/settings/0/sinks\", value: .spec.telemetry.accessLog.settings[0].sinks}," +
      " {op: \"add\", path: \"/spec/telemetry/accessLog/settings/0/sinks/-\", value: $sink}]' <<<\"$live\")",
    '  kubectl patch "${proxy[@]}" --type=json -p "$patch"',
    "else",
    '  echo "accessLog without settings: adding them"',
    "  patch=$(jq -cn --argjson sink \"$sink\" '[{op: \"add\", path: \"/spec/telemetry/accessLog/settings\", value: [{sinks: [$sink]}]}]')",
    '  kubectl patch "${proxy[@]}" --type=json -p "$patch"',
    "fi",
  ];
  if (opts.restartEgress) {
    lines.push(`kubectl rollout restart deployment/${GUIDE_NAMES.egressService} --namespace ${NS_DATAPLANE}`);
  }
  return lines.join("\n") + "\n";
}

export interface EnvoyProxyAccessLogProps extends AccessLogScriptOptions {
  /** Pinned kubectl image (it ships bash and jq). */
  readonly image: string;
}

export class EnvoyProxyAccessLog extends Construct {
  readonly cronJob: k8s.KubeCronJob;

  constructor(scope: Construct, id: string, props: EnvoyProxyAccessLogProps) {
    super(scope, id);
    const ns = NS_DATAPLANE;
    const name = ACCESS_LOG_CRONJOB;
    new k8s.KubeServiceAccount(this, "ServiceAccount", { metadata: { name, namespace: ns } });
    // Read and patch the one EnvoyProxy, in tare's namespace.
    grantRole(this, "Proxy", {
      name,
      namespace: NS_SYSTEM,
      rules: [{ apiGroups: ["gateway.envoyproxy.io"], resources: ["envoyproxies"], resourceNames: [GUIDE_NAMES.envoyProxy], verbs: ["get", "patch"] }],
    });
    if (props.restartEgress) grantRole(this, "Restart", { name, rules: [RESTART_EGRESS_RULE] });
    // kubectl talks to the API server only; nothing connects to it.
    new PodIsolation(this, "NetworkPolicy", { name, namespace: ns, podLabels: { app: name }, egress: [DNS_EGRESS, API_SERVER_EGRESS] });
    this.cronJob = new k8s.KubeCronJob(this, "CronJob", {
      metadata: { name, namespace: ns },
      spec: {
        schedule: ACCESS_LOG_SCHEDULE,
        concurrencyPolicy: "Forbid",
        successfulJobsHistoryLimit: 1,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          spec: {
            backoffLimit: 2,
            activeDeadlineSeconds: 120,
            template: {
              metadata: { labels: { app: name } },
              spec: {
                serviceAccountName: name,
                restartPolicy: "Never",
                securityContext: restrictedPod(NONROOT),
                containers: [
                  {
                    name: "patch",
                    image: props.image,
                    command: ["/bin/bash", "-c"],
                    args: [accessLogScript(props)],
                    // kubectl's discovery cache needs a writable HOME; the root filesystem is read-only.
                    env: [{ name: "HOME", value: "/tmp" }],
                    volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
                    resources: KUBECTL_RESOURCES,
                    securityContext: RESTRICTED_CONTAINER,
                  },
                ],
                volumes: [{ name: "tmp", emptyDir: { sizeLimit: k8s.Quantity.fromString("16Mi") } }],
              },
            },
          },
        },
      },
    });
  }
}
