#!/usr/bin/env node
"use strict";
// Rewrites imports of the prebuilt provider packages to the generated bindings in .gen/providers/:
//   "@cdktf/provider-azurerm/lib/kubernetes-cluster"  ->  "../../.gen/providers/azurerm/kubernetes-cluster"
// (relative to the importing file; the submodule names are the same). Idempotent: re-run it after merging a
// branch that adds such imports. Only import specifiers change; a type not in scripts/gen-providers.js's
// PROVIDERS list is reported (add its line there, run `node scripts/gen-providers.js`).
//   node scripts/rewrite-provider-imports.js [DIR...]     (default: stacks test)
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ["stacks", "test"];
const SPEC = /(["'])@cdktf\/provider-(azurerm|helm|kubernetes)\/lib\/([a-z0-9-]+)\1/g;

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.ts$/.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

let changed = 0;
const missing = new Set();
for (const file of dirs.flatMap((d) => walk(path.resolve(root, d)))) {
  const text = fs.readFileSync(file, "utf8");
  const next = text.replace(SPEC, (_, q, provider, ns) => {
    const target = path.join(root, ".gen", "providers", provider, ns);
    if (!fs.existsSync(path.join(target, "index.ts"))) missing.add(`${provider}/${ns} (${path.relative(root, file)})`);
    let rel = path.relative(path.dirname(file), target).split(path.sep).join("/");
    if (!rel.startsWith(".")) rel = `./${rel}`;
    return `${q}${rel}${q}`;
  });
  if (next !== text) {
    fs.writeFileSync(file, next);
    changed++;
    console.log(`rewrote ${path.relative(root, file)}`);
  }
}
console.log(`${changed} file${changed === 1 ? "" : "s"} rewritten`);
if (missing.size) {
  console.error(`not generated yet (add the type to PROVIDERS in scripts/gen-providers.js, run it): ${[...missing].join(", ")}`);
  process.exit(1);
}
