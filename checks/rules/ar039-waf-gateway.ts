import { wafSettings } from "../../plan/waf";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/**
 * With AGIC the WAF needs a gateway the project owns (it sets the WAF_v2 SKU and
 * firewall_policy_id) and the API policy's resource ID at synth time (the Ingress annotation).
 */
export const wafGateway: Rule = {
  id: "AR039",
  severity: "error",
  title: "WAF on a gateway the project cannot configure",
  guide: "Step 7.1 (the Application Gateway); docs/waf.md, \"Where the policies attach\"",
  waivable: false,
  check(env) {
    if (!wafSettings(env).enabled || env.ingress.mode !== "agic") return [];
    const off = env.production
      ? "set ingress.waf.enabled: false and waive AR037 with the reason"
      : "remove ingress.waf.enabled: true";
    const out: Finding[] = [];
    if (env.cluster.existing) {
      out.push(
        finding(
          "ingress.waf.enabled",
          `is on with cluster.existing: the Application Gateway belongs to cluster ${env.cluster.name}'s AGIC add-on, not to this project, which cannot make it WAF_v2 or attach a policy`,
          `protect that gateway with its owner's WAF policy and ${off}`,
          true,
        ),
      );
    } else if (env.ingress.agic.gateway === "addon") {
      out.push(
        finding(
          "ingress.agic.gateway",
          "is addon with the WAF on: the add-on creates a Standard_v2 gateway outside Terraform, which cannot attach the WAF policies",
          `set ingress.agic.gateway: terraform (the default), or ${off}`,
          "addon",
        ),
      );
    }
    if (!env.azure.subscriptionId) {
      out.push(
        finding(
          "azure.subscriptionId",
          "is required with the WAF on: Ingress tars-ingress-api names the API policy by its resource ID (appgw.ingress.kubernetes.io/waf-policy-for-path)",
          "add azure.subscriptionId (az account show --query id -o tsv)",
        ),
      );
    }
    return out;
  },
};
