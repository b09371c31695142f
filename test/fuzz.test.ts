// Config fuzzing: many mutated and random environment files. Each either loads or fails with
// clean problems (file, field, message, fix) — never an unhandled exception — and every one that
// passes the checks synthesizes. Seeded, so a failure is reproducible (FUZZ_SEED=<n>).
import { planOf } from "../plan";
import * as fs from "fs";
import * as path from "path";
import { parse, stringify } from "yaml";
import { renderManifests } from "../charts";
import { checkEnvironment } from "../checks";
import { loadEnvironmentText } from "../config/loader";
import { hasErrors, type Problem } from "../config/problems";
import { renderOperatorFiles } from "../runbook";
import { MODES } from "./fixtures/modes";
import { BASE, exampleFiles, merge, ROOT, synthStacks } from "./helpers";

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const CASES = 1500;
const MAX_SYNTHS = 25;

/** mulberry32: a small, good-enough seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

const WEIRD: unknown[] = [
  null, true, false, 0, -1, 3, 2.5, 1e309, -0, "", " ", "x", "Tars-ACR", "10.0.0.0/8", "999.1.1.1/33", "${env:X}", "${X}",
  "a".repeat(5000), "ünïcödé-☃", "\u0000", "<script>", "../../etc/passwd", "--help", "true", "null", "0x10", [], [1, "a"], {}, { nested: { deep: [null] } },
  "letsencrypt-prod", "agc", "overlay", "cilium", "nip-io", "azure-dns", "private", "acr-admin", "cert-manager", "byo", "automatic", "custom",
];
const KEYS = ["name", "production", "azure", "cluster", "registry", "ingress", "tls", "dns", "observability", "gitops", "state", "waivers", "existing", "network", "mode", "hostname", "tier", "acrName", "extra", "tierr"];

function seeds(): Record<string, unknown>[] {
  const examples = exampleFiles().map((f) => parse(fs.readFileSync(path.join(ROOT, f), "utf8")));
  return [...examples, ...Object.values(MODES).map((p) => merge(BASE, p))];
}

/** Paths to values in a document (breadth first, at most 2,000). */
function paths(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const queue: [unknown, (string | number)[]][] = [[root, []]];
  while (queue.length && out.length < 2000) {
    const [value, prefix] = queue.shift()!;
    out.push(prefix);
    if (value === null || typeof value !== "object") continue;
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [k, v] of entries) queue.push([v, [...prefix, k]]);
  }
  return out;
}

function setAt(doc: any, p: (string | number)[], value: unknown, remove = false): void {
  if (!p.length) return;
  let cur = doc;
  for (const k of p.slice(0, -1)) cur = cur?.[k];
  if (cur === null || typeof cur !== "object") return;
  const last = p[p.length - 1];
  if (remove) {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else cur[last] = value;
}

function mutate(doc: unknown): string {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const rounds = 1 + Math.floor(random() * 4);
  for (let i = 0; i < rounds; i++) {
    const p = pick(paths(copy));
    const op = Math.floor(random() * 6);
    if (op === 0) setAt(copy, p, undefined, true);
    else if (op === 1) setAt(copy, p, pick(WEIRD));
    else if (op === 2) setAt(copy, [...p, pick(KEYS)], pick(WEIRD));
    else if (op === 3) setAt(copy, p, structuredClone(pick(seeds()) as object));
    else if (op === 4) setAt(copy, [pick(KEYS)], pick(WEIRD));
    else setAt(copy, p, String(pick(WEIRD)).split("").reverse().join(""));
  }
  let text = stringify(copy);
  // Sometimes damage the text itself.
  const damage = Math.floor(random() * 8);
  if (damage === 0) text = text.slice(0, Math.floor(random() * text.length));
  else if (damage === 1) {
    const at = Math.floor(random() * text.length);
    text = text.slice(0, at) + pick([":", "\t", "- ", "{", "[", "&a ", "*a", "'", '"', "\n  x:", "%YAML 9\n", "!!binary "]) + text.slice(at);
  }
  return text;
}

function assertClean(problems: Problem[], context: string): void {
  for (const p of problems) {
    const ok = typeof p.path === "string" && typeof p.message === "string" && p.message.length > 0 && p.file === "fuzz.yaml" && ["error", "warning", "info"].includes(p.severity);
    if (!ok) throw new Error(`malformed problem for ${context}: ${JSON.stringify(p)}`);
    if (p.severity === "error" && !p.fix) throw new Error(`error without a fix for ${context}: ${JSON.stringify(p)}`);
  }
}

test(`${CASES} mutated environment files load or fail cleanly, and valid ones synthesize (seed ${SEED})`, () => {
  const bases = seeds();
  let loaded = 0;
  let synthesized = 0;
  let rejected = 0;
  for (let i = 0; i < CASES; i++) {
    const text = i % 50 === 49 ? Array.from({ length: 200 }, () => String.fromCharCode(Math.floor(random() * 128))).join("") : mutate(pick(bases));
    const context = `case ${i} (seed ${SEED})`;
    const r = loadEnvironmentText("fuzz.yaml", text);
    assertClean(r.problems, context);
    if (!r.environment) {
      expect(r.problems.length).toBeGreaterThan(0);
      rejected++;
      continue;
    }
    loaded++;
    const problems = checkEnvironment(r.environment);
    assertClean(problems, context);
    if (hasErrors(problems) || synthesized >= MAX_SYNTHS) continue;
    try {
      renderManifests(planOf(r.environment.env));
      renderOperatorFiles(planOf(r.environment.env));
      synthStacks(r.environment.env);
      synthesized++;
    } catch (e) {
      throw new Error(`a valid environment failed to synthesize, ${context}: ${(e as Error).message}\n${text}`);
    }
  }
  // The fuzzer must exercise all three outcomes to mean anything.
  expect(rejected).toBeGreaterThan(CASES / 20);
  expect(loaded).toBeGreaterThan(CASES / 20);
  expect(synthesized).toBeGreaterThan(10);
});
