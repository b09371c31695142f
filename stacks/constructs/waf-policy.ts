// A web application firewall policy (Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies)
// for Application Gateway WAF_v2, written for LLM and MCP traffic: docs/waf.md explains every
// setting and docs/azure-behaviours.md, "Web application firewall (App Gateway WAF_v2)", cites
// the provider's validation and Microsoft's limits. Not AGIC-specific: the gateway (firewall_policy_id),
// an AGIC path rule (waf-policy-for-path) or another product can reference `id`.
import { WebApplicationFirewallPolicy } from "../../.gen/providers/azurerm/web-application-firewall-policy";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { WAF_LIMITS } from "../../plan/waf";

/** A current managed rule set, version pinned (provider: validate.ValidateWebApplicationFirewallPolicyRuleSetType/Version). */
export interface WafManagedRuleSet {
  readonly type: "Microsoft_DefaultRuleSet" | "OWASP";
  readonly version: string;
}

export const WAF_RULE_SETS = {
  "DRS-2.1": { type: "Microsoft_DefaultRuleSet", version: "2.1" },
  "CRS-3.2": { type: "OWASP", version: "3.2" },
} as const satisfies Record<string, WafManagedRuleSet>;

/**
 * The rule groups whose rules match code, SQL, markup and shell text: what prompts routinely
 * carry. Names as the provider validates them (validate.ValidateWebApplicationFirewallPolicyRuleGroupName)
 * and as Microsoft lists them per rule set (docs/waf.md, "Rule groups that fire on prompt text").
 */
export const PROMPT_TEXT_RULE_GROUPS: Readonly<Record<keyof typeof WAF_RULE_SETS, readonly string[]>> = {
  "DRS-2.1": ["SQLI", "XSS", "RCE", "PHP", "JAVA", "NODEJS", "LFI", "RFI", "MS-ThreatIntel-SQLI"],
  "CRS-3.2": [
    "REQUEST-930-APPLICATION-ATTACK-LFI",
    "REQUEST-931-APPLICATION-ATTACK-RFI",
    "REQUEST-932-APPLICATION-ATTACK-RCE",
    "REQUEST-933-APPLICATION-ATTACK-PHP",
    "REQUEST-941-APPLICATION-ATTACK-XSS",
    "REQUEST-942-APPLICATION-ATTACK-SQLI",
    "REQUEST-944-APPLICATION-ATTACK-JAVA",
  ],
};

/** Microsoft's bounds for WAF_v2 with CRS 3.2 or later, as the provider validates them (plan/waf.ts). */
export { WAF_LIMITS };

/**
 * What log_scrubbing replaces with asterisks in every policy's logs: the value of every request
 * header and of every cookie. Every header, not a list of credential headers by name: a selector
 * matches a spelling (Microsoft's page says header names compare case-insensitively, a reported
 * test found them case-sensitive: docs/azure-behaviours.md), and HTTP/2 clients and fetch-based
 * SDKs send `authorization`, not `Authorization`.
 */
export const SCRUB_EVERY_HEADER_AND_COOKIE = [
  { matchVariable: "RequestHeaderNames", selectorMatchOperator: "EqualsAny" },
  { matchVariable: "RequestCookieNames", selectorMatchOperator: "EqualsAny" },
] as const;

export interface WafPolicyRequestBody {
  /** Inspect request bodies at all (request_body_check). @default true */
  readonly inspect?: boolean;
  /** How much of a body the rules read (request_body_inspect_limit_in_kb). @default 128 (Microsoft's default) */
  readonly inspectLimitKb?: number;
  /** Reject bodies above `maxSizeKb` with 413 (request_body_enforcement). @default true */
  readonly enforceMaxSize?: boolean;
  /** max_request_body_size_in_kb, 8-2000. @default 128 (Microsoft's default) */
  readonly maxSizeKb?: number;
  /** Reject multipart uploads above `fileUploadLimitMb` (file_upload_enforcement). @default true */
  readonly enforceFileUpload?: boolean;
  /** file_upload_limit_in_mb, 1-4000. @default 100 (Microsoft's default) */
  readonly fileUploadLimitMb?: number;
}

export interface WafPolicyRateLimit {
  /** Requests per client in one window (rate_limit_threshold, at least 1). */
  readonly threshold: number;
  /** @default "OneMin" */
  readonly duration?: "OneMin" | "FiveMins";
  /** What counts as one client (group_rate_limit_by). @default "ClientAddr" */
  readonly groupBy?: "ClientAddr" | "GeoLocation" | "None";
}

export interface WafPolicyProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** `Prevention` blocks what the rules match; `Detection` only logs it. */
  readonly mode: "Prevention" | "Detection";
  readonly ruleSet: WafManagedRuleSet;
  /** @default Microsoft's defaults (inspect 128 KB, enforce 128 KB, files 100 MB) */
  readonly requestBody?: WafPolicyRequestBody;
  /**
   * Managed rule groups that do not read request argument values (body fields and query
   * arguments): a per-rule-set exclusion on RequestArgValues, any name. Names, headers, cookies
   * and the URI are still inspected by them; every other group still reads the values. @default none
   */
  readonly argValueExcludedRuleGroups?: readonly string[];
  /** A RateLimitRule custom rule over every request the policy sees. @default none */
  readonly rateLimit?: WafPolicyRateLimit;
  /** Also run Microsoft_BotManagerRuleSet at this pinned version (known scanners and bad bots). @default none */
  readonly botManagerVersion?: "1.0" | "1.1";
  /** Scrub every JSON and form body argument's value from the logs (prompts). @default false */
  readonly scrubBodyArguments?: boolean;
}

export class WafPolicy extends Construct {
  readonly resource: WebApplicationFirewallPolicy;
  /** Resource ID, for firewall_policy_id or a path rule. */
  readonly id: string;
  readonly name: string;

  constructor(scope: Construct, id: string, props: WafPolicyProps) {
    super(scope, id);
    validate(id, props);
    const body = props.requestBody ?? {};
    const scrubRules = [
      ...SCRUB_EVERY_HEADER_AND_COOKIE,
      ...(props.scrubBodyArguments
        ? [
            { matchVariable: "RequestJSONArgNames", selectorMatchOperator: "EqualsAny" },
            { matchVariable: "RequestPostArgNames", selectorMatchOperator: "EqualsAny" },
          ]
        : []),
    ];

    this.resource = new WebApplicationFirewallPolicy(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      policySettings: {
        enabled: true,
        mode: props.mode,
        requestBodyCheck: body.inspect ?? true,
        requestBodyInspectLimitInKb: body.inspectLimitKb ?? 128,
        requestBodyEnforcement: body.enforceMaxSize ?? true,
        maxRequestBodySizeInKb: body.maxSizeKb ?? 128,
        fileUploadEnforcement: body.enforceFileUpload ?? true,
        fileUploadLimitInMb: body.fileUploadLimitMb ?? 100,
        logScrubbing: { enabled: true, rule: scrubRules.map((rule) => ({ enabled: true, ...rule })) },
      },
      managedRules: managedRules(props),
      customRules: props.rateLimit
        ? [
            {
              name: "RateLimitPerClient",
              priority: 10,
              ruleType: "RateLimitRule",
              action: "Block",
              rateLimitDuration: props.rateLimit.duration ?? "OneMin",
              rateLimitThreshold: props.rateLimit.threshold,
              groupRateLimitBy: props.rateLimit.groupBy ?? "ClientAddr",
              // A rate-limit rule still needs a match condition: every client (the frontend is IPv4).
              matchConditions: [{ matchVariables: [{ variableName: "RemoteAddr" }], operator: "IPMatch", matchValues: ["0.0.0.0/0"] }],
            },
          ]
        : undefined,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
  }
}

/** The limits the provider validates (WAF_LIMITS), checked at synthesis with the construct's and the prop's name. */
function validate(id: string, props: WafPolicyProps): void {
  const body = props.requestBody ?? {};
  const check = (prop: string, value: number | undefined, min: number, max = Infinity) => {
    if (value === undefined || Token.isUnresolved(value)) return;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`WafPolicy ${id}: ${prop} must be an integer in ${min}-${max === Infinity ? "∞" : max}, got ${value}`);
    }
  };
  check("requestBody.maxSizeKb", body.maxSizeKb, WAF_LIMITS.maxRequestBodyKb.min, WAF_LIMITS.maxRequestBodyKb.max);
  check("requestBody.fileUploadLimitMb", body.fileUploadLimitMb, WAF_LIMITS.fileUploadMb.min, WAF_LIMITS.fileUploadMb.max);
  check("requestBody.inspectLimitKb", body.inspectLimitKb, WAF_LIMITS.inspectLimitKb.min);
  check("rateLimit.threshold", props.rateLimit?.threshold, WAF_LIMITS.rateLimitThreshold.min);
}

/** The rule set (and the bot manager's), with the API's rule groups excluded on argument values. */
function managedRules(props: WafPolicyProps) {
  const excluded = props.argValueExcludedRuleGroups ?? [];
  return {
    managedRuleSet: [
      { type: props.ruleSet.type, version: props.ruleSet.version },
      ...(props.botManagerVersion ? [{ type: "Microsoft_BotManagerRuleSet", version: props.botManagerVersion }] : []),
    ],
    exclusion: excluded.length
      ? [
          {
            // "Equals any" takes "*" as its selector (the provider requires a non-empty one).
            matchVariable: "RequestArgValues",
            selectorMatchOperator: "EqualsAny",
            selector: "*",
            excludedRuleSet: {
              type: props.ruleSet.type,
              version: props.ruleSet.version,
              ruleGroup: excluded.map((ruleGroupName) => ({ ruleGroupName })),
            },
          },
        ]
      : undefined,
  };
}
