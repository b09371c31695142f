import type { Rule } from "../rule";
import { finding } from "../rule";

/** Production upgrades without a window run whenever AKS has one ready, peak traffic included. */
export const productionMaintenanceWindow: Rule = {
  id: "AR054",
  severity: "warning",
  title: "Production automatic upgrades without a maintenance window",
  guide: "Step 3.4 (the cluster runs the data plane's gateways); docs/kubernetes-upgrades.md",
  waivable: true,
  check(env) {
    if (!env.production) return [];
    const { maintenance, automaticUpgradeChannel, nodeOsUpgradeChannel } = env.cluster;
    const out = [];
    if (maintenance.autoUpgrade === "anytime" && automaticUpgradeChannel !== "none") {
      out.push(
        finding(
          "cluster.maintenance.autoUpgrade",
          `is anytime in a production environment: the ${automaticUpgradeChannel} channel upgrades the cluster (nodes drained and replaced) whenever AKS has a release, peak traffic included`,
          "remove cluster.maintenance.autoUpgrade (production default: Sunday 00:00-04:00 UTC) or give a window, or waive AR054 with the reason",
          "anytime",
        ),
      );
    }
    if (maintenance.nodeOs === "anytime" && nodeOsUpgradeChannel !== "None" && nodeOsUpgradeChannel !== "Unmanaged") {
      out.push(
        finding(
          "cluster.maintenance.nodeOs",
          `is anytime in a production environment: the ${nodeOsUpgradeChannel} node OS channel reimages nodes whenever a new image is out, peak traffic included`,
          "remove cluster.maintenance.nodeOs (production default: Saturday 00:00-04:00 UTC) or give a window, or waive AR054 with the reason",
          "anytime",
        ),
      );
    }
    return out;
  },
};
