import { WAF_LIMITS, wafSettings } from "../../plan/waf";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Microsoft's WAF_v2 bounds (plan/waf.ts WAF_LIMITS) and the API policy's own consistency. */
export const wafLimits: Rule = {
  id: "AR040",
  severity: "error",
  title: "WAF size limits that cannot work",
  guide: "Step 7 (LLM and MCP requests through the gateway); docs/waf.md, \"Request size\"",
  waivable: false,
  check(env) {
    if (!wafSettings(env).enabled) return [];
    const api = env.ingress.waf.api;
    const out: Finding[] = [];
    const body = WAF_LIMITS.maxRequestBodyKb;
    if (api.maxRequestBodyKb !== undefined && api.maxRequestBodyKb > body.max) {
      out.push(
        finding(
          "ingress.waf.api.maxRequestBodyKb",
          `is above ${body.max} KB, the largest body a WAF_v2 policy can enforce: requests between ${body.max} KB and this size would get 413`,
          `remove it (the API policy then rejects no request for its size; Application Gateway's own limits apply) or set at most ${body.max}`,
          api.maxRequestBodyKb,
        ),
      );
    }
    if (api.maxRequestBodyKb !== undefined && api.maxRequestBodyKb < body.min) {
      out.push(
        finding(
          "ingress.waf.api.maxRequestBodyKb",
          `is below ${body.min} KB, the smallest limit a WAF_v2 policy accepts`,
          `set at least ${body.min}, or remove it`,
          api.maxRequestBodyKb,
        ),
      );
    }
    const inspectMax = Math.min(api.maxRequestBodyKb ?? body.max, body.max);
    if (api.inspectLimitKb > inspectMax) {
      out.push(
        finding(
          "ingress.waf.api.inspectLimitKb",
          api.maxRequestBodyKb !== undefined && api.maxRequestBodyKb <= body.max
            ? `is above ingress.waf.api.maxRequestBodyKb (${api.maxRequestBodyKb}): the WAF cannot inspect more of a body than it accepts`
            : `is above ${body.max} KB, the largest body a WAF_v2 policy inspects`,
          `set at most ${inspectMax}`,
          api.inspectLimitKb,
        ),
      );
    }
    const files = WAF_LIMITS.fileUploadMb;
    if (api.maxFileUploadMb > files.max) {
      out.push(
        finding(
          "ingress.waf.api.maxFileUploadMb",
          `is above ${files.max} MB, the largest file upload limit a WAF_v2 policy accepts`,
          `set at most ${files.max}`,
          api.maxFileUploadMb,
        ),
      );
    }
    return out;
  },
};
