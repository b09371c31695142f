// .gen/ (the provider bindings and the trimmed schemas they come from) is what scripts/gen-providers.js
// makes today: regenerated into a temporary folder it is byte-identical. Where ../shared is absent (a
// user's clone) the bindings are regenerated from the committed .gen/schemas/, so the check still runs.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";

const gen = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, "scripts", "gen-providers.js"), ...args], { cwd: ROOT, encoding: "utf8" });

test(".gen/ is fresh: regenerated from the pinned schemas it is byte-identical", () => {
  const r = gen("--check");
  expect(r.stderr).toBe("");
  expect(r.stdout).toMatch(/\.gen\/ is up to date\.$/m);
  expect(r.status).toBe(0);
}, 120000);

test("fails, naming the file, when a generated binding was edited by hand", () => {
  const file = path.join(ROOT, ".gen", "providers", "azurerm", "resource-group", "index.ts");
  const original = fs.readFileSync(file);
  try {
    fs.writeFileSync(file, Buffer.concat([original, Buffer.from("// edited\n")]));
    const r = gen("--check");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("providers/azurerm/resource-group/index.ts");
    expect(r.stderr).toContain("node scripts/gen-providers.js");
  } finally {
    fs.writeFileSync(file, original);
  }
}, 120000);

test(".gen/schemas/PROVENANCE.md names each schema's source and its sha256", () => {
  const provenance = fs.readFileSync(path.join(ROOT, ".gen", "schemas", "PROVENANCE.md"), "utf8");
  for (const f of fs.readdirSync(path.join(ROOT, ".gen", "schemas")).filter((n) => n.endsWith(".json"))) {
    expect(provenance).toMatch(new RegExp(`\\| \`${f.replace(/\./g, "\\.")}\` \\| [0-9.]+ \\| .+ \\| \`schemas/terraform/${f.replace(/\./g, "\\.")}\` \\| \`[0-9a-f]{64}\` \\|`));
  }
});
