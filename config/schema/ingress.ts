// The `ingress` block: AGIC or AGC, and the WAF.
import { z } from "zod";
import { PINNED } from "../presets";
import { chartVersion, k8sName, MAX_RATE_LIMIT_THRESHOLD } from "./fields";

const Agc = z
  .strictObject({
    albControllerChartVersion: chartVersion
      .default(PINNED.albControllerChart)
      .describe("Version of the ALB controller chart (oci://mcr.microsoft.com/application-lb/charts/alb-controller)."),
    controllerNamespace: k8sName.default("azure-alb-system").describe("Namespace of the ALB controller."),
    installGatewayApiCrds: z
      .boolean()
      .default(true)
      .describe(
        "Let the ALB controller chart install the Gateway API CRDs. Set false on a cluster that already has them (for example one where `tare install` ran first): Helm refuses to adopt CRDs it does not own.",
      ),
    namespace: k8sName
      .default("tars-alb")
      .describe("Namespace of the ApplicationLoadBalancer and the Gateway (created by the project)."),
  })
  .describe("Application Gateway for Containers settings (Appendix A).");

const Agic = z
  .strictObject({
    gateway: z
      .enum(["terraform", "addon"])
      .default("terraform")
      .describe(
        "Who creates the Application Gateway of a cluster the project creates (Step 7.1). `terraform`: the `-azure` stack creates it (Standard_v2 on the App Gateway subnet, " +
          "with a static public IP) and attaches the add-on to it, so the IP, the DNS record and the Proxy URL are known before the `-cluster` stack runs and both stacks deploy in one pass. " +
          "`addon`: the guide's way, the add-on creates it in the node resource group minutes after the cluster; wait for it before applying the `-cluster` stack (the runbook says how). " +
          "Ignored with `cluster.existing` (the add-on is already there).",
      ),
  })
  .describe("AGIC settings (Step 7.1).");

const WafApi = z
  .strictObject({
    maxRequestBodyKb: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "Largest request body /v1/ and /mcp/ must accept, in KB. Unset (default): the API policy rejects no request for its size (request_body_enforcement off; " +
          "Application Gateway's own limits apply), so long contexts and base64 images pass. Set: larger bodies get 413; Microsoft allows 8-2000 KB (AR040).",
      ),
    inspectLimitKb: z
      .number()
      .int()
      .min(0)
      .default(128)
      .describe(
        "How many KB of each API request body the managed rules read (request_body_inspect_limit_in_kb; the rest passes uninspected). Default 128, Microsoft's default. " +
          "At most maxRequestBodyKb when that is set, and at most 2000 (AR040).",
      ),
    maxFileUploadMb: z
      .number()
      .int()
      .min(1)
      .default(100)
      .describe("Largest multipart/form-data upload on the API paths (audio, files), in MB (file_upload_limit_in_mb). Default 100, Microsoft's default; Microsoft allows 1-4000 (AR040)."),
    promptRuleExclusions: z
      .boolean()
      .default(true)
      .describe(
        "Exclude request argument values (the JSON body's fields) from the rule groups that match code, SQL, markup and shell text (SQLI, XSS, RCE, PHP, JAVA, NODEJS, LFI, RFI): " +
          "prompts carry all of these. Headers, the URI and every other group are still inspected. false: the full rule set reads prompts (expect false positives).",
      ),
    rateLimitPerMinute: z
      .number()
      .int()
      .min(1)
      .max(MAX_RATE_LIMIT_THRESHOLD)
      .optional()
      .describe(
        "Requests per client IP and minute on /v1/ and /mcp/ (a RateLimitRule on the API policy). Default: none, since agents burst and many share one egress IP; the data plane enforces its own quotas.",
      ),
  })
  .describe("The API policy: what /v1/ and /mcp/ (the data plane's real endpoints) run under (docs/waf.md).");

const Waf = z
  .strictObject({
    enabled: z
      .boolean()
      .optional()
      .describe(
        "A web application firewall in front of the data plane (docs/waf.md). Default: on in production, off otherwise. Off in production is AR037 (waivable, with the reason).",
      ),
    mode: z
      .enum(["Prevention", "Detection"])
      .optional()
      .describe(
        "`Prevention` blocks what the rules match; `Detection` only logs it. Default: Prevention in production, Detection otherwise. Detection in production is AR038 (waivable, with the reason).",
      ),
    ruleSet: z
      .enum(["DRS-2.1", "CRS-3.2"])
      .default("DRS-2.1")
      .describe(
        "Managed rule set, version pinned: `DRS-2.1` (Microsoft_DefaultRuleSet 2.1, Microsoft's recommended set) or `CRS-3.2` (OWASP 3.2). Both policies (docs/waf.md) run it.",
      ),
    scannerRateLimitPerMinute: z
      .number()
      .int()
      .min(1)
      .max(MAX_RATE_LIMIT_THRESHOLD)
      .default(100)
      .describe(
        "Requests per client IP and minute on every path outside /v1/ and /mcp/ (the paths scanners probe), a RateLimitRule on the strict policy; above it the gateway answers 403.",
      ),
    api: WafApi.prefault({}),
  })
  .describe("Web application firewall for the data plane's public endpoint (docs/waf.md).");

export const Ingress = z
  .strictObject({
    mode: z
      .enum(["agic", "agc"])
      .default("agic")
      .describe("`agic`: the AGIC add-on and an Ingress (Step 7). `agc`: Application Gateway for Containers and a Gateway (Appendix A)."),
    agc: Agc.prefault({}),
    agic: Agic.prefault({}),
    waf: Waf.prefault({}),
  })
  .describe("How traffic reaches the data plane (Step 7, Appendix A).");
