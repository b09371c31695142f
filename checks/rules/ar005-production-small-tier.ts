import type { Rule } from "../rule";
import { finding } from "../rule";

/** Cluster sizing: production installations should start at Medium. */
export const productionSmallTier: Rule = {
  id: "AR005",
  severity: "warning",
  title: "Small tier in production",
  guide: "Cluster sizing: \"Demo installs may start at Small; production installations should start at Medium\"",
  waivable: true,
  check(env) {
    const burstable = env.cluster.tier === "custom" && /^Standard_B/i.test(env.cluster.vmSize ?? "");
    if (!env.production || (env.cluster.tier !== "small" && !burstable)) return [];
    return [
      finding(
        env.cluster.tier === "small" ? "cluster.tier" : "cluster.vmSize",
        "is sized for dev/test: burstable B-series nodes throttle the egress envoy under sustained load",
        "use cluster.tier: medium (3 x Standard_D4s_v5) or high, or waive AR005 with a reason",
        env.cluster.tier === "small" ? "small" : env.cluster.vmSize,
      ),
    ];
  },
};
