// The schema and loader side of the input rules (docs/security.md, "Input-side rules"): values
// Azure would refuse, characters that hide in names, binary files, image digests. The check
// side is test/input-rules.test.ts.
import * as fs from "fs";
import * as path from "path";
import { parseAllDocuments } from "yaml";
import { loadEnvironments } from "../config/loader";
import { formatProblem } from "../config/problems";
import { loadProblems, makeEnv, renderFiles, tempDir } from "./helpers";

const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
const KV = `/subscriptions/${SUB}/resourceGroups/rg-platform-secrets/providers/Microsoft.KeyVault/vaults/kv-acme-platform`;
const otlp = (o: Record<string, unknown>) => ({ observability: { exporters: { otlpHttp: [{ name: "a", endpoint: "https://otlp.example.com/otlp", ...o }] } } });

describe("rate limits within what Azure accepts", () => {
  test.each([["ingress.waf.scannerRateLimitPerMinute", { ingress: { waf: { scannerRateLimitPerMinute: 2 ** 31 } } }], ["ingress.waf.api.rateLimitPerMinute", { ingress: { waf: { api: { rateLimitPerMinute: 1e12 } } } }]])(
    "fails on %s above a 32-bit threshold",
    (field, patch) => {
      const p = loadProblems(patch).find((x) => x.path === field);
      expect(p?.message).toBe("must be at most 2147483647");
    },
  );

  test("accepts the largest threshold Azure takes", () => {
    expect(loadProblems({ ingress: { waf: { scannerRateLimitPerMinute: 2147483647, api: { rateLimitPerMinute: 2147483647 } } } })).toEqual([]);
  });
});

describe("a binary file given as an environment", () => {
  test("gives one bounded line: file, not a YAML text file, fix", () => {
    const dir = tempDir();
    // Deterministic bytes that are not UTF-8 (0xff never is), 1 MB.
    const bytes = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
    fs.writeFileSync(path.join(dir, "blob.yaml"), bytes);
    const { problems } = loadEnvironments(["blob.yaml"], dir);
    expect(problems).toHaveLength(1);
    const line = formatProblem(problems[0]);
    expect(line).toMatch(/^ERROR AR000 blob\.yaml: is not a YAML text file .* fix: pass an environment file/);
    expect(line.length).toBeLessThan(300);
  });

  test("a UTF-8 file with NUL bytes gives one line too, and random YAML damage at most 11", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "nul.yaml"), "name: x\n\u0000\u0000\u0001binary");
    const nul = loadEnvironments(["nul.yaml"], dir).problems;
    expect(nul.map((p) => [p.message, p.line])).toEqual([["is not a YAML text file (it holds the control character U+0000, which YAML does not allow)", 2]]);
    fs.writeFileSync(path.join(dir, "junk.yaml"), Array.from({ length: 500 }, (_, i) => `k${i}: [a\n  - {b: ]`).join("\n"));
    const junk = loadEnvironments(["junk.yaml"], dir).problems;
    expect(junk.length).toBeLessThanOrEqual(11);
    // Either the one line the indentation finder gives, or ten errors and a count of the rest.
    if (junk.length > 1) expect(junk[junk.length - 1].message).toMatch(/^and \d+ more YAML syntax errors \(not listed\)$/);
    else expect(junk[0].message).toMatch(/^YAML (indentation|syntax) error: /);
  });
});

describe("invisible and bidirectional characters", () => {
  test.each([
    ["azure.tags.owner", { azure: { tags: { owner: "team\u202eevil" } } }, "U+202E"],
    ["azure.tags.own\u200ber", { azure: { tags: { "own\u200ber": "x" } } }, "U+200B"],
    ["azure.resourceGroup", { azure: { resourceGroup: "rg-\u2066prod" } }, "U+2066"],
    ["cluster.name", { cluster: { name: "\ufefftars" } }, "U+FEFF"],
    ["dns.hostname", { dns: { hostname: "proxy.exam\u00adple.com" } }, "U+00AD"],
    ["gitops.path", { gitops: { path: "dist/\u200dprod" } }, "U+200D"],
    ["observability.exporters.otlpHttp[0].headers.X-Scope-OrgID", otlp({ headers: { "X-Scope-OrgID": "t\u200fenant" } }), "U+200F"],
  ])("fails on one in %s, naming the code point, printed escaped", (field, patch, code) => {
    const problems = loadProblems(patch as Record<string, unknown>);
    const p = problems.find((x) => x.path === field && x.message.includes("invisible"));
    expect(p?.message).toContain(code);
    for (const q of problems) expect(formatProblem(q)).not.toMatch(/[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  });
});

describe("images pinned by digest", () => {
  const DIGEST = "a".repeat(64);
  const collector = `otel/opentelemetry-collector-contrib:0.98.0@sha256:${DIGEST}`;
  const pause = `registry.k8s.io/pause:3.10@sha256:${"b".repeat(64)}`;

  test("are accepted for the collector and the TLS sync pod and reach the rendered YAML as written", () => {
    const env = makeEnv({ keyVault: { vaultId: KV }, tls: { mode: "key-vault", keyVault: { certificateName: "proxy-cert", syncImage: pause } }, observability: { collector: { image: collector } } });
    const images: string[] = [];
    for (const [file, content] of renderFiles(env)) {
      if (!/\.ya?ml$/.test(file)) continue;
      for (const d of parseAllDocuments(content)) JSON.stringify(d.toJS(), (k, v) => (k === "image" && typeof v === "string" && images.push(v), v));
    }
    expect(images).toEqual(expect.arrayContaining([collector, pause]));
  });

  test("fails on a malformed digest", () => {
    expect(loadProblems({ observability: { collector: { image: "otel/x:1@sha256:abc" } } })[0]?.path).toBe("observability.collector.image");
  });

});
