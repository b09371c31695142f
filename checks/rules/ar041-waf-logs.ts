import { wafOnAgc } from "../../plan/waf";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/**
 * The WAF on Application Gateway for Containers: what the stacks cannot do there.
 * The ALB controller creates the AGC resource, so Terraform cannot send its WAF log anywhere
 * (docs/waf.md, "Logs and the workbook"): in production, a Prevention-mode WAF would block real API
 * calls (false positives on prompt text) with no trace of the rule. And a WAF policy used by AGC
 * supports neither CRS 3.2 and lower nor rate-limit custom rules (Microsoft, "Web Application
 * Firewall on Application Gateway for Containers", Limitations), so the stack leaves them out.
 */
export const wafLogs: Rule = {
  id: "AR041",
  severity: "warning",
  title: "WAF on Application Gateway for Containers: logs not collected, settings AGC does not take",
  guide: "Appendix A (Application Gateway for Containers); Appendix C, \"Filter probe and scanner noise before building dashboards\"; docs/waf.md",
  waivable: true,
  check(env) {
    if (!wafOnAgc(env)) return [];
    const out: Finding[] = [];
    if (env.production) {
      out.push(
        finding(
          "ingress.mode",
          "\"agc\" with the WAF on in production: the WAF's log (TrafficControllerFirewallLog, table AGCFirewallLogs) comes from the Application Gateway for Containers resource the ALB controller creates, which Terraform cannot attach a diagnostic setting to, so blocked API requests (false positives) cannot be traced to a rule",
          "add a diagnostic setting on that resource to the Log Analytics workspace (docs/waf.md, \"Logs and the workbook\"), then waive AR041 with where the logs go",
          "agc",
        ),
      );
    }
    if (env.ingress.waf.ruleSet !== "DRS-2.1") {
      out.push(
        finding(
          "ingress.waf.ruleSet",
          "is not applied on Application Gateway for Containers, which supports no CRS 3.2 or lower: both policies run DRS-2.1",
          "set ingress.waf.ruleSet: DRS-2.1",
          env.ingress.waf.ruleSet,
        ),
      );
    }
    if (env.ingress.waf.api.rateLimitPerMinute !== undefined) {
      out.push(
        finding(
          "ingress.waf.api.rateLimitPerMinute",
          "is not applied on Application Gateway for Containers, which supports no rate-limit custom rules (neither is ingress.waf.scannerRateLimitPerMinute)",
          "remove ingress.waf.api.rateLimitPerMinute",
          env.ingress.waf.api.rateLimitPerMinute,
        ),
      );
    }
    return out;
  },
};
