import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * The NetworkPolicies dist/<env>/ holds (the collector, tls-sync, the kubectl Jobs) isolate their
 * pods only where a network policy engine enforces them; AKS with `--network-policy none` stores
 * them and enforces nothing (docs/azure-behaviours.md, "Network policy engines on AKS").
 */
export const networkPolicyEngine: Rule = {
  id: "AR049",
  severity: "warning",
  title: "NetworkPolicies on a cluster without a network policy engine",
  guide: "Appendix C, Step c.1 (the collector) and the project's own pods; docs/security.md, \"Pod network isolation\"",
  waivable: true,
  check(env) {
    // An existing cluster keeps its own engine (AR033); the setting is not used there.
    if (env.cluster.existing || env.cluster.network.policy !== "none") return [];
    const isolated = env.observability.collector.enabled || env.tls.mode === "key-vault";
    if (!isolated) return [];
    return [
      finding(
        "cluster.network.policy",
        "is none: AKS enforces no NetworkPolicy, so the ones in dist/ for the collector, tls-sync and the kubectl Jobs are stored and ignored, and every pod can reach them and be reached",
        "remove cluster.network.policy (default: calico, or cilium with the Cilium dataplane), or waive AR049 with the reason",
        "none",
      ),
    ];
  },
};
