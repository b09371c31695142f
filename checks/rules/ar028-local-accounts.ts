import { clusterAuth } from "../../plan/cluster";
import type { Rule } from "../rule";
import { finding } from "../rule";

/** AKS refuses to disable local accounts on a cluster without Entra ID integration. */
export const localAccounts: Rule = {
  id: "AR028",
  severity: "error",
  title: "Local accounts disabled without Entra ID",
  guide: "Step 3.5 (get-credentials needs some way to authenticate); AKS rejects disableLocalAccounts without AAD",
  waivable: false,
  check(env) {
    const auth = clusterAuth(env);
    if (!auth.localAccountsDisabled || auth.entraId) return [];
    return [finding("cluster.localAccountsDisabled", "requires cluster.entraId.enabled: true (otherwise nobody could authenticate)", "set cluster.entraId.enabled: true (Azure RBAC, or adminGroupObjectIds), or keep local accounts", true)];
  },
};
