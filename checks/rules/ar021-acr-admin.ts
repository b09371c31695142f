import type { Rule } from "../rule";
import { finding } from "../rule";

/** Step 5.3: the admin-user fallback weakens security. */
export const acrAdmin: Rule = {
  id: "AR021",
  severity: "warning",
  title: "ACR admin user enabled",
  guide: "Step 5.3: fallback \"az acr update --admin-enabled true\" when the account lacks User Access Administrator",
  waivable: true,
  check(env) {
    if (env.production || env.registry.mode !== "acr-admin") return [];
    return [
      finding(
        "registry.mode",
        "enables the ACR admin user: one shared, long-lived password that can push and pull every image",
        "prefer registry.mode: acr once someone with User Access Administrator can apply the stack",
        "acr-admin",
      ),
    ];
  },
};
