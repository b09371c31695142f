// Hostile environment files: the encoders per sink, names validated to Azure's and
// Kubernetes' rules, credentials refused in URLs and never echoed. The property test over every
// string field is test/injection-property.test.ts; docs/security.md has the threat model.
import { planOf } from "../plan";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { md, mermaid, sh, shellQuote } from "../config/encode";
import { loadEnvironmentText } from "../config/loader";
import { formatProblem, publicProblem, type Problem } from "../config/problems";
import { renderOperatorFiles } from "../runbook";
import { existingCluster } from "../checks/rules/ar033-existing-cluster";
import { terraformLiteral, terraformLiterals } from "../stacks/terraform-literal";
import { BASE, loadProblems, makeEnv, merge, synthStacks, tempDir } from "./helpers";

const bash = (script: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync("bash", ["-c", script, "bash", ...args], { encoding: "utf8", env });

describe("sh: shell code with every value quoted for where it lands", () => {
  const payloads = ["plain", "rg(prod)", "a b", "it's", 'say "hi"', "$(touch /x)", "`id`", "${HOME}", "a;b|c&d", "!event", "*", "~", "-n", ""];

  test.each(payloads)("%j round-trips as a word, inside \"...\", inside '...' and inside $(...)", (value) => {
    const script = String(sh`printf '%s\\n' ${value} "<${value}>" '[${value}]' "$(printf '%s' ${value})"`);
    expect(bash(script)).toBe(`${value}\n<${value}>\n[${value}]\n${value}\n`);
  });

  test("keeps safe words as they are, so normal output does not change", () => {
    expect(String(sh`az group delete --name ${"rg-prod"} --yes`)).toBe("az group delete --name rg-prod --yes");
    expect(shellQuote("rg(prod)")).toBe("'rg(prod)'");
  });

  test("splices nested shell code in the outer context and joins lists as words", () => {
    const inner = sh`(cluster ${"a b"})`;
    expect(bash(String(sh`echo "x ${inner} y" ${["p q", "r"]}`))).toBe("x (cluster a b) y p q r\n");
  });

  test("fails on a value with a line break, and on a value inside ${...} that needs quoting", () => {
    expect(() => String(sh`echo ${"a\nb"}`)).toThrow(/control character/);
    expect(() => String(sh`x="\${Y:-${"a b"}}"`)).toThrow(/assign the value to a variable/);
  });
});

describe("md: Markdown with every value escaped", () => {
  test("escapes HTML, emphasis and links in text; keeps code spans verbatim; escapes | in table rows", () => {
    expect(String(md`name ${"<script>*x*[a](b)"} end`)).toBe("name \\<script\\>\\*x\\*\\[a\\](b) end");
    expect(String(md`in \`${"a<b>|c"}\` code`)).toBe("in `a<b>|c` code");
    expect(String(md`| k | \`${"a|b"}\` |`)).toBe("| k | `a\\|b` |");
  });

  test("fails on a backtick in a code span and on a line break anywhere", () => {
    expect(() => String(md`\`${"a`b"}\``)).toThrow(/backtick/);
    expect(() => String(md`x ${"a\n# b"}`)).toThrow(/control character/);
  });

  test("mermaid labels turn markup and quotes into entity codes", () => {
    expect(String(mermaid`App ${'<script>"x"|y'}<br/>z`)).toBe("App #60;script#62;#34;x#34;#124;y<br/>z");
  });
});

describe("Terraform literals where config enters the stacks", () => {
  test("escapes ${ and %{, and keeps every other character and __proto__ keys", () => {
    expect(terraformLiteral('${file("/etc/passwd")} %{if true}x%{endif} $$ % {')).toBe('$${file("/etc/passwd")} %%{if true}x%%{endif} $$ % {');
    const escaped = terraformLiterals(JSON.parse('{"__proto__": "${a}", "k${b}": ["%{c}"]}'));
    expect(Object.keys(escaped)).toEqual(["__proto__", "k$${b}"]);
    expect(escaped["k$${b}"]).toEqual(["%%{c}"]);
  });

  test("a tag key and value with ${...} reach cdk.tf.json escaped, while cdktf's references stay live", () => {
    const env = makeEnv({ azure: { tags: { "k${path.cwd}": '${file("/etc/hostname")}', pct: "%{ if true }x%{ endif }" } } });
    const { azure, azureJson } = synthStacks(env);
    expect(azure).toContain('"k$${path.cwd}": "$${file(\\"/etc/hostname\\")}"');
    expect(azure).toContain('"pct": "%%{ if true }x%%{ endif }"');
    expect(azure).not.toMatch(/[^$]\$\{file/);
    // References the stack itself makes are unchanged.
    const cluster = Object.values(azureJson.resource!.azurerm_kubernetes_cluster)[0] as { resource_group_name: string };
    expect(cluster.resource_group_name).toMatch(/^\$\{azurerm_resource_group\./);
  });
});

describe("names follow Azure's and Kubernetes' own rules", () => {
  const fails = (patch: Record<string, unknown>, field: string, message: RegExp) => {
    const problems = loadProblems(patch);
    const p = problems.find((x) => x.path === field);
    expect(p).toBeDefined();
    expect(p!.message).toMatch(message);
    expect(p!.fix).toBeTruthy();
    expect(formatProblem(p!).split("\n")).toHaveLength(1);
  };

  test.each([
    ["azure.resourceGroup", { azure: { resourceGroup: "rg$(touch /tmp/x)" } }, /resource group name/],
    ["azure.resourceGroup", { azure: { resourceGroup: "rg-ends-with." } }, /not ending in '\.'/],
    ["azure.resourceGroup", { azure: { resourceGroup: "r".repeat(91) } }, /1-90/],
    ["cluster.existing.resourceGroup", { cluster: { existing: { resourceGroup: "rg$(touch /tmp/x)" } } }, /resource group name/],
    ["cluster.existing.vnetName", { cluster: { existing: { resourceGroup: "rg", vnetName: "v;rm" } } }, /virtual network name/],
    ["observability.exporters.azureMonitor.applicationInsightsName", { observability: { exporters: { azureMonitor: { applicationInsightsName: "a/b" } } } }, /Application Insights name/],
    ["state.azurerm.containerName", { state: { backend: "azurerm", azurerm: { resourceGroupName: "rg", storageAccountName: "tfstate1", containerName: "Tf--State" } } }, /blob container name/],
    ["state.cloud.organization", { state: { backend: "cloud", cloud: { organization: "acme\n## Step 0" } } }, /control character/],
    ["gitops.argocd.project", { gitops: { argocd: { project: "<b>x</b>" } } }, /DNS-1123/],
    ["gitops.revision", { gitops: { revision: "main; curl x | sh" } }, /branch or tag/],
    ["gitops.path", { gitops: { path: "../../etc" } }, /without '\.\.'/],
    ["azure.tags.bad/key", { azure: { tags: { "bad/key": "v" } } }, /tag name/],
    ["azure.tags", { azure: { tags: Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`t${i}`, "v"])) } }, /at most 50 tags/],
    ["cluster.nodeCount", { cluster: { nodeCount: 100000 } }, /at most 1000/],
    ["cluster.availabilityZones", { cluster: { availabilityZones: ["1", "1"] } }, /twice/],
    ["observability.exporters.otlpHttp[0].secretKeys", { observability: { exporters: { otlpHttp: [{ name: "a", endpoint: "https://a.example.com", secretName: "otel-a", secretKeys: ["K", "K"] }] } } }, /twice/],
  ])("fails on a bad %s", (field, patch, message) => fails(patch as Record<string, unknown>, field as string, message as RegExp));

  test("accepts what Azure accepts, such as rg(prod), and 50 tags with the two the project adds", () => {
    expect(loadProblems({ azure: { resourceGroup: "rg(prod)_1.a", tags: Object.fromEntries(Array.from({ length: 47 }, (_, i) => [`t${i}`, "v"])) } })).toEqual([]);
    expect(loadProblems({ gitops: { repoUrl: "git@github.com:acme/platform.git" } })).toEqual([]);
  });

  test("fails on a __proto__ tag instead of dropping it", () => {
    const text = stringify(merge(BASE, {})).replace("owner: tests", "owner: tests\n    __proto__: x");
    expect(text).toContain("__proto__: x");
    const problems = loadEnvironmentText("environments/test.yaml", text).problems;
    expect(problems.map((p) => [p.path, p.message])).toEqual([["azure.tags.__proto__", expect.stringContaining("JavaScript objects cannot hold")]]);
  });

  test("fails on a backtick in the Application Insights name (legal for Azure; synth crashed on it in the runbook's code span)", () => {
    const problems = loadProblems({ observability: { exporters: { azureMonitor: { applicationInsightsName: "ai`x" } } } });
    expect(problems.map((p) => [p.path, p.message])).toEqual([["observability.exporters.azureMonitor.applicationInsightsName", expect.stringContaining("must not contain a backtick")]]);
  });

  test("fails on a control character in any string, such as a tag value", () => {
    expect(loadProblems({ azure: { tags: { owner: "a\u001b[31mb" } } })[0]).toMatchObject({ path: "azure.tags.owner", message: expect.stringContaining("control character") });
  });
});

describe("credentials are refused in URLs and never echoed", () => {
  const SECRET = "hunter2-SECRET-value";
  const noSecret = (problems: Problem[]) => {
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(formatProblem(p)).not.toContain(SECRET);
      expect(JSON.stringify(publicProblem(p))).not.toContain(SECRET);
    }
  };
  const exporter = (o: Record<string, unknown>) => ({ observability: { exporters: { otlpHttp: [{ name: "a", endpoint: "https://a.example.com", ...o }] } } });

  test.each([
    ["a password in an exporter endpoint", exporter({ endpoint: `https://user:${SECRET}@otlp.example.com` }), "observability.exporters.otlpHttp[0].endpoint", /credentials/],
    ["a token in an exporter endpoint's query", exporter({ endpoint: `https://otlp.example.com/v1?api_key=${SECRET}` }), "observability.exporters.otlpHttp[0].endpoint", /query string/],
    ["a token in gitops.repoUrl", { gitops: { repoUrl: `https://x-access-token:${SECRET}@github.com/acme/x.git` } }, "gitops.repoUrl", /credentials/],
    ["a token before @ in gitops.repoUrl", { gitops: { repoUrl: `https://${SECRET}@github.com/acme/x.git` } }, "gitops.repoUrl", /credentials/],
    ["a newline in gitops.repoUrl", { gitops: { repoUrl: `https://github.com/acme/x.git\n${SECRET}` } }, "gitops.repoUrl", /control character/],
    ["a header value that is not a string", exporter({ headers: { Authorization: [SECRET] } }), "observability.exporters.otlpHttp[0].headers.Authorization", /must be a string/],
    ["a bad URL holding a password", exporter({ endpoint: `not a url ${SECRET}` }), "observability.exporters.otlpHttp[0].endpoint", /URL/],
  ])("fails on %s, without echoing it", (_name, patch, field, message) => {
    const problems = loadProblems(patch as Record<string, unknown>);
    expect(problems.find((p) => p.path === field)?.message).toMatch(message as RegExp);
    noSecret(problems);
  });

  test("a whole exporter of the wrong shape is not echoed either", () => {
    noSecret(loadProblems({ observability: { exporters: { otlpHttp: [{ name: 1, endpoint: "https://a.example.com", headers: { Authorization: SECRET } }] } } }));
  });
});

describe("the scripts quote what is legal", () => {
  test("rg(prod) and a reused cluster's group keep cleanup.sh and verify.sh parseable and the printed commands copy-pasteable", () => {
    const env = makeEnv({ azure: { resourceGroup: "rg(prod)" }, cluster: { existing: { resourceGroup: "rg(aks)" } } });
    const dir = tempDir();
    for (const f of renderOperatorFiles(planOf(env))) fs.writeFileSync(path.join(dir, f.path), f.content);
    for (const script of ["cleanup.sh", "verify.sh"]) execFileSync("bash", ["-n", path.join(dir, script)]);
    const cleanup = fs.readFileSync(path.join(dir, "cleanup.sh"), "utf8");
    expect(cleanup).toContain("echo '   az aks disable-addons --resource-group '\\''rg(aks)'\\'' --name tars-test --addons ingress-appgw'");
    const out = execFileSync("bash", [path.join(dir, "cleanup.sh"), "--dry-run"], { encoding: "utf8", env: { ...process.env, PATH: `${dir}:/usr/bin:/bin` } });
    expect(out).toContain("az aks disable-addons --resource-group 'rg(aks)' --name tars-test --addons ingress-appgw");
    const runbook = fs.readFileSync(path.join(dir, "RUNBOOK.md"), "utf8");
    expect(runbook).toContain("az aks get-credentials --resource-group 'rg(aks)' --name tars-test");
  });

  test("the commands in an existing cluster's plan-time errors are quoted", () => {
    const { azure } = synthStacks(makeEnv({ azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, ingress: { mode: "agc" }, cluster: { existing: { resourceGroup: "rg(aks)" } } }));
    expect(azure).toContain("az aks update -g 'rg(aks)' -n tars-test --enable-oidc-issuer --enable-workload-identity");
  });

  test("AR033's fix for an existing cluster in rg(aks) pastes as one command", () => {
    const env = makeEnv({ azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" }, ingress: { mode: "agc" }, cluster: { existing: { resourceGroup: "rg(aks)" } } });
    const fix = existingCluster.check(env).find((f) => f.path === "ingress.mode")!.fix;
    expect(fix).toContain("az aks update -g 'rg(aks)' -n tars-test --enable-oidc-issuer --enable-workload-identity");
  });

  test("the add-on gateway's wait command quotes the node resource group it prints at plan time", () => {
    const { clusterJson } = synthStacks(makeEnv({ ingress: { agic: { gateway: "addon" } }, dns: { mode: "nip-io", hostname: undefined } }));
    const exists = Object.values(clusterJson.data!.azurerm_resources)[0] as { lifecycle: { postcondition: { error_message: string }[] } };
    expect(exists.lifecycle.postcondition[0].error_message).toContain("az network application-gateway show -g '${self.resource_group_name}' -n tars-test-appgw");
  });

  test("the get_credentials_command output is quoted", () => {
    const { azureJson } = synthStacks(makeEnv({ azure: { resourceGroup: "rg(prod)" } }));
    expect(azureJson.output!.get_credentials_command.value).toBe("az aks get-credentials --resource-group 'rg(prod)' --name tars-test --file ~/kubeconfig-tars-test");
  });
});
