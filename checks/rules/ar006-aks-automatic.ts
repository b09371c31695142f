import type { Rule } from "../rule";
import { finding } from "../rule";

/** Cluster sizing: AKS Automatic is not supported. */
export const aksAutomatic: Rule = {
  id: "AR006",
  severity: "error",
  title: "AKS Automatic",
  guide: "Cluster sizing: \"AKS Automatic is not supported\"",
  waivable: false,
  check(env) {
    if (env.cluster.sku !== "automatic") return [];
    return [finding("cluster.sku", "AKS Automatic is not supported by the Agent Router data plane", "set cluster.sku: base (a standard AKS cluster)", "automatic")];
  },
};
