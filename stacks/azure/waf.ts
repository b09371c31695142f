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
 * Both policies, for the WAF as the plan has it: on Application Gateway for Containers the plan
 * has already left out what AGC does not support (plan/waf.ts, AGC_WAF_RULE_SET).
 */
export function wafPolicies(site: AzureSite, waf: WafPlan): WafPolicies {
  const ruleSet = waf.ruleSet;
  const limits = waf.rateLimits;
  const { stack, plan } = site;
  const common = { resourceGroupName: site.resourceGroup.name, location: plan.azure.location, mode: waf.mode, ruleSet: WAF_RULE_SETS[ruleSet] };
  const strict = new WafPolicy(stack, "WafPolicy", {
    ...common,
    name: waf.policies.strict.name,
    // Microsoft's defaults: nothing outside the API needs a large body.
    requestBody: {},
    rateLimit: limits ? { threshold: limits.scannerPerMinute, duration: "OneMin" } : undefined,
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
    rateLimit: limits?.apiPerMinute ? { threshold: limits.apiPerMinute, duration: "OneMin" } : undefined,
    scrubBodyArguments: true,
  });
  return { strict, api };
}
