// Rules about where code goes (DESIGN.md, STYLE.md), enforced.
import * as fs from "fs";
import * as path from "path";
import { ROOT, sourceFiles } from "./helpers";

const sources = (dir: string) => sourceFiles(path.join(ROOT, dir));

const PROJECT = ["cli", "config", "checks", "runbook", "stacks", "charts", "scripts", "test"].flatMap(sources).concat(path.join(ROOT, "main.ts"));
const importsOf = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/(?:from|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
const rel = (f: string) => path.relative(ROOT, f);

test("provider classes come from a generated submodule (.gen/providers/<name>/<type>), never a provider's index or a prebuilt package", () => {
  // DESIGN.md: a provider's index loads every generated type; the prebuilt @cdktf/provider-* packages are gone.
  const bad = (i: string) => /^@cdktf\/provider-/.test(i) || /\.gen\/providers\/[a-z]+(\/(index|lazy-index))?$/.test(i);
  const offenders = PROJECT.flatMap((f) => importsOf(f).filter(bad).map((i) => `${rel(f)}: ${i}`));
  expect(offenders).toEqual([]);
});

test("only stacks/ imports the generated provider bindings (tests aside)", () => {
  const offenders = PROJECT.filter((f) => !rel(f).startsWith("stacks/") && !rel(f).startsWith("test/")).flatMap((f) =>
    importsOf(f).filter((i) => i.includes(".gen/")).map((i) => `${rel(f)}: ${i}`),
  );
  expect(offenders).toEqual([]);
});

test("every generated binding is used by stacks/ (a type no stack imports is dropped from scripts/gen-providers.js)", () => {
  const providers = path.join(ROOT, ".gen", "providers");
  const generated = fs.readdirSync(providers).flatMap((p) =>
    fs.readdirSync(path.join(providers, p), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${p}/${e.name}`),
  );
  const imported = new Set(sources("stacks").flatMap((f) => importsOf(f).map((i) => /\.gen\/providers\/([a-z]+\/[a-z0-9-]+)$/.exec(i)?.[1]).filter(Boolean)));
  expect(generated.length).toBeGreaterThan(0);
  expect(generated.filter((g) => !imported.has(g))).toEqual([]);
});

test("only stacks/ imports cdktf (tests aside)", () => {
  const offenders = PROJECT.filter((f) => !rel(f).startsWith("stacks/") && !rel(f).startsWith("test/")).flatMap((f) =>
    importsOf(f).filter((i) => i === "cdktf" || i.startsWith("cdktf/") || i.startsWith("@cdktf/")).map((i) => `${rel(f)}: ${i}`),
  );
  expect(offenders).toEqual([]);
});

test("only charts/ imports cdk8s (tests aside)", () => {
  const offenders = PROJECT.filter((f) => !rel(f).startsWith("charts/") && !rel(f).startsWith("test/")).flatMap((f) =>
    importsOf(f).filter((i) => i.startsWith("cdk8s") || i.startsWith("../imports/")).map((i) => `${rel(f)}: ${i}`),
  );
  expect(offenders).toEqual([]);
});

test("constructs never read files, environment variables or the clock", () => {
  const offenders = [...sources("stacks"), ...sources("charts"), ...sources("checks"), ...sources("runbook")].filter((f) =>
    /process\.env|Date\.now|new Date\(|readFileSync|from "fs"/.test(fs.readFileSync(f, "utf8")),
  );
  expect(offenders.map(rel)).toEqual([]);
});

test("main.ts stays a small entry (under 250 lines) and no file of cli/ grows past 450", () => {
  const lines = (f: string) => fs.readFileSync(f, "utf8").split("\n").length;
  const offenders = [path.join(ROOT, "main.ts"), ...sources("cli")].filter((f) => lines(f) > (rel(f) === "main.ts" ? 250 : 450)).map((f) => `${rel(f)}: ${lines(f)} lines`);
  expect(offenders).toEqual([]);
});

test("the repository speaks of the project, never of its tracker's issue numbers", () => {
  // External issue threads cited as sources ("hashicorp/terraform-provider-azurerm#26946",
  // "provider issues #10479") are fine; a bare number of this project's own tracker means nothing here.
  const tracked = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", "docs", "environments", "cli", "config", "checks", "runbook", "stacks", "charts", "scripts", "test", "main.ts"];
  const files: string[] = [];
  const walk = (p: string) => {
    const full = path.join(ROOT, p);
    if (fs.statSync(full).isDirectory()) fs.readdirSync(full).forEach((e) => walk(path.join(p, e)));
    else if (/\.(ts|js|md|ya?ml|sh)$/.test(p) && !p.startsWith(path.join("test", "schemas"))) files.push(p);
  };
  tracked.forEach(walk);
  const pattern = new RegExp(["\\bissues?", "#?\\d{1,3}\\b(?![-/])"].join(" "), "i");
  const offenders = files.flatMap((f) =>
    fs
      .readFileSync(path.join(ROOT, f), "utf8")
      .split("\n")
      .map((line, i) => [line, i] as const)
      .filter(([line]) => pattern.test(line) && !/[\w-]+\/[\w.-]+#\d+|provider issues?/i.test(line))
      .map(([line, i]) => `${f}:${i + 1}: ${line.trim().slice(0, 120)}`),
  );
  expect(offenders).toEqual([]);
});
