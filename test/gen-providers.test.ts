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

test("the azurerm provider block the bindings use declares each argument as the exported 4.51.0 schema does", () => {
  // scripts/provider-blocks/azurerm-4.79.0.json is written from the provider's source; the 4.51.0 document
  // is a `terraform providers schema -json` export, so the nesting and types it reports are the served ones.
  const load = (file: string) => Object.values<any>(JSON.parse(fs.readFileSync(file, "utf8")).provider_schemas)[0];
  const ours = load(path.join(ROOT, ".gen", "schemas", "azurerm-4.79.0.providers-schema.json")).provider.block;
  const exported = load(path.join(ROOT, "test", "schemas", "terraform", "azurerm-4.51.0.providers-schema.json")).provider.block;
  const strip = (b: any): any => JSON.parse(JSON.stringify(b, (k, v) => (k === "description" || k === "description_kind" ? undefined : v)));
  for (const [name, attr] of Object.entries<any>(ours.attributes)) expect([name, strip(attr)]).toEqual([name, strip(exported.attributes[name])]);
  const features = strip(ours.block_types.features);
  const exportedFeatures = strip(exported.block_types.features);
  expect({ ...features, block: undefined }).toEqual({ ...exportedFeatures, block: undefined });
  expect(features.block.block_types.resource_group).toEqual(exportedFeatures.block.block_types.resource_group);
});
