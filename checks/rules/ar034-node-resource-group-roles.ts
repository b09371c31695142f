import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * Role assignments on the node resource group (MC_*) of a cluster the `-azure` stack creates: that
 * group exists only once AKS has created the cluster, during the apply, so nobody can be granted
 * User Access Administrator on it beforehand; only a role inherited from the subscription (or a
 * management group) covers it. With AGC, the ALB controller identity's roles are there (Appendix A).
 * AGIC needs none there (AKS gives the add-on identity Contributor on MC_* itself).
 */
export const nodeResourceGroupRoles: Rule = {
  id: "AR034",
  severity: "warning",
  title: "Role assignments on a node resource group that does not exist yet",
  guide: "Azure permissions (User Access Administrator) and Appendix A: AppGw for Containers Configuration Manager on the cluster's node resource group",
  waivable: true,
  check(env) {
    if (env.ingress.mode !== "agc" || env.cluster.existing) return [];
    return [
      finding(
        "ingress.mode",
        `"agc" on a cluster this project creates: the -azure stack assigns the ALB controller identity its roles on the node resource group (MC_*), which does not exist before the apply, so the identity that applies the stack needs User Access Administrator (or Owner) at subscription scope; with it only on resource group "${env.azure.resourceGroup}", the apply fails with AuthorizationFailed on roleAssignments/write`,
        "apply with an identity that holds User Access Administrator on the subscription (the runbook's permissions table), or waive AR034 once that is arranged",
        "agc",
      ),
    ];
  },
};
