import type { Rule } from "../rule";
import { finding } from "../rule";

/** Step 5.3: the ACR admin user is a fallback, not a production posture. */
export const productionAcrAdmin: Rule = {
  id: "AR013",
  severity: "error",
  title: "ACR admin user in production",
  guide: "Step 5.3: the admin-user flow is the fallback when the operator cannot create role assignments",
  waivable: true,
  check(env) {
    if (!env.production || env.registry.mode !== "acr-admin") return [];
    return [
      finding(
        "registry.mode",
        "enables the ACR admin user (one shared, long-lived password) in a production environment",
        "use registry.mode: acr (AcrPull for the kubelet identity; needs User Access Administrator once), or waive AR013 with the reason",
        "acr-admin",
      ),
    ];
  },
};
