// test/schemas/ (the trimmed official schemas conformance runs on) is what
// scripts/trim-schemas.js makes from ../shared/schemas today, for what the project emits today.
// Where ../shared is absent (a user's clone) the freshness check skips, saying so; conformance still runs.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { walkFiles } from "./conformance/schemas";
import { ROOT } from "./helpers";

const COPY = path.join(ROOT, "test", "schemas");
const SHARED = path.resolve(ROOT, "..", "shared", "schemas");
const HAVE_SHARED = fs.existsSync(path.join(SHARED, "PROVENANCE.md"));
if (!HAVE_SHARED) console.warn(`SKIPPED the test/schemas/ freshness check: ${SHARED} not found (it ships with the project's CI workspace). Conformance runs on the committed copy.`);

test("test/schemas/PROVENANCE.md lists every file of the copy, with its size and its source", () => {
  const provenance = fs.readFileSync(path.join(COPY, "PROVENANCE.md"), "utf8");
  const files = walkFiles(COPY, /\.(json|ya?ml)$/).map((f) => path.relative(COPY, f).split(path.sep).join("/"));
  expect(files.length).toBeGreaterThan(0);
  const unlisted = files.filter((f) => {
    const row = provenance.split("\n").find((l) => l.startsWith(`| \`${f}\` |`));
    return !row || !row.includes(`| ${fs.statSync(path.join(COPY, f)).size} |`) || !/\| `(schemas|tools)\/[^`]+` \| `[0-9a-f]{64}` \|$/.test(row);
  });
  expect(unlisted).toEqual([]);
});

(HAVE_SHARED ? test : test.skip)("test/schemas/ is fresh: regenerated from ../shared/schemas it is byte-identical", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "trim-schemas.js"), "--check"], { cwd: ROOT, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^test\/schemas\/ is up to date/);
}, 120000);
