// What the docs derive from code stays in sync with it (regenerate with `npm run docs`).
import * as fs from "fs";
import * as path from "path";
import { RULES, rulesTable } from "../checks";
import { configurationReference } from "../config/reference";
import { ROOT } from "./helpers";

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");

test("docs/configuration.md is generated from the schema and up to date", () => {
  expect(read("docs/configuration.md")).toBe(configurationReference());
});

test("the configuration reference lists every field, with a description", () => {
  const rows = configurationReference().split("\n").filter((l) => l.startsWith("| `"));
  expect(rows.length).toBeGreaterThan(100);
  for (const row of rows) expect(row.split(" | ")[3]).not.toBe("");
});

test("the configuration reference states minimum and maximum lengths (a waiver's reason, a tag)", () => {
  const reference = configurationReference();
  expect(reference).toContain("| `waivers` | map of string (at least 10 characters) |");
  expect(reference).toContain("| `azure.tags` | map of string (at most 256 characters) |");
});

test("README.md lists every preflight rule with the guide row it prevents", () => {
  const readme = read("README.md");
  expect(readme).toContain(rulesTable());
  for (const r of RULES) expect(readme).toContain(`| ${r.id} | ${r.severity} |`);
});

test("every doc the README links to exists", () => {
  const links = [...read("README.md").matchAll(/\]\((docs\/[^)#]+|schema\/[^)#]+)\)/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(3);
  expect(links.filter((l) => !fs.existsSync(path.join(ROOT, l)))).toEqual([]);
});
