// Loader messages for two everyday slips: a line indented wrongly (the message points at the line
// to change and never suggests deleting the field), and a block whose only field was deleted.
import * as fs from "fs";
import * as path from "path";
import { loadEnvironmentText } from "../config/loader";
import { formatProblem } from "../config/problems";
import { findMisindentation } from "../config/yaml-messages";
import { ROOT } from "./helpers";

const staging = fs.readFileSync(path.join(ROOT, "environments", "staging.yaml"), "utf8");
const lines = staging.split("\n");
const lineOf = (text: string) => lines.findIndex((l) => l === text) + 1;

/** staging.yaml with one line rewritten; returns the problems and the 1-based line changed. */
function edit(from: string, to: string) {
  const n = lineOf(from);
  expect(n).toBeGreaterThan(0);
  const text = staging.replace(`\n${from}\n`, `\n${to}\n`);
  return { n, problems: loadEnvironmentText("environments/staging.yaml", text).problems };
}

describe("YAML indentation errors point at the line to change", () => {
  test.each([
    ["a field indented one space too deep", "  location: northeurope", "   location: northeurope", "indent line {n} by 2 spaces"],
    ["a field dedented out of its section, with a sibling below it", "  resourceGroup: rg-agent-router-staging", "resourceGroup: rg-agent-router-staging", "indent line {n} by 2 spaces"],
    ["a field indented one space too little", "  tier: medium", " tier: medium", "indent line {n} by 2 spaces"],
    ["the first field of a block written level with its key", "    host: registry.acme-ai.dev", "  host: registry.acme-ai.dev", "indent line {n} by 4 spaces"],
    ["the first field of a block indented deeper than the next", "    pluginMode: overlay", "      pluginMode: overlay", "indent line {n} (and the lines after it in that block) by 4 spaces"],
  ])("%s", (_what, from, to, fix) => {
    const { n, problems } = edit(from, to);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", rule: "AR000", line: n });
    expect(problems[0].message).toMatch(/^YAML indentation error: /);
    expect(problems[0].fix).toContain(fix.replace("{n}", String(n)));
    expect(formatProblem(problems[0])).not.toMatch(/\bremove\b|\bdelete\b/i);
  });

  test("a field dedented to a place where it parses names its section instead of suggesting removal", () => {
    const { n, problems } = edit("    dataplane: cilium", "dataplane: cilium");
    expect(problems).toEqual([
      expect.objectContaining({ path: "dataplane", line: n, fix: `"dataplane" is a field of cluster.network: indent it under network: (line ${lineOf("  network:")}), level with the fields there` }),
    ]);
    const inCluster = edit("    dataplane: cilium", "  dataplane: cilium").problems;
    expect(inCluster).toEqual([expect.objectContaining({ path: "cluster.dataplane", fix: expect.stringContaining('"dataplane" is a field of cluster.network') })]);
  });

  test("a real typo still gets its did-you-mean, and an unknown word its list", () => {
    expect(edit("  tier: medium", "  tire: medium").problems[0].fix).toBe('did you mean "tier"?');
    expect(edit("  tier: medium", "  colour: medium").problems[0].fix).toMatch(/^remove it; the fields allowed here are/);
  });

  test("a file that parses has no indentation finding, and block scalars and lists are read as blocks", () => {
    expect(findMisindentation(staging)).toBeUndefined();
    expect(findMisindentation("a:\n  b: |\n      free text\n    more\n  c:\n  - x: 1\n    y: 2\n  - z\n")).toBeUndefined();
  });
});

describe("an empty block", () => {
  test("keyVault: with its only required field deleted names keyVault.vaultId, not a type", () => {
    const text = staging.replace(/\nkeyVault:\n  vaultId: [^\n]+\n/, "\nkeyVault:\n");
    const found = loadEnvironmentText("environments/staging.yaml", text).problems;
    expect(found).toEqual([expect.objectContaining({ path: "keyVault.vaultId", line: lineOf("keyVault:"), message: "is required (keyVault: is written with nothing under it)" })]);
    expect(found[0].fix).toContain('add "vaultId: /subscriptions/');
    expect(found[0].fix).toContain("under keyVault:");
    expect(formatProblem(found[0])).not.toContain("must be a mapping");
  });

  test("an empty block with nothing required says it can go", () => {
    expect(staging).not.toMatch(/^state:/m);
    const found = loadEnvironmentText("environments/staging.yaml", `${staging}state:\n`).problems;
    expect(found).toEqual([expect.objectContaining({ path: "state", message: "is empty (nothing under it)" })]);
    expect(found[0].fix).toContain('remove the line "state:" to use the defaults');
  });
});

test("findMisindentation never throws, whatever the text", () => {
  const samples = ["  a: 1\nb: 2\n", "- a\n  - b\n c\n", "a:\n\tb: 1\n", "a: [1,\n  2]\n  b: 3\n", ":\n  :\n :\n", "a: |\n", "\n\n", "- - - x\n   y: 1\n  z: 2\n"];
  for (let i = 0; i < 300; i++) {
    const chars = [" ", " ", "a", ":", "-", "\n", "#", "|", "b: 1", "  ", "\t"];
    samples.push(Array.from({ length: 40 }, (_, j) => chars[(i * 7 + j * 13 + ((i * j) % 5)) % chars.length]).join(""));
  }
  for (const text of samples) expect(() => findMisindentation(text)).not.toThrow();
});
