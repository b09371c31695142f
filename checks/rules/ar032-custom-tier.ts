import type { Rule } from "../rule";
import { finding } from "../rule";

/** Cluster sizing: a custom node pool needs its VM size. */
export const customTier: Rule = {
  id: "AR032",
  severity: "error",
  title: "Custom tier without a VM size",
  guide: "Cluster sizing table (Standard_D*s_v5 recommended); Step 3.4 --node-vm-size",
  waivable: false,
  check(env) {
    if (env.cluster.tier !== "custom" || env.cluster.vmSize) return [];
    return [finding("cluster.vmSize", "is required with cluster.tier: custom", "add cluster.vmSize (e.g. Standard_D4s_v5) and cluster.nodeCount, or pick small, medium or high")];
  },
};
