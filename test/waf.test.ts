// The web application firewall with AGIC (docs/waf.md). Each WAF mode of
// test/fixtures/modes.ts on both outputs (Terraform JSON and Kubernetes YAML), the construct's
// own checks, and what must never change (secrets out of the logs, "/" untouched).
import { planOf } from "../plan";
import { execFileSync } from "child_process";
import { Testing, TerraformStack } from "cdktf";
import { App, Chart } from "cdk8s";
import { AGIC_WAF_POLICY_ANNOTATION, DataPlaneIngress } from "../charts/data-plane-ingress";
import { resolve } from "../plan";
import { wafPolicyNames } from "../plan/waf";

import { PROMPT_TEXT_RULE_GROUPS, WafPolicy, WAF_RULE_SETS } from "../stacks/constructs/waf-policy";
import { renderOperatorFiles } from "../runbook";
import { MODES } from "./fixtures/modes";
import { findObject, loadProblems, makeEnv, objectsOf, resourcesOf, synthStacks, type K8sObject } from "./helpers";

const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
type Plain = Record<string, any>;

function wafOf(patch: Record<string, unknown>) {
  const env = makeEnv(patch);
  const { azureJson } = synthStacks(env);
  const policies = resourcesOf(azureJson, "azurerm_web_application_firewall_policy") as Plain[];
  const names = wafPolicyNames(env);
  return {
    env,
    azureJson,
    objects: objectsOf(env),
    gateway: resourcesOf(azureJson, "azurerm_application_gateway")[0] as Plain,
    strict: policies.find((p) => p.name === names.strict),
    api: policies.find((p) => p.name === names.api),
  };
}

const apiIngress = (objects: K8sObject[]) => objects.find((o) => o.kind === "Ingress" && o.metadata.name === "tars-ingress-api");

describe("each WAF mode on both outputs", () => {
  const wafModes = Object.entries(MODES).filter(([, patch]) => {
    const env = makeEnv(patch);
    return env.ingress.mode === "agic" && !env.cluster.existing && (env.ingress.waf.enabled ?? env.production);
  });

  test("the fixtures hold a production default, a non-production opt-in and the LLM settings", () => {
    expect(wafModes.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "entra id, no local accounts, zones, authorized ranges, production",
        "waf opt-in outside production (Detection)",
        "waf prevention, CRS 3.2, LLM body limits, rate limits, byo TLS",
        "waf without prompt exclusions, nip-io",
      ]),
    );
  });

  test.each(wafModes)("%s: WAF_v2 gateway on the strict policy, API policy named by the Ingress annotation", (_name, patch) => {
    const { env, gateway, strict, api, objects } = wafOf(patch);
    const mode = env.ingress.waf.mode ?? (env.production ? "Prevention" : "Detection");
    expect(gateway.sku).toMatchObject({ name: "WAF_v2", tier: "WAF_v2" });
    expect(gateway.firewall_policy_id).toBe("${azurerm_web_application_firewall_policy.WafPolicy_23F1E8C3.id}");
    expect(strict!.policy_settings).toMatchObject({ mode, request_body_enforcement: true, max_request_body_size_in_kb: 128 });
    expect(api!.policy_settings).toMatchObject({ mode, request_body_inspect_limit_in_kb: env.ingress.waf.api.inspectLimitKb });
    const ruleSet = WAF_RULE_SETS[env.ingress.waf.ruleSet];
    expect(strict!.managed_rules.managed_rule_set[0]).toEqual(ruleSet);
    expect(api!.managed_rules.managed_rule_set).toEqual([ruleSet]);

    const ingress = apiIngress(objects)!;
    const id = ingress.metadata.annotations![AGIC_WAF_POLICY_ANNOTATION];
    expect(id).toBe(resolve(env).waf?.policies.api.id);
    // The ID the annotation names is the API policy's: same subscription, group and name.
    expect(id).toBe(
      `/subscriptions/${SUB}/resourceGroups/${env.azure.resourceGroup}/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/${api!.name}`,
    );
    expect((ingress.spec as Plain).rules[0].http.paths.map((p: Plain) => p.path)).toEqual(["/v1/", "/mcp/"]);
  });
});

test("production runs Prevention by default; a non-production opt-in runs Detection", () => {
  expect(wafOf(MODES["entra id, no local accounts, zones, authorized ranges, production"]).api!.policy_settings.mode).toBe("Prevention");
  expect(wafOf(MODES["waf opt-in outside production (Detection)"]).api!.policy_settings.mode).toBe("Detection");
});

test("without the WAF: Standard_v2, no policy, one Ingress (the guide's)", () => {
  const { gateway, strict, api, objects, azureJson } = wafOf({});
  expect(gateway.sku).toMatchObject({ name: "Standard_v2" });
  expect(gateway.firewall_policy_id).toBeUndefined();
  expect(strict).toBeUndefined();
  expect(api).toBeUndefined();
  expect(apiIngress(objects)).toBeUndefined();
  expect(resourcesOf(azureJson, "azurerm_role_definition")).toEqual([]);
});

test("API policy defaults: no size enforcement, 128 KB inspected, prompt rule groups excluded for argument values only", () => {
  const { api } = wafOf(MODES["waf opt-in outside production (Detection)"]);
  expect(api!.policy_settings).toMatchObject({
    request_body_check: true,
    request_body_enforcement: false,
    max_request_body_size_in_kb: 2000,
    request_body_inspect_limit_in_kb: 128,
    file_upload_limit_in_mb: 100,
  });
  expect(api!.managed_rules.exclusion).toEqual([
    {
      match_variable: "RequestArgValues",
      selector_match_operator: "EqualsAny",
      selector: "*",
      excluded_rule_set: {
        type: "Microsoft_DefaultRuleSet",
        version: "2.1",
        rule_group: PROMPT_TEXT_RULE_GROUPS["DRS-2.1"].map((rule_group_name) => ({ rule_group_name })),
      },
    },
  ]);
  expect(api!.custom_rules).toBeUndefined();
});

test("the strict policy: Microsoft's size defaults, no exclusion, Bot Manager, a per-client rate limit", () => {
  const { strict } = wafOf(MODES["waf opt-in outside production (Detection)"]);
  expect(strict!.policy_settings).toMatchObject({ request_body_enforcement: true, max_request_body_size_in_kb: 128, file_upload_limit_in_mb: 100 });
  expect(strict!.managed_rules.exclusion).toBeUndefined();
  expect(strict!.managed_rules.managed_rule_set[1]).toEqual({ type: "Microsoft_BotManagerRuleSet", version: "1.1" });
  expect(strict!.custom_rules).toEqual([
    expect.objectContaining({ rule_type: "RateLimitRule", rate_limit_duration: "OneMin", rate_limit_threshold: 100, group_rate_limit_by: "ClientAddr", action: "Block" }),
  ]);
});

test("the LLM settings reach the API policy (CRS 3.2 groups, enforced 2000 KB, 1024 KB inspected, 512 MB files, rate limit)", () => {
  const { api, strict } = wafOf(MODES["waf prevention, CRS 3.2, LLM body limits, rate limits, byo TLS"]);
  expect(api!.policy_settings).toMatchObject({
    mode: "Prevention",
    request_body_enforcement: true,
    max_request_body_size_in_kb: 2000,
    request_body_inspect_limit_in_kb: 1024,
    file_upload_limit_in_mb: 512,
  });
  expect(api!.managed_rules.exclusion[0].excluded_rule_set.rule_group.map((g: Plain) => g.rule_group_name)).toContain(
    "REQUEST-942-APPLICATION-ATTACK-SQLI",
  );
  expect(api!.custom_rules[0]).toMatchObject({ rule_type: "RateLimitRule", rate_limit_threshold: 600 });
  expect(strict!.custom_rules[0]).toMatchObject({ rate_limit_threshold: 60 });
});

test("promptRuleExclusions: false leaves the full rule set on prompts", () => {
  expect(wafOf(MODES["waf without prompt exclusions, nip-io"]).api!.managed_rules.exclusion).toBeUndefined();
});

/**
 * What a log_scrubbing rule masks, as Microsoft's rule engine is described to: `EqualsAny` every
 * element of its match variable, `Equals` the one named by the selector. Compared case-sensitively,
 * as MicrosoftDocs/azure-docs#122099 found in a test (Microsoft's page says header names are not).
 */
function scrubsHeader(rules: Plain[], header: string): boolean {
  return rules.some(
    (r) => r.enabled && r.match_variable === "RequestHeaderNames" && (r.selector_match_operator === "EqualsAny" || (r.selector_match_operator === "Equals" && r.selector === header)),
  );
}

test("no credential reaches the WAF logs in any spelling: both policies scrub every header and cookie value; the API policy every body argument", () => {
  const { strict, api } = wafOf(MODES["waf opt-in outside production (Detection)"]);
  for (const policy of [strict!, api!]) {
    const scrub = policy.policy_settings.log_scrubbing;
    expect(scrub.enabled).toBe(true);
    // As curl sends them, as HTTP/2 and fetch-based SDKs send them, and any other header.
    for (const header of ["Authorization", "authorization", "Proxy-Authorization", "proxy-authorization", "x-api-key", "X-Api-Key", "api-key", "cookie", "x-goog-api-key"]) {
      expect({ header, scrubbed: scrubsHeader(scrub.rule, header) }).toEqual({ header, scrubbed: true });
    }
    expect(scrub.rule).toContainEqual({ enabled: true, match_variable: "RequestHeaderNames", selector_match_operator: "EqualsAny" });
    expect(scrub.rule).toContainEqual({ enabled: true, match_variable: "RequestCookieNames", selector_match_operator: "EqualsAny" });
  }
  expect(api!.policy_settings.log_scrubbing.rule).toContainEqual({ enabled: true, match_variable: "RequestJSONArgNames", selector_match_operator: "EqualsAny" });
});

test("the AGIC identity may join the two policies: built-in Network Contributor scoped to each policy, no custom role (one apply cannot create and assign one)", () => {
  const { azureJson } = wafOf(MODES["waf opt-in outside production (Detection)"]);
  expect(resourcesOf(azureJson, "azurerm_role_definition")).toEqual([]);
  const onPolicies = (resourcesOf(azureJson, "azurerm_role_assignment") as Plain[]).filter((a) => String(a.scope).includes("azurerm_web_application_firewall_policy"));
  expect(onPolicies.map((a) => [a.role_definition_name, a.scope]).sort()).toEqual([
    ["Network Contributor", "${azurerm_web_application_firewall_policy.WafApiPolicy_D17C7196.id}"],
    ["Network Contributor", "${azurerm_web_application_firewall_policy.WafPolicy_23F1E8C3.id}"],
  ]);
  expect(onPolicies.every((a) => a.role_definition_id === undefined && a.principal_type === "ServicePrincipal")).toBe(true);
});

test("the gateway depends on the API policy, which only AGIC links to it: a destroy deletes the gateway before the policy", () => {
  const { gateway, azureJson } = wafOf(MODES["waf opt-in outside production (Detection)"]);
  const policies = (azureJson.resource as Plain).azurerm_web_application_firewall_policy as Plain;
  const apiKey = Object.keys(policies).find((k) => policies[k].name === "tars-test-waf-api");
  expect(gateway.depends_on).toEqual([`azurerm_web_application_firewall_policy.${apiKey}`]);
  // The strict policy is a reference already (firewall_policy_id); without the WAF, no edge.
  expect(wafOf({}).gateway.depends_on).toBeUndefined();
});

test("the API Ingress shares host, TLS Secret, probe and redirect with tars-ingress; the certificate is requested once", () => {
  const { objects } = wafOf({ ...MODES["waf opt-in outside production (Detection)"], tls: { mode: "cert-manager", certManager: { email: "platform-oncall@acme-ai.dev" } } });
  const main = findObject(objects, "Ingress", "tars-ingress");
  const api = apiIngress(objects)!;
  expect((api.spec as Plain).tls).toEqual((main.spec as Plain).tls);
  expect((api.spec as Plain).rules[0].host).toBe((main.spec as Plain).rules[0].host);
  expect(api.metadata.annotations).toMatchObject({
    "appgw.ingress.kubernetes.io/health-probe-path": "/",
    "appgw.ingress.kubernetes.io/health-probe-status-codes": "200-499",
    "appgw.ingress.kubernetes.io/ssl-redirect": "true",
  });
  expect(api.metadata.annotations!["cert-manager.io/cluster-issuer"]).toBeUndefined();
  expect(main.metadata.annotations![AGIC_WAF_POLICY_ANNOTATION]).toBeUndefined();
  expect((main.spec as Plain).rules[0].http.paths.map((p: Plain) => p.path)).toEqual(["/"]);
});

test("the output waf_api_policy_id states the ID the annotation carries", () => {
  const { azureJson, env } = wafOf(MODES["waf opt-in outside production (Detection)"]);
  expect(azureJson.output!.waf_api_policy_id.description).toContain(resolve(env).waf?.policies.api.id);
});

describe("WafPolicy construct", () => {
  const make = (props: Partial<ConstructorParameters<typeof WafPolicy>[2]>) => {
    const stack = new TerraformStack(Testing.app(), "s");
    return new WafPolicy(stack, "Waf", { name: "p", resourceGroupName: "rg", location: "westeurope", mode: "Prevention", ruleSet: WAF_RULE_SETS["DRS-2.1"], ...props });
  };

  test("fails on a body limit above Microsoft's 2000 KB", () => {
    expect(() => make({ requestBody: { maxSizeKb: 4096 } })).toThrow(/WafPolicy Waf: requestBody.maxSizeKb must be an integer in 8-2000, got 4096/);
  });
  test("fails on a file upload limit above 4000 MB", () => {
    expect(() => make({ requestBody: { fileUploadLimitMb: 4001 } })).toThrow(/requestBody.fileUploadLimitMb .* got 4001/);
  });
  test("fails on a rate limit of 0", () => {
    expect(() => make({ rateLimit: { threshold: 0 } })).toThrow(/rateLimit.threshold .* got 0/);
  });
  test("synthesizes Microsoft's defaults when given no limits", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new WafPolicy(stack, "Waf", { name: "p", resourceGroupName: "rg", location: "westeurope", mode: "Detection", ruleSet: WAF_RULE_SETS["CRS-3.2"] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties({ tfResourceType: "azurerm_web_application_firewall_policy" } as never, {
      policy_settings: expect.objectContaining({ mode: "Detection", max_request_body_size_in_kb: 128, request_body_inspect_limit_in_kb: 128, file_upload_limit_in_mb: 100 }),
      managed_rules: expect.objectContaining({ managed_rule_set: [{ type: "OWASP", version: "3.2" }] }),
    });
  });
});

describe("DataPlaneIngress wafPolicyForPaths", () => {
  test.each([["/"], ["/*"], [""]])("fails on the catch-all path %j (AGIC would put the policy on the whole listener)", (path) => {
    const chart = new Chart(new App(), "c");
    expect(() => new DataPlaneIngress(chart, "Ingress", { wafPolicyForPaths: { policyId: "/subscriptions/x", paths: ["/v1/", path] } })).toThrow(
      /wafPolicyForPaths.paths must be non-empty and hold no catch-all/,
    );
  });
});

describe("hostile values in the WAF's own fields are refused by the schema, never synthesized", () => {
  test.each([
    ["ingress.waf.scannerRateLimitPerMinute", { scannerRateLimitPerMinute: 0 }],
    ["ingress.waf.scannerRateLimitPerMinute", { scannerRateLimitPerMinute: "100; rm -rf /" }],
    ["ingress.waf.api.inspectLimitKb", { api: { inspectLimitKb: -1 } }],
    ["ingress.waf.api.maxRequestBodyKb", { api: { maxRequestBodyKb: 1.5 } }],
    ["ingress.waf.api.maxFileUploadMb", { api: { maxFileUploadMb: "${file(\"/etc/passwd\")}" } }],
    ["ingress.waf.ruleSet", { ruleSet: "OWASP-2.2.9" }],
    ["ingress.waf.mode", { mode: "Off" }],
  ])("fails on a bad %s", (path, waf) => {
    const problems = loadProblems({ ingress: { waf } });
    expect(problems.map((p) => p.path)).toContain(path);
  });
});

test("RUNBOOK.md and ARCHITECTURE.md name the WAF_v2 gateway and its mode (Standard_v2 without the WAF)", () => {
  const files = (patch: Record<string, unknown>) => {
    const out = renderOperatorFiles(planOf(makeEnv(patch)));
    return { runbook: out.find((f) => f.path === "RUNBOOK.md")!.content, architecture: out.find((f) => f.path === "ARCHITECTURE.md")!.content };
  };
  const waf = files(MODES["waf opt-in outside production (Detection)"]);
  expect(waf.runbook).toContain("(WAF_v2, Detection, WAF policies `tars-test-waf` and `tars-test-waf-api`");
  expect(waf.architecture).toContain("WAF_v2 (Detection), AGIC add-on");
  const plain = files({});
  expect(plain.runbook).toContain("(Standard_v2)");
  expect(plain.architecture).not.toContain("WAF_v2");
});

test("verify.sh checks that prompt text passes the WAF (401 from the data plane) and, in Prevention, that an attack outside the API is blocked (403)", () => {
  const verify = (patch: Record<string, unknown>) => renderOperatorFiles(planOf(makeEnv(patch))).find((f) => f.path === "verify.sh")!.content;
  const prevention = verify(MODES["waf prevention, CRS 3.2, LLM body limits, rate limits, byo TLS"]);
  expect(prevention).toMatch(/request NotREAL POST \/v1\/chat\/completions [^\n]*\n[^\n]*SELECT \* FROM users WHERE id = 1 OR 1=1[^\n]*<script>alert\(1\)<\/script>[^\n]*\nexpect "waf passes prompt text" "\$status" 401 ""/);
  expect(prevention).toContain('status=$(request NotREAL GET "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")\nexpect "waf blocks attacks" "$status" 403 ""');
  const detection = verify(MODES["waf opt-in outside production (Detection)"]);
  expect(detection).toContain('expect "waf passes prompt text"');
  expect(detection).not.toContain("waf blocks attacks");
  expect(verify({})).not.toContain("waf ");
  // AGC: the prompt check only (every routed path is under the API policy there).
  const agc = verify(MODES["agc, WAF Prevention (production default)"]);
  expect(agc).toContain('expect "waf passes prompt text"');
  expect(agc).not.toContain("waf blocks attacks");
  expect(() => execFileSync("bash", ["-n"], { input: agc })).not.toThrow();
  for (const script of [prevention, detection]) {
    expect(() => execFileSync("bash", ["-n"], { input: script })).not.toThrow();
  }
});
