// The Pod Security "restricted" profile, as every generated workload applies it.
import type { k8s } from "cdk8s-plus-33";

/** Container level: no privilege escalation, read-only root, no capabilities, non-root. */
export const RESTRICTED_CONTAINER: k8s.SecurityContext = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" },
};

/** Pod level, running as `uid` (the image's non-root user). */
export function restrictedPod(uid: number): k8s.PodSecurityContext {
  return { runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, seccompProfile: { type: "RuntimeDefault" } };
}
