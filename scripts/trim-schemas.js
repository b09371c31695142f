#!/usr/bin/env node
"use strict";
// Writes test/schemas/: the official schemas the conformance tests validate against, trimmed
// from ../shared/schemas (and tfmock's provider blocks) to what the project emits, so the tests
// run in any clone. What is kept is DISCOVERED by synthesizing every example environment and
// every test mode (test/conformance/emitted.ts): re-run this after adding a resource, a data
// source or a Kubernetes kind anywhere, and commit the result.
//   node scripts/trim-schemas.js            regenerate test/schemas/
//   node scripts/trim-schemas.js --check    regenerate into a temp folder; exit 1 if test/schemas/ differs
//   --from DIR (default ../shared/schemas)   --out DIR (default test/schemas)
// Kept per source: Kubernetes OpenAPI definitions of the emitted kinds and their $ref closure;
// of each CRD, only the served versions that are emitted; provider resource and data source
// types that are emitted. Dropped everywhere: descriptions (nothing validates them).
// Everything that validates (types, enums, patterns, required, x-kubernetes-*, CEL rules) is kept.
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? path.resolve(args[args.indexOf(name) + 1]) : dflt);
const from = opt("--from", path.resolve(root, "..", "shared", "schemas"));
const check = args.includes("--check");
const committed = path.join(root, "test", "schemas");
const out = check ? fs.mkdtempSync(path.join(os.tmpdir(), "ara-schemas-")) : opt("--out", committed);
const blocksFrom = path.resolve(from, "..", "tools", "tfmock", "provider-blocks");

if (!fs.existsSync(path.join(from, "PROVENANCE.md"))) {
  console.log(`SKIPPED schema copy ${check ? "check" : "generation"}: ${path.relative(root, from)} not found (it ships with the project's CI workspace, not with a clone); test/schemas/ is used as committed.`);
  process.exit(0);
}

/** Always kept, though no emitted object is of this kind: the validator checks CRD objects' metadata against it. */
const ALLOW_K8S_DEFINITIONS = ["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"];
/** Terraform schema files the tests load (test/conformance/tf-validator.ts, conformance-tf.test.ts). */
const TF_FILES = { azurerm: ["azurerm-4.51.0", "azurerm-4.79.0"], helm: ["helm-3.0.2"], kubernetes: ["kubernetes-2.38.0"] };

// --- what the project emits -------------------------------------------------------------
global.afterAll = global.afterAll || (() => {}); // test/helpers.ts registers temp-dir cleanup with jest
require("../bin/ts-hook");
const { emitted } = require("../test/conformance/emitted.ts");
const { parseAllDocuments, stringify } = require("yaml");
const used = emitted();
const wantKinds = new Set(used.kinds);
const found = new Set();

// --- helpers ----------------------------------------------------------------------------
const rel = (f) => path.relative(from, f).split(path.sep).join("/");
const sha256 = (f) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
function walk(dir, re) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), re) : re.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}
const written = []; // {file, source, kept}
function write(relPath, text, source, kept) {
  const file = path.join(out, relPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  written.push({ file: relPath, bytes: Buffer.byteLength(text), source, kept });
}
const json = (v) => JSON.stringify(v, null, 1) + "\n";

/** Removes `description` from a JSON/OpenAPI schema and its subschemas (never a property named description). */
function stripSchema(s) {
  if (Array.isArray(s)) return s.forEach(stripSchema);
  if (!s || typeof s !== "object") return;
  if (typeof s.description === "string") delete s.description;
  for (const k of ["properties", "patternProperties", "definitions", "$defs"]) if (s[k]) Object.values(s[k]).forEach(stripSchema);
  for (const k of ["items", "additionalProperties", "not", "allOf", "anyOf", "oneOf", "additionalItems", "contains"]) if (s[k]) stripSchema(s[k]);
}
/** Removes descriptions from a Terraform block schema (attributes, nested attributes, nested blocks). */
function stripBlock(b) {
  if (!b) return;
  delete b.description;
  delete b.description_kind;
  for (const a of Object.values(b.attributes ?? {})) {
    delete a.description;
    delete a.description_kind;
    if (a.nested_type) stripBlock(a.nested_type);
  }
  for (const t of Object.values(b.block_types ?? {})) stripBlock(t.block);
}

// --- Kubernetes built-in kinds: OpenAPI v3 definitions and their $ref closure ------------
const k8sFiles = walk(path.join(from, "kubernetes"), /_openapi\.json$/);
const docs = k8sFiles.map((f) => ({ f, doc: JSON.parse(fs.readFileSync(f, "utf8")) }));
const defs = new Map(); // name -> first file that defines it (the files repeat shared definitions identically)
const roots = new Set(ALLOW_K8S_DEFINITIONS);
for (const { f, doc } of docs) {
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    if (!defs.has(name)) defs.set(name, { f, schema });
    for (const g of schema["x-kubernetes-group-version-kind"] ?? []) {
      const k = `${g.group ? `${g.group}/${g.version}` : g.version} ${g.kind}`;
      if (wantKinds.has(k)) {
        roots.add(name);
        found.add(k);
      }
    }
  }
}
const needed = new Set();
const refsOf = (v, acc) => {
  if (Array.isArray(v)) v.forEach((x) => refsOf(x, acc));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) k === "$ref" && typeof x === "string" ? acc.push(x.replace("#/components/schemas/", "")) : refsOf(x, acc);
  return acc;
};
const queue = [...roots];
while (queue.length) {
  const name = queue.pop();
  if (needed.has(name)) continue;
  if (!defs.has(name)) throw new Error(`no definition ${name} in ${path.relative(root, path.join(from, "kubernetes"))}`);
  needed.add(name);
  queue.push(...refsOf(defs.get(name).schema, []));
}
for (const { f, doc } of docs) {
  const keep = Object.keys(doc.components.schemas).filter((n) => needed.has(n) && defs.get(n).f === f).sort();
  if (!keep.length) continue;
  const schemas = Object.fromEntries(keep.map((n) => [n, structuredClone(doc.components.schemas[n])]));
  Object.values(schemas).forEach(stripSchema);
  const kinds = keep.filter((n) => roots.has(n) && !ALLOW_K8S_DEFINITIONS.includes(n)).map((n) => n.split(".").pop());
  write(rel(f), json({ openapi: doc.openapi, info: doc.info, components: { schemas } }), f, `${keep.length} definitions (${kinds.length ? `${kinds.length > 1 ? "kinds" : "kind"} ${kinds.join(", ")} and ` : ""}their $ref closure${keep.some((n) => ALLOW_K8S_DEFINITIONS.includes(n)) ? "; ObjectMeta always" : ""})`);
}

// --- CRDs: the emitted kinds, only the emitted versions ----------------------------------
for (const f of walk(path.join(from, "crds"), /\.ya?ml$/)) {
  for (const d of parseAllDocuments(fs.readFileSync(f, "utf8"))) {
    const crd = d.toJS();
    if (crd?.kind !== "CustomResourceDefinition") continue;
    const versions = crd.spec.versions.filter((v) => wantKinds.has(`${crd.spec.group}/${v.name} ${crd.spec.names.kind}`));
    if (!versions.length) continue;
    versions.forEach((v) => found.add(`${crd.spec.group}/${v.name} ${crd.spec.names.kind}`));
    const trimmed = {
      apiVersion: crd.apiVersion,
      kind: crd.kind,
      metadata: { name: crd.metadata.name },
      spec: {
        group: crd.spec.group,
        names: crd.spec.names,
        scope: crd.spec.scope,
        versions: versions.map((v) => {
          const schema = structuredClone(v.schema.openAPIV3Schema);
          stripSchema(schema);
          return { name: v.name, served: v.served, storage: v.storage, schema: { openAPIV3Schema: schema } };
        }),
      },
    };
    write(rel(f), stringify(trimmed, { lineWidth: 0 }), f, `${crd.spec.names.kind} ${versions.map((v) => v.name).join(", ")}`);
  }
}

// --- JSON Schemas (ALB): named <kind in lowercase>_<version>.json under a folder named for the group
for (const f of walk(path.join(from, "jsonschema"), /\.json$/)) {
  const group = path.basename(path.dirname(f));
  const [kind, version] = path.basename(f, ".json").split("_");
  const k = [...wantKinds].find((w) => w.toLowerCase() === `${group}/${version} ${kind}`);
  if (!k) continue;
  found.add(k);
  const schema = JSON.parse(fs.readFileSync(f, "utf8"));
  stripSchema(schema);
  write(rel(f), json(schema), f, k.split(" ")[1]);
}

const missingKinds = used.kinds.filter((k) => !found.has(k));
if (missingKinds.length) {
  console.error(`trim-schemas: no schema in ${path.relative(root, from)} for: ${missingKinds.join(", ")}. Add the CRD there (with its PROVENANCE row) first.`);
  process.exit(1);
}

// --- Terraform provider schemas -----------------------------------------------------------
const types = { resource_schemas: used.resources, data_source_schemas: used.dataSources };
const missingTypes = [];
for (const [provider, files] of Object.entries(TF_FILES)) {
  for (const name of files) {
    const f = path.join(from, "terraform", `${name}.providers-schema.json`);
    const doc = JSON.parse(fs.readFileSync(f, "utf8"));
    const [addr, ps] = Object.entries(doc.provider_schemas)[0];
    const trimmed = {};
    if (ps.provider) {
      trimmed.provider = structuredClone(ps.provider);
      stripBlock(trimmed.provider.block);
    }
    const kept = [];
    for (const [section, list] of Object.entries(types)) {
      trimmed[section] = {};
      for (const t of list.filter((t) => t.split("_")[0] === provider)) {
        if (!ps[section]?.[t]) {
          if (name === files[0]) missingTypes.push(`${t} (${section}) in ${name}`);
          continue;
        }
        const s = structuredClone(ps[section][t]);
        stripBlock(s.block);
        trimmed[section][t] = s;
        kept.push(section === "data_source_schemas" ? `data.${t}` : t);
      }
    }
    write(rel(f), json({ format_version: doc.format_version, provider_schemas: { [addr]: trimmed } }), f, `${ps.provider ? "provider block; " : ""}${kept.join(", ")}`);
  }
}
if (missingTypes.length) {
  console.error(`trim-schemas: not in the provider schemas: ${missingTypes.join(", ")}`);
  process.exit(1);
}
// Provider configuration blocks for providers whose schema file has none (helm, kubernetes): tfmock's.
for (const p of used.providers) {
  const f = path.join(blocksFrom, `${p}.json`);
  if (!fs.existsSync(f)) continue;
  const block = JSON.parse(fs.readFileSync(f, "utf8"));
  stripBlock(block.block);
  write(`terraform/provider-blocks/${p}.json`, json(block), f, `${p} provider block`);
}

// --- PROVENANCE.md: the source rows and notes of ../shared/schemas/PROVENANCE.md, and what was kept
const provenance = fs.readFileSync(path.join(from, "PROVENANCE.md"), "utf8");
const lines = provenance.split("\n");
const gathered = lines.slice(lines.findIndex((l) => l.startsWith("Gathered")));
const header = gathered.slice(0, gathered.indexOf("")).map((l) => `> ${l}`).join("\n");
const tableHead = lines.filter((l) => l.startsWith("| local path") || l.startsWith("|---")).slice(0, 2);
const rowOf = (src) => lines.find((l) => l.startsWith(`| \`schemas/${rel(src)}\``));
/** Note bullets of the source's "Notes and transformations", by the source folder they describe. */
const NOTES = [
  ["crds/envoy-gateway/", "* **Envoy Gateway**"],
  ["crds/envoy-ai-gateway/", "* **Envoy AI Gateway"],
  ["crds/cert-manager/", "* **cert-manager**"],
  ["crds/gateway-api/", "* **Gateway API**"],
  ["crds/argo-cd/", "* **Argo CD"],
  ["crds/flux-", "* **Flux**"],
  ["crds/prometheus-operator/", "* **Prometheus Operator"],
  ["crds/external-secrets/", "* **External Secrets"],
  ["crds/secrets-store-csi-driver/", "* **Secrets Store CSI"],
  ["kubernetes/", "* **Kubernetes OpenAPI"],
  ["jsonschema/alb.networking.azure.io/", "* **ALB Controller"],
  ["terraform/azurerm-4.79.0", "* `azurerm-4.79.0`"],
  ["terraform/helm-", "* `azurerm-4.79.0`"],
  ["terraform/kubernetes-", "* `azurerm-4.79.0`"],
  ["terraform/azurerm-4.51.0", "* `azurerm-4.51.0`"],
];
function bullet(start) {
  const i = lines.findIndex((l) => l.startsWith(start));
  if (i < 0) return undefined;
  let j = i + 1;
  while (j < lines.length && lines[j] !== "" && !lines[j].startsWith("* ") && !lines[j].startsWith("#")) j++;
  return lines.slice(i, j).join("\n");
}
const sources = [...new Set(written.map((w) => w.source))];
const notes = [...new Set(sources.flatMap((s) => NOTES.filter(([prefix]) => rel(s).startsWith(prefix)).map(([, start]) => bullet(start))).filter(Boolean))];
const doc = [
  "# Trimmed schema copy: provenance",
  "",
  "Generated by `node scripts/trim-schemas.js` from `../shared/schemas` (the project's CI workspace); do not",
  "edit by hand. The conformance tests (`test/conformance-*.test.ts`) validate against these files, so they",
  "run in any clone. `test/schema-copy.test.ts` regenerates them where `../shared` exists and fails when this",
  "copy is stale.",
  "",
  "What was trimmed: only what the project emits, discovered by synthesizing every example environment and",
  "every test mode (`test/conformance/emitted.ts`): the Kubernetes OpenAPI definitions of the emitted kinds",
  `and their \`$ref\` closure (plus ${ALLOW_K8S_DEFINITIONS.map((d) => d.split(".").pop()).join(", ")}, always); of each CRD, only the emitted versions (apiVersion, kind,`,
  "metadata.name and spec.group/names/scope/versions kept); the ALB JSON Schemas of the emitted kinds; the",
  "provider resource and data source types the stacks use, and the provider configuration blocks. Every",
  "`description` (and Terraform `description_kind`) was removed; everything that validates (types, formats,",
  "enums, patterns, required, `x-kubernetes-*` including CEL rules, block nesting and counts) is unchanged.",
  "Files are re-serialized (JSON with one-space indent, YAML by the `yaml` package).",
  "",
  "## Files",
  "",
  "| file (under test/schemas/) | bytes | kept | source (under ../shared/) | source sha256 |",
  "|---|---|---|---|---|",
  ...written.map((w) => `| \`${w.file}\` | ${w.bytes} | ${w.kept} | \`${path.relative(path.resolve(from, ".."), w.source).split(path.sep).join("/")}\` | \`${sha256(w.source)}\` |`),
  "",
  `Total: ${written.length} files, ${written.reduce((n, w) => n + w.bytes, 0)} bytes.`,
  "",
  "## Sources, as `../shared/schemas/PROVENANCE.md` records them",
  "",
  header,
  "",
  ...tableHead,
  ...sources.map((s) => rowOf(s) ?? `| \`${path.relative(path.resolve(from, ".."), s).split(path.sep).join("/")}\` | | tfmock's provider-configuration block (\`../shared/tools/tfmock/README.md\`); no row in PROVENANCE.md | | | | |`),
  "",
  "## Notes on those sources (copied)",
  "",
  ...notes.flatMap((n) => [n, ""]),
].join("\n");
write("PROVENANCE.md", doc.replace(/\n+$/, "\n"), path.join(from, "PROVENANCE.md"), "");
written.pop();

// --- --check: compare with the committed copy ---------------------------------------------
function listTree(dir) {
  return walk(dir, /./).map((f) => path.relative(dir, f).split(path.sep).join("/"));
}
if (check) {
  const a = new Set(listTree(committed));
  const b = new Set(listTree(out));
  const problems = [
    ...[...b].filter((f) => !a.has(f)).map((f) => `missing from test/schemas/: ${f}`),
    ...[...a].filter((f) => !b.has(f)).map((f) => `no longer generated: test/schemas/${f}`),
    ...[...b].filter((f) => a.has(f) && !fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(committed, f)))).map((f) => `differs: test/schemas/${f}`),
  ];
  fs.rmSync(out, { recursive: true, force: true });
  if (problems.length) {
    console.error(`test/schemas/ is stale (${problems.length} file(s)):\n  ${problems.join("\n  ")}\nfix: node scripts/trim-schemas.js, then commit test/schemas/`);
    process.exit(1);
  }
  console.log(`test/schemas/ is up to date (${b.size} files, ${used.kinds.length} kinds, ${used.resources.length} resource and ${used.dataSources.length} data source types).`);
} else {
  const keep = new Set(written.map((w) => w.file).concat("PROVENANCE.md"));
  for (const f of listTree(out)) if (!keep.has(f)) fs.rmSync(path.join(out, f));
  const total = written.reduce((n, w) => n + w.bytes, 0);
  console.log(`wrote ${path.relative(root, out) || "."}/: ${written.length} schema files, ${total} bytes (${used.kinds.length} kinds, ${used.resources.length} resource and ${used.dataSources.length} data source types)`);
}
