import { gatewayByTerraform, wafSettings } from "../../config/derived";
import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * A production WAF whose logs the stacks do not collect. The `-azure` stack sends the WAF's logs
 * to Log Analytics only from the App Gateway it creates (docs/waf.md, "Logs and the workbook"):
 * with Application Gateway for Containers the ALB controller creates the resource, and with
 * `ingress.agic.gateway: addon` (or a reused cluster) the add-on does, after the stack. Without
 * the logs, a Prevention-mode WAF blocks real API calls (false positives on prompt text) where
 * nobody can see which rule did it.
 */
export const wafLogs: Rule = {
  id: "AR041",
  severity: "warning",
  title: "Production WAF whose logs the stacks do not collect",
  guide: "Appendix C, \"Filter probe and scanner noise before building dashboards\" (the workbook's WAF panels need the logs); docs/waf.md",
  waivable: true,
  check(env) {
    if (!env.production || !wafSettings(env).enabled || gatewayByTerraform(env)) return [];
    const agc = env.ingress.mode === "agc";
    const where = agc
      ? "Application Gateway for Containers (the ALB controller creates it; its WAF log is TrafficControllerFirewallLog, table AGCFirewallLogs)"
      : env.cluster.existing
        ? "the add-on's App Gateway of the reused cluster"
        : "the App Gateway the add-on creates after the stack (ingress.agic.gateway: addon)";
    return [
      finding(
        agc ? "ingress.mode" : env.cluster.existing ? "cluster.existing.resourceGroup" : "ingress.agic.gateway",
        `the WAF is on in production, but its logs are not sent anywhere by the stacks: they come from ${where}, which Terraform does not create, so blocked API requests (false positives) cannot be traced to a rule`,
        "add a diagnostic setting on that resource to the Log Analytics workspace, resource-specific tables (docs/waf.md, \"Logs and the workbook\"), then waive AR041 with where the logs go",
        agc ? "agc" : env.cluster.existing ? env.cluster.existing.resourceGroup : "addon",
      ),
    ];
  },
};
