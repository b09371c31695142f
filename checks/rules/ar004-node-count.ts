import { nodePool } from "../../plan/cluster";
import { MIN_NODE_COUNT } from "../../config/presets";
import type { Rule } from "../rule";
import { finding } from "../rule";

/** Cluster sizing: never fewer than three nodes. */
export const nodeCount: Rule = {
  id: "AR004",
  severity: "error",
  title: "Fewer than three nodes",
  guide: "Prerequisites → Infrastructure and Cluster sizing: \"The cluster requires at least three nodes\"",
  waivable: false,
  check(env) {
    const { nodeCount: count } = nodePool(env);
    if (count >= MIN_NODE_COUNT) return [];
    return [
      finding(
        "cluster.nodeCount",
        `must be at least ${MIN_NODE_COUNT}: the data plane runs always-on replicas and must survive node upgrades and evictions`,
        `set cluster.nodeCount: ${MIN_NODE_COUNT} or more`,
        count,
      ),
    ];
  },
};
