import type { Rule } from "../rule";
import { finding } from "../rule";

/** Checkov CKV_AZURE_6 / Trivy AVD-AZU-0041: restrict who can reach the API server. */
export const apiServerOpen: Rule = {
  id: "AR027",
  severity: "warning",
  title: "Production API server open to every IP",
  guide: "Step 3.5 (az aks get-credentials from the operator's workstation); docs/security.md",
  waivable: true,
  check(env) {
    if (!env.production || env.cluster.existing || env.cluster.apiServerAuthorizedIpRanges.length) return [];
    return [
      finding(
        "cluster.apiServerAuthorizedIpRanges",
        "is empty, so the production API server accepts connections from any IP",
        "list the operator and CI egress CIDRs, or waive AR027 with the reason",
        [],
      ),
    ];
  },
};
