// Guide: Appendix C, Step c.3: restart egress after the EnvoyProxy patch. Declarative: an
// Argo CD PostSync hook (runs after every sync that applied the patch), run by a
// ServiceAccount whose Role may only restart deployment/egress. A Job's pod template is
// immutable, so the Job is named after a checksum of its spec (which carries the patch's
// checksum): a changed patch is a new Job that `kubectl apply` creates and Flux creates (and
// prunes the old one), where an update in place would be rejected.
import { createHash } from "crypto";
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";
import { GUIDE_NAMES, NS_DATAPLANE } from "../plan/names";
import { API_SERVER_EGRESS, DNS_EGRESS, PodIsolation } from "./network-policy";
import { restrictedPod, RESTRICTED_CONTAINER } from "./pod-security";
import { grantRole, KUBECTL_RESOURCES, RESTART_EGRESS_RULE } from "./rbac";

export const EGRESS_RESTART = "egress-restart";

/** A distroless image's conventional non-root user. */
const NONROOT = 65532;

export interface EgressRestartProps {
  /** Pinned kubectl image. */
  readonly image: string;
  /** Checksum of what was patched; a change is a Job of another name. */
  readonly patchChecksum: string;
}

export class EgressRestart extends Construct {
  readonly job: k8s.KubeJob;

  constructor(scope: Construct, id: string, props: EgressRestartProps) {
    super(scope, id);
    const ns = NS_DATAPLANE;
    new k8s.KubeServiceAccount(this, "ServiceAccount", { metadata: { name: EGRESS_RESTART, namespace: ns } });
    grantRole(this, "", { name: EGRESS_RESTART, rules: [RESTART_EGRESS_RULE] });
    // kubectl talks to the API server only; nothing connects to it.
    new PodIsolation(this, "NetworkPolicy", { name: EGRESS_RESTART, namespace: ns, podLabels: { app: EGRESS_RESTART }, egress: [DNS_EGRESS, API_SERVER_EGRESS] });
    const spec: k8s.JobSpec = {
      backoffLimit: 2,
      activeDeadlineSeconds: 300,
      template: {
        metadata: { labels: { app: EGRESS_RESTART }, annotations: { "checksum/envoyproxy-telemetry": props.patchChecksum } },
        spec: {
          serviceAccountName: EGRESS_RESTART,
          restartPolicy: "Never",
          securityContext: restrictedPod(NONROOT),
          containers: [
            {
              name: "kubectl",
              image: props.image,
              command: ["kubectl"],
              args: ["rollout", "restart", `deployment/${GUIDE_NAMES.egressService}`, "--namespace", ns],
              resources: KUBECTL_RESOURCES,
              securityContext: RESTRICTED_CONTAINER,
            },
          ],
        },
      },
    };
    const suffix = createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 10);
    this.job = new k8s.KubeJob(this, "Job", {
      metadata: {
        name: `${EGRESS_RESTART}-${suffix}`,
        namespace: ns,
        annotations: {
          "argocd.argoproj.io/hook": "PostSync",
          // A hook Job is deleted once it succeeded, and before a hook of the same name is created again.
          "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation,HookSucceeded",
          // Belt and braces: were the template to change under the same name, Flux recreates the Job.
          "kustomize.toolkit.fluxcd.io/force": "enabled",
        },
      },
      spec,
    });
  }
}
