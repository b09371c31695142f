// Property test: every string field of the environment schema, discovered by walking
// the zod schema (a new field is covered without editing this file), receives shell, Terraform
// template, Markdown/HTML and YAML payloads. For each, either `check` refuses it with one-line
// errors, or every sink holds it inert:
//   - cleanup.sh and verify.sh parse (bash -n), and running them (cleanup --dry-run, verify) and
//     every runbook `sh` block with stubbed az/kubectl/helm/terraform/curl/... creates no marker;
//   - no unescaped ${ or %{ from the value reaches cdk.tf.json;
//   - RUNBOOK.md and ARCHITECTURE.md keep their structure (headings, fences, HTML tags, table
//     pipes, Mermaid labels) — the value adds none;
//   - the YAML parses back to the value itself.
import { planOf } from "../plan";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parse, parseAllDocuments, stringify } from "yaml";
import type { z } from "zod";
import { renderManifests } from "../charts";
import { checkEnvironment } from "../checks";
import { loadEnvironmentText, type Environment } from "../config/loader";
import { formatProblem, hasErrors, type Problem } from "../config/problems";
import { EnvironmentSchema } from "../config/schema";
import { collectorConfig, exportersOf, POD_IP_VAR } from "../config/telemetry";
import { renderOperatorFiles } from "../runbook";
import { MODES } from "./fixtures/modes";
import { BASE, exampleFiles, merge, ROOT, synthStacks, tempDir } from "./helpers";

type Seg = string | { index: 0 } | { key: true } | { value: true };
type Doc = Record<string, unknown>;
type AnySchema = z.ZodType & { _zod: { def: Record<string, any> } };

// ---------------------------------------------------------------------------------------
// Discovering every string field.

function stringFields(schema: AnySchema, prefix: Seg[] = [], out: Seg[][] = []): Seg[][] {
  const def = schema._zod.def;
  switch (def.type) {
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
    case "readonly":
      return stringFields(def.innerType, prefix, out);
    case "pipe":
      return stringFields(def.out, prefix, out);
    case "object":
      for (const [k, v] of Object.entries(def.shape as Record<string, AnySchema>)) stringFields(v, [...prefix, k], out);
      return out;
    case "array":
      return stringFields(def.element, [...prefix, { index: 0 }], out);
    case "record":
      stringFields(def.keyType, [...prefix, { key: true }], out);
      return stringFields(def.valueType, [...prefix, { value: true }], out);
    case "string":
      out.push(prefix);
      return out;
    default:
      return out; // enums, numbers, booleans: not free text
  }
}

const show = (p: Seg[]) =>
  p.map((s) => (typeof s === "string" ? `.${s}` : "index" in s ? "[0]" : "key" in s ? ".<key>" : ".<value>")).join("").slice(1);

const FIELDS = stringFields(EnvironmentSchema as unknown as AnySchema).filter((p) => p[0] !== "$schema");

// ---------------------------------------------------------------------------------------
// Seeds: the examples, every mode, and a few patches so that every optional section exists.

const EXTRA: Record<string, unknown>[] = [
  {
    cluster: { name: "aks-shared", existing: { resourceGroup: "rg-aks", vnetName: "vnet-aks", vnetResourceGroup: "rg-net" } },
    dns: { registeredUrl: "http://proxy.example-corp.com" },
    gitops: { repoUrl: "https://git.example-corp.com/p/g.git", path: "dist/test", argocd: { enabled: true, project: "platform" } },
    state: { backend: "azurerm", azurerm: { resourceGroupName: "rg-tfstate", storageAccountName: "tfstateacme", keyPrefix: "env/test", subscriptionId: "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a" } },
    waivers: {},
    acknowledgeReplacements: [{ address: "azurerm_kubernetes_cluster.Cluster_EB0386A7", reason: "renamed on purpose, nothing runs there yet" }],
    dataPlane: { version: "0.1.0-beta.4", sha256: { "linux-amd64": "a".repeat(64), "linux-arm64": "b".repeat(64), "darwin-amd64": "c".repeat(64), "darwin-arm64": "d".repeat(64) } },
  },
  {
    state: { backend: "cloud", cloud: { organization: "acme", workspacePrefix: "ar-" } },
    tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev" } },
    waivers: { AR027: "reviewed: the API server is reachable only through the corporate firewall" },
  },
  {
    azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41" },
    cluster: { vmSize: "Standard_D4s_v5", kubernetesVersion: "1.34", apiServerAuthorizedIpRanges: ["203.0.113.0/24"], entraId: { enabled: true, adminGroupObjectIds: ["0b5a1e8c-2f4d-4c11-9a77-5d3e2c1b0a99"] } },
    observability: {
      exporters: {
        azureMonitor: { logAnalyticsWorkspaceId: "/subscriptions/7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/ws" },
        otlpHttp: [{ name: "grafana", endpoint: "https://otlp.example.net/otlp", headers: { "X-Scope-OrgID": "tenant1", Authorization: "Basic ${env:GRAFANA_AUTH}" }, secretName: "otel-grafana", secretKeys: ["GRAFANA_AUTH"] }],
        otlp: { endpoint: "tempo.observability.svc:4317" },
      },
    },
  },
];

interface Seed {
  readonly doc: Doc;
  readonly env: Environment;
}

const SEEDS: Seed[] = [
  ...exampleFiles().map((f) => parse(fs.readFileSync(path.join(ROOT, f), "utf8")) as Doc),
  ...Object.values(MODES).map((p) => merge(BASE, p)),
  ...EXTRA.map((p) => merge(BASE, p)),
].flatMap((doc) => {
  const r = loadEnvironmentText("seed.yaml", stringify(doc));
  return r.environment && !hasErrors(checkEnvironment(r.environment)) ? [{ doc, env: r.environment.env }] : [];
});

/** The value at a path, following the first array item and the first record entry. */
function valueAt(root: unknown, p: Seg[]): unknown {
  let cur = root;
  for (const s of p) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (typeof s === "string") cur = (cur as Doc)[s];
    else if ("index" in s) cur = (cur as unknown[])[0];
    else if ("key" in s) cur = Object.keys(cur)[0];
    else cur = Object.values(cur)[0];
  }
  return cur;
}

/** A copy of `doc` with `value` at the path; a record gets a new entry (key or value). */
function inject(doc: Doc, p: Seg[], value: string): Doc {
  const copy = structuredClone(doc);
  let cur: any = copy;
  for (let i = 0; i < p.length; i++) {
    const s = p[i];
    const last = i === p.length - 1;
    if (typeof s === "string") {
      if (last) cur[s] = value;
      else {
        const next = p[i + 1];
        if (cur[s] === undefined || cur[s] === null) cur[s] = typeof next === "object" && "index" in next ? [] : {};
        cur = cur[s];
      }
    } else if ("index" in s) {
      if (last) cur[0] = value;
      else {
        if (cur[0] === undefined) cur[0] = {};
        cur = cur[0];
      }
    } else if ("key" in s) {
      const [firstValue] = Object.values(cur);
      cur[value] = firstValue ?? "v";
    } else {
      const [firstKey] = Object.keys(cur);
      cur[firstKey ?? "k1"] = value;
    }
  }
  return copy;
}

/** The seed in which the field exists with a string value (so that it is really exercised). */
function seedFor(p: Seg[]): { seed: Seed; benign: string } | undefined {
  for (const seed of SEEDS) {
    const v = valueAt(seed.env, p);
    if (typeof v === "string") return { seed, benign: v };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// The payloads. `touch pwned` runs in the scripts' working directory if anything executes.

const MARK = "pwned";
const PAYLOADS: { sink: string; value: string }[] = [
  { sink: "shell", value: `x';touch ${MARK};'"$(touch ${MARK})\`touch ${MARK}\`";touch ${MARK}|touch ${MARK}&&touch ${MARK}` },
  { sink: "shell", value: "rg(prod)" },
  { sink: "terraform", value: "${path.cwd}x" },
  { sink: "terraform", value: "%{ if true }x%{ endif }" },
  { sink: "markdown", value: "<script>a`b|c*d*[e](f)</script>" },
  { sink: "markdown", value: "x\n# Injected\n```sh\ntouch pwned\n```" },
  // A lone backtick: legal in some Azure names, and what a Markdown code span cannot hold.
  { sink: "markdown", value: "ai`x" },
  { sink: "yaml", value: "'x\" #c &a *b !!binary {y: z}" },
  { sink: "yaml", value: "a: b\n- c" },
  // Collector 0.98 expands $NAME and ${NAME} from its environment (docs/azure-behaviours.md).
  { sink: "collector", value: "https://x.example/$DD_API_KEY" },
  { sink: "collector", value: "$DD_API_KEY" },
  // Invisible and bidirectional characters: refused in every string field.
  { sink: "invisible", value: "a\u200bb\u202ec" },
];

// ---------------------------------------------------------------------------------------
// Sinks.

const STUBBED = ["az", "kubectl", "helm", "terraform", "curl", "docker", "tare", "dig", "jq", "claude", "cdktf", "kubelogin"];

function sandbox(): { dir: string; stubs: string } {
  const dir = tempDir();
  const stubs = path.join(dir, "stubs");
  fs.mkdirSync(stubs);
  for (const s of STUBBED) fs.writeFileSync(path.join(stubs, s), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
  return { dir, stubs };
}
const box = sandbox();

/** The `sh` blocks of a runbook, with the runbook's own <placeholders> made words. */
function shBlocks(markdown: string, placeholders: readonly string[]): string[] {
  const blocks = [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  return blocks.map((b) => placeholders.reduce((t, ph) => t.split(ph).join("PLACEHOLDER"), b));
}

/** What the shell sees of an environment: the two scripts and the runbook's blocks. */
function shellSinks(files: Map<string, string>, placeholders: readonly string[]): string[] {
  return [files.get("cleanup.sh")!, files.get("verify.sh")!, ...shBlocks(files.get("RUNBOOK.md")!, placeholders)];
}

/**
 * Runs, with stubs, cleanup.sh --dry-run, verify.sh (its assignments run before it parses its
 * options) and every runbook block, each block in its own subshell. Returns the files bash -n
 * refuses and whether the marker appeared.
 */
function runScripts(files: Map<string, string>, placeholders: readonly string[]): { parseErrors: string[]; executed: boolean } {
  const work = fs.mkdtempSync(path.join(box.dir, "run-"));
  const dist = path.join(work, "dist", "env");
  fs.mkdirSync(dist, { recursive: true });
  for (const name of ["cleanup.sh", "verify.sh"]) fs.writeFileSync(path.join(dist, name), files.get(name)!, { mode: 0o755 });
  const blocks = shBlocks(files.get("RUNBOOK.md")!, placeholders);
  fs.writeFileSync(path.join(work, "blocks.sh"), blocks.map((b) => `(\n${b}\n) </dev/null\n`).join(""));
  const driver = [
    "errors=''",
    `for f in dist/env/cleanup.sh dist/env/verify.sh blocks.sh; do bash -n "$f" 2>/dev/null || errors="$errors $f"; done`,
    "./dist/env/cleanup.sh --yes --dry-run >/dev/null 2>&1 </dev/null",
    "./dist/env/verify.sh --help >/dev/null 2>&1 </dev/null",
    "timeout 20 bash blocks.sh >/dev/null 2>&1 </dev/null",
    'echo "$errors"',
  ].join("\n");
  const out = execFileSync("bash", ["-c", driver], {
    cwd: work,
    encoding: "utf8",
    env: { PATH: `${box.stubs}:/usr/bin:/bin`, HOME: work, AGENT_ROUTER_ROOT: work },
  });
  const executed = fs.existsSync(path.join(work, MARK)) || fs.existsSync(path.join(dist, MARK));
  fs.rmSync(work, { recursive: true, force: true });
  return { parseErrors: out.trim().split(/\s+/).filter(Boolean), executed };
}

/** What a value must not change in a Markdown file: headings, fences, tags, table pipes, Mermaid syntax. */
function markdownStructure(text: string): Record<string, number> {
  const lines = text.split("\n");
  let inFence = false;
  let mermaid = false;
  const count = { headings: 0, fences: 0, tags: 0, tablePipes: 0, mermaidQuotes: 0, mermaidTags: 0, mermaidPipes: 0, lines: lines.length };
  for (const line of lines) {
    if (/^ {0,3}(```|~~~)/.test(line)) {
      count.fences++;
      mermaid = !inFence && line.includes("mermaid");
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (mermaid) {
        count.mermaidQuotes += (line.match(/"/g) ?? []).length;
        count.mermaidTags += (line.replace(/<br\/>/g, "").match(/</g) ?? []).length;
        count.mermaidPipes += (line.match(/\|/g) ?? []).length;
      }
      continue;
    }
    if (/^ {0,3}#{1,6}(\s|$)/.test(line)) count.headings++;
    const prose = line.replace(/(`+)[\s\S]*?\1/g, "");
    count.tags += (prose.match(/(?<!\\)<[A-Za-z/!?]/g) ?? []).length;
    if (line.startsWith("|")) count.tablePipes += (line.match(/(?<!\\)\|/g) ?? []).length;
  }
  return count;
}

/** Every string in the parsed YAML of dist/<env>/. */
function yamlStrings(env: Environment): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (out.push(k), walk(x));
  };
  for (const f of renderManifests(planOf(env))) {
    if (!/\.ya?ml$/.test(f.path)) continue;
    for (const d of parseAllDocuments(f.content)) walk(d.toJS());
  }
  return out;
}

/**
 * Every '$' in the collector config the collector would expand to something other than the
 * exporter's own credential: all but `$$` and `${env:KEY}` with KEY one of that exporter's keys
 * (and the project's own ${env:MY_POD_IP}, where receivers and the prometheus exporter bind).
 */
function collectorExpansions(env: Environment): string[] {
  const config = collectorConfig(env);
  const keysOf = new Map(exportersOf(env).map((e) => [e.id, new Set(e.secret?.keys ?? [])]));
  const out: string[] = [];
  const walk = (v: unknown, allowed: Set<string>) => {
    if (typeof v === "string") {
      const rest = v.replace(/\$\$/g, "").replace(/\$\{env:([A-Z][A-Z0-9_]*)\}/g, (m, k: string) => (allowed.has(k) ? "" : m));
      if (rest.includes("$")) out.push(v);
    } else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (walk(k, allowed), walk(x, allowed));
  };
  for (const [section, body] of Object.entries(config)) {
    if (section !== "exporters") walk(body, new Set([POD_IP_VAR]));
    else for (const [id, e] of Object.entries(body as Record<string, unknown>)) (walk(id, new Set()), walk(e, new Set([...(keysOf.get(id) ?? []), ...(id === "prometheus" ? [POD_IP_VAR] : [])])));
  }
  return out;
}

function assertOneLine(problems: Problem[], context: string): void {
  for (const p of problems) {
    const line = formatProblem(p);
    if (/[\u0000-\u001f\u007f]/.test(line)) throw new Error(`${context}: a problem line holds a control character: ${JSON.stringify(line)}`);
  }
}

// ---------------------------------------------------------------------------------------

test("the schema walk finds the string fields, including names, URLs, tags and headers", () => {
  const shown = FIELDS.map(show);
  expect(shown.length).toBeGreaterThan(40);
  for (const f of ["azure.resourceGroup", "azure.tags.<key>", "azure.tags.<value>", "gitops.repoUrl", "state.cloud.organization", "observability.exporters.otlpHttp[0].headers.<value>", "observability.exporters.azureMonitor.applicationInsightsName"]) {
    expect(shown).toContain(f);
  }
});

test("every string field exists in some valid seed, so each one is really exercised", () => {
  expect(FIELDS.filter((p) => !seedFor(p)).map(show)).toEqual([]);
});

interface Baseline {
  readonly structure: Record<string, Record<string, number>>;
  readonly placeholders: string[];
  readonly shell: string;
  readonly parseErrors: string[];
}
const baselines = new Map<Seed, Baseline>();

/** The seed's own output: what each payload's output is compared with. */
function baselineOf(seed: Seed): Baseline {
  let b = baselines.get(seed);
  if (!b) {
    const files = new Map(renderOperatorFiles(planOf(seed.env)).map((f) => [f.path, f.content]));
    const placeholders = [...new Set(shBlocks(files.get("RUNBOOK.md")!, []).join("\n").match(/<[a-z][a-z0-9-]*>/g) ?? [])];
    const run = runScripts(files, placeholders);
    if (run.executed) throw new Error("a seed creates the marker by itself");
    b = {
      structure: Object.fromEntries(["RUNBOOK.md", "ARCHITECTURE.md"].map((f) => [f, markdownStructure(files.get(f)!)])),
      placeholders,
      shell: shellSinks(files, placeholders).join("\0"),
      parseErrors: run.parseErrors,
    };
    baselines.set(seed, b);
  }
  return b;
}

let ran = 0;
afterAll(() => {
  // The shell sinks must really have been exercised by some accepted payload (rg(prod) at least).
  expect(ran).toBeGreaterThanOrEqual(2);
});

describe.each(FIELDS.map((p) => [show(p), p] as const))("%s", (_name, field) => {
  test("holds every payload inert or refuses it with one-line errors", () => {
    const found = seedFor(field);
    if (!found) return; // reported by the coverage test above
    const { seed } = found;
    const base = baselineOf(seed);
    for (const { sink, value } of PAYLOADS) {
      const context = `${show(field)} = ${JSON.stringify(value)} (${sink})`;
      const r = loadEnvironmentText("environments/test.yaml", stringify(inject(seed.doc, field, value)));
      if (sink === "invisible") {
        // Never accepted, and the message names the code point.
        expect([context, r.problems.some((p) => /U\+200B|U\+202E/.test(p.message))]).toEqual([context, true]);
      }
      if (!r.environment) {
        expect(r.problems.length).toBeGreaterThan(0);
        assertOneLine(r.problems, context);
        continue;
      }
      const problems = checkEnvironment(r.environment);
      assertOneLine(problems, context);
      if (hasErrors(problems)) continue;
      const env = r.environment.env;

      const files = new Map(renderOperatorFiles(planOf(env)).map((f) => [f.path, f.content]));
      for (const md of ["RUNBOOK.md", "ARCHITECTURE.md"]) {
        expect([context, md, markdownStructure(files.get(md)!)]).toEqual([context, md, base.structure[md]]);
      }
      // Scripts that read the same as the seed's run the same: only run what the value changed.
      if (shellSinks(files, base.placeholders).join("\0") !== base.shell) {
        const run = runScripts(files, base.placeholders);
        expect([context, run.executed]).toEqual([context, false]);
        expect([context, run.parseErrors]).toEqual([context, base.parseErrors]);
        ran++;
      }
      if (sink === "terraform") {
        const { azure, cluster } = synthStacks(env);
        for (const json of [azure, cluster]) {
          expect([context, /(^|[^$])\$\{path\.cwd\}/.test(json) || /(^|[^%])%\{ if true \}/.test(json)]).toEqual([context, false]);
        }
      }
      if (sink === "collector") {
        expect([context, collectorExpansions(env)]).toEqual([context, []]);
      }
      if (sink === "yaml") {
        const strings = yamlStrings(env);
        const broken = strings.filter((s) => s.includes("#c &a") && !s.includes(value));
        expect([context, broken]).toEqual([context, []]);
      }
    }
  });
});

describe("the encoders hold even where validation would not", () => {
  // Every string field of a parsed environment overwritten with a payload, bypassing the
  // schema: what reaches the scripts and the runbook is encoded by construction, not only
  // because names are validated.
  // keyVault.vaultId reaches the output only as the parts the plan parses out of it (each checked
  // against Azure's name rules), so a payload there stops the plan, not the encoders.
  const PARSED = new Set(["keyVault.vaultId"]);
  const overwrite = (env: Environment, payload: string): Environment => {
    const copy = structuredClone(env) as unknown as Doc;
    for (const p of FIELDS.filter((f) => !PARSED.has(f.join(".")))) {
      const parent = valueAt(copy, p.slice(0, -1));
      const last = p[p.length - 1];
      if (parent === null || typeof parent !== "object") continue;
      if (typeof last === "string" && typeof (parent as Doc)[last] === "string") (parent as Doc)[last] = payload;
      else if (typeof last === "object" && "index" in last && typeof (parent as unknown[])[0] === "string") (parent as unknown[])[0] = payload;
    }
    return copy as unknown as Environment;
  };

  // A third of the seeds (every mode still appears among the payload cases above) keeps this fast.
  test.each(SEEDS.map((s, i) => [i, s] as const).filter(([i]) => i % 3 === 0 || i >= SEEDS.length - EXTRA.length))("seed %i: every field set to a shell payload renders scripts and runbook blocks that execute nothing", (_i, seed) => {
    const base = baselineOf(seed);
    const payload = `x';touch ${MARK};'"$(touch ${MARK})";touch ${MARK}|touch ${MARK}&&touch ${MARK} <i>*`;
    const files = new Map(renderOperatorFiles(planOf(overwrite(seed.env, payload))).map((f) => [f.path, f.content]));
    const run = runScripts(files, base.placeholders);
    expect(run).toEqual({ parseErrors: base.parseErrors, executed: false });
    for (const md of ["RUNBOOK.md", "ARCHITECTURE.md"]) expect([md, markdownStructure(files.get(md)!)]).toEqual([md, base.structure[md]]);
  });

  test("a backtick or a line break is refused by the Markdown encoder rather than written", () => {
    expect(() => renderOperatorFiles(planOf(overwrite(SEEDS[0].env, "a`touch pwned`")))).toThrow(/backtick/);
    expect(() => renderOperatorFiles(planOf(overwrite(SEEDS[0].env, "a\n# b")))).toThrow(/control character/);
  });
});
