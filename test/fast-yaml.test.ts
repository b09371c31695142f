// config/fast-yaml.ts writes what cdk8s's Yaml.stringify (the yaml package) writes, or declines.
import { planOf } from "../plan";
import * as path from "path";
import { Chart, Yaml } from "cdk8s";
import * as YAML from "yaml";
import { fastYaml, stringifyYaml, type FastYamlOptions } from "../config/fast-yaml";
import { renderManifests } from "../charts";
import { loadEnvironments } from "../config/loader";
import { stackDocuments } from "../stacks";
import { exampleFiles, ROOT, tempDir } from "./helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFleet } = require("../scripts/fleet") as { writeFleet: (dir: string, n: number) => string[] };

/**
 * fastYaml's text when it renders the document; it must then be Yaml.stringify's (cdk8s), or with
 * options, the yaml package's stringify with the same version and line width.
 */
function same(doc: unknown, options?: FastYamlOptions): boolean {
  const fast = fastYaml(doc, options);
  const expected = () => (options ? YAML.stringify(doc, { version: options.version, lineWidth: options.lineWidth }) : Yaml.stringify(doc));
  if (fast !== undefined) expect({ doc, yaml: fast }).toEqual({ doc, yaml: expected() });
  return fast !== undefined;
}
/** The yaml package's own defaults (Helm values, kustomizations), and without folding (the collector's configuration). */
const PACKAGE_DEFAULTS: FastYamlOptions = { version: "1.2", lineWidth: 80 };
const UNFOLDED: FastYamlOptions = { version: "1.2", lineWidth: 0 };

test("every document of the examples and of a fleet of every mode renders as the yaml package renders it", () => {
  const docs: unknown[] = [];
  const toJson = Chart.prototype.toJson;
  const spy = jest.spyOn(Chart.prototype, "toJson").mockImplementation(function (this: Chart) {
    const objects = toJson.call(this);
    docs.push(...objects);
    return objects;
  });
  try {
    const files = [...exampleFiles().map((f) => path.join(ROOT, f)), ...writeFleet(path.join(tempDir(), "fleet"), 12)];
    const loaded = loadEnvironments(files, "/");
    expect(loaded.problems.filter((p) => p.severity === "error")).toEqual([]);
    for (const l of loaded.environments) renderManifests(planOf(l.env));
  } finally {
    spy.mockRestore();
  }
  expect(docs.length).toBeGreaterThan(100);
  const fast = docs.filter((d) => same(d)).length;
  // Every document takes the fast path, the scripts and configuration files (multi-line strings) too.
  expect(fast).toBe(docs.length);
});

const TRICKY = [
  "", " ", "a", "true", "True", "TRUE", "yes", "Yes", "no", "on", "Off", "y", "n", "Y", "N", "null", "Null", "~",
  "0", "1", "-1", "+1", "007", "0o7", "0x1F", "0b101", "1_000", "1:30", "12:30:45", "1e3", "1.5", ".5", "-.5", ".inf", "-.Inf", ".NaN",
  "2001-12-14", "2001-12-14t21:59:43.10-05:00", "=", "<<", "-", "- a", "-a", "?", "? a", "?a", ":", ":a", "a:", "a: b", "a:b",
  "#a", "a #b", "a#b", "a ", " a", "'", '"', "a'b", 'a"b', "a\"b'c", "a\\b", "'a\\b", "---", "...", "--- a", "%x", "a%",
  "@a", "`a", "*a", "&a", "!a", "|", ">", "|a", "[a]", "{a}", "a,b", "a[b]", "a{b}", ",a", "http://x.y/z?q=1&r=2", "a\tb",
  "é", "a\nb", "a\n", "\u0001", "x".repeat(1001), "sha256:abc", "1.2.3", "v1", "0.98.0", "+", "1e", "0x", "0o", "12e03",
];

test("scalars, keys and nesting the yaml package writes in its own ways", () => {
  const shared = { a: 1 };
  const docs: unknown[] = [
    {},
    { a: {} },
    { a: [] },
    { a: [[]], b: [{}], c: [[1, 2], [3]], d: [[[1]]] },
    { a: [{ b: [1, { c: [] }], d: { e: null } }, { f: [[{ g: 1 }]] }] },
    { a: null, b: true, c: false, d: 0, e: -7, f: 2 ** 53 - 1 },
    { a: 1.5 },
    { a: -0 },
    { a: 1e21 },
    { a: NaN },
    { a: undefined },
    { a: [1, undefined] },
    { a: shared, b: shared },
    { a: new Date(0) },
    { a: { "": 1 } },
    ...TRICKY.map((s) => ({ value: s, list: [s], [s || "k"]: s, nested: { [s]: [{ [s]: s }] } })),
  ];
  const fast = docs.filter((d) => same(d)).length;
  expect(fast).toBeGreaterThan(docs.length / 2);
  for (const doc of [{ a: 1.5 }, { a: undefined }, { a: shared, b: shared }, { a: "a\nb\n\n" }, { a: " a\nb" }, { "a\nb": 1 }]) expect(fastYaml(doc)).toBeUndefined();
});

test("random strings of YAML's indicator characters", () => {
  const alphabet = ["a", "1", "0", ".", "-", ":", " ", "#", "'", '"', "?", "e", "x", "_", "+", "y", "n", "~", "&", "*", "!", "%", "@", "|", ">", ",", "[", "{", "\\", "o", "b"];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let fast = 0;
  for (let i = 0; i < 3000; i++) {
    const n = Math.floor(next() * 6);
    const s = Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    if (same({ [s]: s, l: [s, { [s]: [s] }] })) fast++;
  }
  expect(fast).toBeGreaterThan(300);
});

test("multi-line strings: literal blocks at every depth, or the yaml package", () => {
  const alphabet = ["a", "1", " ", "  ", "\n", "\n", "\n\n", "#", ":", "- ", "'", '"', "|", ">", "---", "...", "%", "\t", "\\", "{", "é", "x: y"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let fast = 0;
  for (let i = 0; i < 3000; i++) {
    const n = 1 + Math.floor(next() * 8);
    const s = Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    if (!s.includes("\n")) continue;
    if (same({ a: s, b: { c: [s, [s], { d: s }] }, e: 1 })) fast++;
  }
  expect(fast).toBeGreaterThan(200);
  expect(fastYaml({ script: "set -e\necho ok\n" })).toBe("script: |\n  set -e\n  echo ok\n");
  expect(fastYaml({ l: ["a\n\nb"] })).toBe("l:\n  - |-\n    a\n\n    b\n");
});

test("the project's other YAML files (Helm values, the collector's configuration, kustomizations) render as the yaml package's stringify does", () => {
  const calls: { doc: unknown; options?: { lineWidth?: 0 } }[] = [];
  const fast = jest.requireActual<typeof import("../config/fast-yaml")>("../config/fast-yaml");
  const spy = jest.spyOn(fast, "stringifyYaml");
  try {
    const files = [...exampleFiles().map((f) => path.join(ROOT, f)), ...writeFleet(path.join(tempDir(), "fleet"), 12)];
    const loaded = loadEnvironments(files, "/");
    for (const l of loaded.environments) renderManifests(planOf(l.env));
    calls.push(...spy.mock.calls.map(([doc, options]) => ({ doc, options })));
    for (const l of loaded.environments) stackDocuments(planOf(l.env));
    calls.push(...spy.mock.calls.slice(calls.length).map(([doc, options]) => ({ doc, options })));
  } finally {
    spy.mockRestore();
  }
  expect(calls.length).toBeGreaterThan(50);
  for (const { doc, options } of calls) expect(stringifyYaml(doc, options)).toBe(YAML.stringify(doc, options));
  // Each of them takes the fast path but those yaml folds at 80 columns (the Prometheus rules' expressions, the
  // Argo CD bootstrap's description at its depth).
  const declined = calls.filter(({ doc, options }) => fastYaml(doc, { version: "1.2", lineWidth: options?.lineWidth ?? 80 }) === undefined);
  expect(declined.filter(({ doc }) => YAML.stringify(doc) === YAML.stringify(doc, { lineWidth: 0 }))).toEqual([]);
  expect(declined.length).toBeLessThan(calls.length / 4);
});

test("YAML 1.2 and the yaml package's line width: scalars, long lines and blocks", () => {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words = ["a", "yes", "on", "0o7", "1_000", "x:y", " ", "#", "'", "long-word-".repeat(3), "\n", "é"];
  let fast = 0;
  for (let i = 0; i < 2000; i++) {
    const n = Math.floor(next() * 14);
    const s = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(next() < 0.5 ? " " : "");
    const doc = { [s.slice(0, 30) || "k"]: s, l: [s, { deeper: { still: [s] } }] };
    for (const options of [PACKAGE_DEFAULTS, UNFOLDED]) if (same(doc, options)) fast++;
  }
  expect(fast).toBeGreaterThan(1000);
  for (const s of [...TRICKY]) for (const options of [PACKAGE_DEFAULTS, UNFOLDED]) same({ value: s, list: [s] }, options);
  // Only the line width tells these apart: yaml folds the scalar and writes the block folded at 80.
  const long = "word ".repeat(30).trim();
  expect(fastYaml({ a: long }, PACKAGE_DEFAULTS)).toBeUndefined();
  expect(fastYaml({ a: long }, UNFOLDED)).toBe(YAML.stringify({ a: long }, { lineWidth: 0 }));
  expect(fastYaml({ a: `${long}\nshort\n` }, PACKAGE_DEFAULTS)).toBeUndefined();
  // The versions tell these apart: YAML 1.1 reads yes and on as booleans, 1.2 as strings.
  expect(fastYaml({ a: "yes", b: "on" })).toBe("a: \"yes\"\nb: \"on\"\n");
  expect(fastYaml({ a: "yes", b: "on" }, PACKAGE_DEFAULTS)).toBe("a: yes\nb: on\n");
});
