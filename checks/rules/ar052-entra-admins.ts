import { clusterAuth } from "../../plan/cluster";
import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * Entra ID with Kubernetes RBAC (azureRbac: false) authorizes nobody but the admin groups: with
 * none, no Entra user has a binding, and the -cluster stack (kubelogin, as the identity that
 * applies it) is refused before it creates anything.
 */
export const entraAdmins: Rule = {
  id: "AR052",
  severity: "error",
  title: "Entra ID with Kubernetes RBAC and no admin group",
  guide: "Step 3.5 (kubectl must reach the cluster); the -cluster stack authenticates through Entra ID",
  waivable: false,
  check(env) {
    const entra = clusterAuth(env).entraId;
    if (env.cluster.existing || !entra || entra.azureRbac || entra.adminGroupObjectIds.length) return [];
    return [
      finding(
        "cluster.entraId.adminGroupObjectIds",
        "is empty while cluster.entraId.azureRbac is false: Kubernetes RBAC would authorize no Entra ID user, not even the identity that applies the -cluster stack",
        "list the Entra ID group(s) whose members apply the stacks, or set cluster.entraId.azureRbac: true (then grant Azure Kubernetes Service RBAC Cluster Admin on the cluster)",
        [],
      ),
    ];
  },
};
