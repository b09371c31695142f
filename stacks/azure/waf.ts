// The web application firewall's two policies (docs/waf.md): strict at the gateway level (every
// path the API policy does not cover), and the API policy on the data plane's paths or route.
import type { WafPlan } from "../../plan";
import { PROMPT_TEXT_RULE_GROUPS, WafPolicy, WAF_RULE_SETS } from "../constructs/waf-policy";
import type { AzureSite } from "./site";

export interface WafPolicies {
  readonly strict: WafPolicy;
  readonly api: WafPolicy;
}

/**
 * Both policies, for the WAF as the plan has it. On Application Gateway for Containers
 * (`waf.on: agc`) the same two, without what AGC does not support on a WAF policy (Microsoft,
 * "Web Application Firewall on Application Gateway for Containers", Limitations): rate-limit
 * custom rules, and CRS 3.2 and lower (DRS 2.1 whatever `ruleSet` says; AR041 warns).
 */
export function wafPolicies(site: AzureSite, waf: WafPlan): WafPolicies {
  const agc = waf.on === "agc";
  const ruleSet = agc ? ("DRS-2.1" as const) : waf.ruleSet;
  const { stack, plan } = site;
  const common = { resourceGroupName: site.resourceGroup.name, location: plan.azure.location, mode: waf.mode, ruleSet: WAF_RULE_SETS[ruleSet] };
  const strict = new WafPolicy(stack, "WafPolicy", {
    ...common,
    name: waf.policies.strict.name,
    // Microsoft's defaults: nothing outside the API needs a large body.
    requestBody: {},
    rateLimit: agc ? undefined : { threshold: waf.scannerRateLimitPerMinute, duration: "OneMin" },
    botManagerVersion: "1.1",
  });
  const api = new WafPolicy(stack, "WafApiPolicy", {
    ...common,
    name: waf.policies.api.name,
    requestBody: {
      inspectLimitKb: waf.api.inspectLimitKb,
      enforceMaxSize: waf.api.maxRequestBodyKb !== undefined,
      // With enforcement off the provider still wants a value in 8-2000: Microsoft's maximum.
      maxSizeKb: waf.api.maxRequestBodyKb ?? 2000,
      fileUploadLimitMb: waf.api.maxFileUploadMb,
    },
    argValueExcludedRuleGroups: waf.api.promptRuleExclusions ? PROMPT_TEXT_RULE_GROUPS[ruleSet] : undefined,
    rateLimit: waf.api.rateLimitPerMinute && !agc ? { threshold: waf.api.rateLimitPerMinute, duration: "OneMin" } : undefined,
    scrubBodyArguments: true,
  });
  return { strict, api };
}
