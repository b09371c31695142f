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
    if (!env.cluster.localAccountsDisabled || env.cluster.entraId.enabled) return [];
    return [finding("cluster.localAccountsDisabled", "requires cluster.entraId.enabled: true (otherwise nobody could authenticate)", "set cluster.entraId.enabled: true with adminGroupObjectIds, or keep local accounts", true)];
  },
};
