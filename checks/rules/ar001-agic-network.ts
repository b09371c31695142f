import type { Rule } from "../rule";
import { finding } from "../rule";

/** AGIC does not support Azure CNI Overlay or the Cilium dataplane. */
export const agicNetwork: Rule = {
  id: "AR001",
  severity: "error",
  title: "AGIC on Azure CNI Overlay or the Cilium dataplane",
  guide: "Troubleshooting → AGIC: log loops on \"Waiting for overlay extension config to be ready\" (Step 3, Appendix A)",
  waivable: false,
  check(env) {
    if (env.ingress.mode !== "agic") return [];
    const { pluginMode, dataplane } = env.cluster.network;
    const out = [];
    const fix = "set ingress.mode: agc (Application Gateway for Containers works on any CNI), or use traditional Azure CNI";
    if (pluginMode === "overlay") {
      out.push(finding("cluster.network.pluginMode", "AGIC does not support Azure CNI Overlay", fix, pluginMode));
    }
    if (dataplane === "cilium") {
      out.push(finding("cluster.network.dataplane", "AGIC does not support the Cilium dataplane", fix, dataplane));
    }
    return out;
  },
};
