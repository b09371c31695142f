// Least-privilege RBAC for the project's kubectl Jobs: a Role and its RoleBinding to the Job's
// ServiceAccount, both named after it. One helper for the egress-restart hook and the access-log
// CronJob, so their grants cannot drift apart.
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";
import { GUIDE_NAMES, NS_DATAPLANE } from "../plan/names";

/** May only read and restart deployment/egress (Step c.3's `kubectl rollout restart`). */
export const RESTART_EGRESS_RULE: k8s.PolicyRule = {
  apiGroups: ["apps"],
  resources: ["deployments"],
  resourceNames: [GUIDE_NAMES.egressService],
  verbs: ["get", "patch"],
};

/** Requests and limits of a one-shot kubectl container. */
export const KUBECTL_RESOURCES: k8s.ResourceRequirements = {
  requests: { cpu: k8s.Quantity.fromString("10m"), memory: k8s.Quantity.fromString("32Mi") },
  limits: { cpu: k8s.Quantity.fromString("100m"), memory: k8s.Quantity.fromString("64Mi") },
};

export interface GrantProps {
  /** Name of the ServiceAccount, the Role and the RoleBinding. */
  readonly name: string;
  /** Where the Role applies. @default NS_DATAPLANE */
  readonly namespace?: string;
  /** Namespace of the ServiceAccount. @default NS_DATAPLANE */
  readonly serviceAccountNamespace?: string;
  readonly rules: k8s.PolicyRule[];
}

/** Role `<idPrefix>Role` and RoleBinding `<idPrefix>RoleBinding` (construct ids are API). */
export function grantRole(scope: Construct, idPrefix: string, props: GrantProps): void {
  const namespace = props.namespace ?? NS_DATAPLANE;
  new k8s.KubeRole(scope, `${idPrefix}Role`, { metadata: { name: props.name, namespace }, rules: props.rules });
  new k8s.KubeRoleBinding(scope, `${idPrefix}RoleBinding`, {
    metadata: { name: props.name, namespace },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: props.name },
    subjects: [{ kind: "ServiceAccount", name: props.name, namespace: props.serviceAccountNamespace ?? NS_DATAPLANE }],
  });
}
