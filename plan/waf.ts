// The web application firewall as it applies: on by default in production, Prevention by
// default in production, on the AGIC gateway the `-azure` stack creates or on Application
// Gateway for Containers (docs/waf.md).
import type { Environment } from "../config/loader";
import { gatewayByTerraform } from "./ingress";
import { PlanError, required } from "./invariant";

type WafConfig = Environment["ingress"]["waf"];

/**
 * The paths the WAF's API policy covers: the data plane's real endpoints (Step 7: /v1/* and
 * /mcp/*). With AGIC everything else, /.well-known included, stays under the gateway's strict
 * policy; with AGC the API policy targets HTTPRoute tars-route, which also serves /.well-known.
 */
export const WAF_API_PATHS = ["/v1/", "/mcp/"] as const;

/**
 * Microsoft's bounds for a WAF_v2 policy with CRS 3.2 or later (DRS 2.x included), as
 * terraform-provider-azurerm validates them (web_application_firewall_policy_resource.go:
 * max_request_body_size_in_kb IntBetween(8, 2000), file_upload_limit_in_mb IntBetween(1, 4000),
 * request_body_inspect_limit_in_kb IntAtLeast(0), rate_limit_threshold IntAtLeast(1)).
 * docs/azure-behaviours.md, "WAF request size limits".
 */
export const WAF_LIMITS = {
  maxRequestBodyKb: { min: 8, max: 2000 },
  fileUploadMb: { min: 1, max: 4000 },
  inspectLimitKb: { min: 0 },
  rateLimitThreshold: { min: 1 },
} as const;

export interface WafPolicy {
  readonly name: string;
  /** The resource ID, as the provider formats it (the YAML names it; AR018/AR039 require the subscription). */
  readonly id: string;
}

interface WafCommon extends Readonly<Omit<WafConfig, "enabled" | "mode" | "ruleSet" | "scannerRateLimitPerMinute" | "api">> {
  readonly mode: "Prevention" | "Detection";
  /** The managed rule set as it applies. */
  readonly ruleSet: WafConfig["ruleSet"];
  readonly api: Readonly<Omit<WafConfig["api"], "rateLimitPerMinute">>;
  /** Strict on the gateway (every listener), API on the data plane's paths or route. */
  readonly policies: { readonly strict: WafPolicy; readonly api: WafPolicy };
}

/**
 * The WAF when it is on; `Plan.waf` is undefined when it is off. Where the policies attach: the
 * AGIC gateway the `-azure` stack creates, or AGC's Gateway and route. The WAF's logs go to the
 * environment's Log Analytics workspace (a diagnostic setting on the gateway) only on the AGIC
 * gateway; AGC has no Terraform resource to attach it to (docs/waf.md, "Logs and the workbook").
 */
export type WafPlan = WafCommon &
  (
    | {
        readonly on: "agic-gateway";
        readonly logsToWorkspace: true;
        /** Rate-limit custom rules: scanners on the strict policy, optionally the API paths. */
        readonly rateLimits: { readonly scannerPerMinute: number; readonly apiPerMinute?: number };
      }
    | {
        readonly on: "agc";
        readonly logsToWorkspace: false;
        /** AGC supports no rate-limit custom rule on a WAF policy. */
        readonly rateLimits?: undefined;
      }
  );

/**
 * What Application Gateway for Containers does not support on a WAF policy (Microsoft, "Web
 * Application Firewall on Application Gateway for Containers", Limitations): rate-limit custom
 * rules, and CRS 3.2 and lower, so its policies use DRS 2.1 whatever `ruleSet` says (AR041 warns).
 */
export const AGC_WAF_RULE_SET = "DRS-2.1" as const;

export function resolveWaf(env: Environment): WafPlan | undefined {
  const settings = wafSettings(env);
  if (!settings.enabled) return undefined;
  const on = wafOnAgicGateway(env) ? "agic-gateway" : wafOnAgc(env) ? "agc" : undefined;
  if (!on) throw new PlanError("ingress.waf.enabled is on without a gateway the project configures (AR039 should have refused the file)");
  const subscriptionId = required(env.azure.subscriptionId, "azure.subscriptionId", on === "agc" ? "AR018" : "AR039");
  const names = wafPolicyNames(env);
  const policy = (name: string): WafPolicy => ({ name, id: wafPolicyId(subscriptionId, env, name) });
  const { enabled: _enabled, mode: _mode, ruleSet, scannerRateLimitPerMinute, api, ...rest } = env.ingress.waf;
  const { rateLimitPerMinute, ...apiRest } = api;
  const common = { ...rest, mode: settings.mode, api: apiRest, policies: { strict: policy(names.strict), api: policy(names.api) } };
  if (on === "agc") return { ...common, ruleSet: AGC_WAF_RULE_SET, on, logsToWorkspace: false };
  const rateLimits = { scannerPerMinute: scannerRateLimitPerMinute, ...(rateLimitPerMinute === undefined ? {} : { apiPerMinute: rateLimitPerMinute }) };
  return { ...common, ruleSet, on, logsToWorkspace: true, rateLimits };
}

/** The web application firewall as it applies: on by default in production, Prevention by default in production. */
export function wafSettings(env: Environment): { enabled: boolean; mode: "Prevention" | "Detection" } {
  const waf = env.ingress.waf;
  return {
    enabled: waf.enabled ?? env.production,
    mode: waf.mode ?? (env.production ? "Prevention" : "Detection"),
  };
}

/** The two WAF policies (docs/waf.md): strict on the gateway, API per path. */
export function wafPolicyNames(env: Environment): { strict: string; api: string } {
  return { strict: `${env.cluster.name}-waf`, api: `${env.cluster.name}-waf-api` };
}

/** A WAF policy's resource ID in `azure.resourceGroup`, as the provider formats it. */
function wafPolicyId(subscriptionId: string, env: Environment, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${env.azure.resourceGroup}/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/${name}`;
}

/** The WAF applies to an AGIC gateway the project creates (the other cases are AR039 errors, or AGC's). */
export function wafOnAgicGateway(env: Environment): boolean {
  return wafSettings(env).enabled && gatewayByTerraform(env);
}

/** The WAF applies to Application Gateway for Containers (`ingress.mode: agc`, WAF on). */
export function wafOnAgc(env: Environment): boolean {
  return env.ingress.mode === "agc" && wafSettings(env).enabled;
}

/** The WAF's logs go to the environment's Log Analytics workspace (see WafPlan.logsToWorkspace). */
export function wafLogsToWorkspace(env: Environment): boolean {
  return wafOnAgicGateway(env);
}
