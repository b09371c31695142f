#!/usr/bin/env node
"use strict";
// Generates the project's Terraform provider bindings (the `cdktf get` convention): .gen/providers/<name>/
// from the pinned, trimmed provider schemas in .gen/schemas/. Nothing under .gen/ is edited by hand.
//
//   node scripts/gen-providers.js            trim ../shared/schemas/terraform (when present) into .gen/schemas/,
//                                            then regenerate .gen/providers/ from .gen/schemas/
//   node scripts/gen-providers.js --check    regenerate both into a temporary folder; exit 1 if .gen/ differs
//   --out DIR                                write there instead of .gen/ (scripts/cdktn-check.js)
//   --generator MODULE                       the generator package (default @cdktf/provider-generator; the
//                                            CDK Terrain check passes @cdktn/provider-generator)
//   --from DIR                               where the full schemas are (default ../shared/schemas/terraform)
//
// A new resource or data source type used by stacks/ is one line in PROVIDERS below; re-run this script and
// commit .gen/. A clone without ../shared regenerates the bindings from the committed trimmed schemas.
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const check = args.includes("--check");
const committed = path.join(root, ".gen");
const out = check ? fs.mkdtempSync(path.join(os.tmpdir(), "ara-gen-")) : path.resolve(opt("--out", committed));
const from = path.resolve(opt("--from", path.join(root, "..", "shared", "schemas", "terraform")));
const generatorModule = opt("--generator", "@cdktf/provider-generator");
const blocksFrom = path.resolve(from, "..", "..", "tools", "tfmock", "provider-blocks");

/**
 * The providers, the schema each is generated from (= the version every stack pins in required_providers),
 * and the resource and data source types the stacks use. One line per type.
 */
const PROVIDERS = [
  {
    name: "azurerm",
    version: "4.79.0",
    // The reassembled schema has no provider block: scripts/provider-blocks/azurerm-4.79.0.json holds the
    // provider arguments the stacks set, written from the provider's source at that tag.
    providerBlock: "scripts/provider-blocks/azurerm-4.79.0.json",
    resources: [
      "azurerm_application_gateway",
      "azurerm_application_insights",
      "azurerm_application_insights_workbook",
      "azurerm_container_registry",
      "azurerm_dns_a_record",
      "azurerm_federated_identity_credential",
      "azurerm_kubernetes_cluster",
      "azurerm_kubernetes_cluster_extension",
      "azurerm_kubernetes_flux_configuration",
      "azurerm_log_analytics_workspace",
      "azurerm_monitor_data_collection_rule",
      "azurerm_monitor_data_collection_rule_association",
      "azurerm_monitor_diagnostic_setting",
      "azurerm_public_ip",
      "azurerm_resource_group",
      "azurerm_role_assignment",
      "azurerm_subnet",
      "azurerm_user_assigned_identity",
      "azurerm_virtual_network",
      "azurerm_web_application_firewall_policy",
    ],
    dataSources: [
      "azurerm_application_gateway",
      "azurerm_client_config",
      "azurerm_key_vault",
      "azurerm_kubernetes_cluster",
      "azurerm_kubernetes_service_versions",
      "azurerm_public_ip",
      "azurerm_resource_group",
      "azurerm_resources",
    ],
  },
  { name: "helm", version: "3.0.2", providerBlock: "tfmock", resources: ["helm_release"], dataSources: [] },
  // tfmock's kubernetes block gives `exec` and `experiments` max_items 1; the provider's served schema (its
  // plugin-framework provider, internal/framework/provider/provider.go at v2.38.0) declares both as
  // ListNestedBlock without a size limit, so the bindings take lists, as the prebuilt ones did.
  { name: "kubernetes", version: "2.38.0", providerBlock: "tfmock", unlimitedBlocks: ["exec", "experiments"], resources: ["kubernetes_manifest", "kubernetes_namespace_v1", "kubernetes_secret_v1"], dataSources: [] },
];

const sha256 = (buf) => crypto.createHash("sha256").update(buf).digest("hex");
const schemaFile = (p) => `${p.name}-${p.version}.providers-schema.json`;
const fail = (msg) => {
  console.error(`gen-providers: ${msg}`);
  process.exit(1);
};

/** Where the provider configuration block comes from: tfmock's copy (helm, kubernetes) or a committed file. */
function providerBlockFile(p) {
  return p.providerBlock === "tfmock" ? path.join(blocksFrom, `${p.name}.json`) : path.join(root, p.providerBlock);
}

/** Keeps the provider block and the listed types of one full `terraform providers schema -json` document. */
function trim(p, full, source, block) {
  const fqpns = Object.keys(full.provider_schemas ?? {});
  if (fqpns.length !== 1) fail(`${source}: expected one provider in provider_schemas, found ${fqpns.length}`);
  const fqpn = fqpns[0];
  const schema = full.provider_schemas[fqpn];
  const pick = (kind, types) =>
    Object.fromEntries(
      types.map((t) => {
        if (!schema[kind]?.[t]) fail(`${source}: ${kind === "resource_schemas" ? "resource" : "data source"} type ${t} (listed in scripts/gen-providers.js) is not in the schema`);
        return [t, schema[kind][t]];
      }),
    );
  return {
    format_version: full.format_version,
    provider_schemas: {
      [fqpn]: {
        provider: block,
        resource_schemas: pick("resource_schemas", [...p.resources].sort()),
        data_source_schemas: pick("data_source_schemas", [...p.dataSources].sort()),
      },
    },
  };
}

function provenance(rows) {
  return `# Provider schemas: provenance

Generated by \`node scripts/gen-providers.js\`; do not edit by hand. The bindings in \`.gen/providers/\` are
generated from these files (with \`@cdktf/provider-generator\`'s \`generateProviderBindingsFromSchema\`), so a
clone regenerates them without \`../shared\`. \`test/gen-providers.test.ts\` fails when \`.gen/\` is stale.

Each file is a \`terraform providers schema -json\` document of one provider version, trimmed to the
provider configuration block and the resource and data source types listed in \`scripts/gen-providers.js\`
(PROVIDERS); each kept type's schema is unchanged (descriptions included: they become the bindings' doc
comments). Files are re-serialized as JSON with one-space indent. The sources are in the project's CI
workspace (\`../shared/schemas/terraform/\`); \`../shared/schemas/PROVENANCE.md\` says where they come from
(the providers' own schemas, reassembled from lonegunmanb/terraform-<provider>-schema at the provider's tag).

The provider configuration blocks are not in those documents. helm's and kubernetes' come from tfmock
(\`../shared/tools/tfmock/provider-blocks/\`, the blocks its schema-only provider serves); azurerm's is
\`scripts/provider-blocks/azurerm-4.79.0.json\`, committed: the provider arguments the stacks set
(\`features\` with \`resource_group\`, \`subscription_id\`, \`resource_provider_registrations\`,
\`resource_providers_to_register\`), written from hashicorp/terraform-provider-azurerm at tag v4.79.0
(\`internal/provider/framework/provider.go\`: the plugin-framework schema the provider serves, whose
\`features\` and \`resource_group\` are ListNestedBlocks without \`max_items\`). A stack that needs another
provider argument adds it there from the same source. Of tfmock's kubernetes block, \`exec\` and
\`experiments\` lose \`max_items\` (hashicorp/terraform-provider-kubernetes v2.38.0,
\`internal/framework/provider/provider.go\`: ListNestedBlocks without a size limit).

| file (under .gen/schemas/) | version | kept | source (under ../shared/) | source sha256 | provider block | block sha256 |
|---|---|---|---|---|---|---|
${rows.map((r) => `| \`${r.file}\` | ${r.version} | ${r.kept} | \`schemas/terraform/${r.file}\` | \`${r.sha}\` | \`${r.block}\` | \`${r.blockSha}\` |`).join("\n")}
`;
}

/** Step 1: the trimmed schemas (from ../shared when present; otherwise the committed copy is the input). */
function writeSchemas() {
  const dir = path.join(out, "schemas");
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(from)) {
    if (out !== committed) fs.cpSync(path.join(committed, "schemas"), dir, { recursive: true });
    console.log(`gen-providers: ${path.relative(root, from) || from} not found (it ships with the project's CI workspace, not with a clone); generating from the committed .gen/schemas/.`);
    return;
  }
  const rows = [];
  for (const p of PROVIDERS) {
    const source = path.join(from, schemaFile(p));
    if (!fs.existsSync(source)) fail(`${source} not found: PROVIDERS pins ${p.name} ${p.version}; add that schema or change the version`);
    const bytes = fs.readFileSync(source);
    const blockFile = providerBlockFile(p);
    if (!fs.existsSync(blockFile)) fail(`${blockFile} not found: the ${p.name} provider block`);
    const blockBytes = fs.readFileSync(blockFile);
    const block = JSON.parse(blockBytes.toString("utf8"));
    for (const b of p.unlimitedBlocks ?? []) delete block.block.block_types[b].max_items;
    const trimmed = trim(p, JSON.parse(bytes.toString("utf8")), source, block);
    fs.writeFileSync(path.join(dir, schemaFile(p)), JSON.stringify(trimmed, null, 1) + "\n");
    const kept = [...p.resources.map((t) => t), ...p.dataSources.map((t) => `data.${t}`)].sort().join(", ");
    const blockRel = p.providerBlock === "tfmock" ? `tools/tfmock/provider-blocks/${p.name}.json` : p.providerBlock;
    rows.push({ file: schemaFile(p), version: p.version, kept, sha: sha256(bytes), block: blockRel, blockSha: sha256(blockBytes) });
  }
  fs.writeFileSync(path.join(dir, "PROVENANCE.md"), provenance(rows));
}

/** Step 2: the bindings, one generator run per provider; the schema's version becomes the stacks' required_providers version. */
async function writeBindings() {
  // The generator's index loads its jsii-language path, which require.resolve()s jsii and jsii-pacmak at load
  // time though neither is a declared dependency (the cdktf CLI bundles them). TypeScript bindings never use
  // them (generateProviderBindingsFromSchema without options), so their paths resolve to a placeholder here
  // instead of installing jsii's toolchain.
  // @cdktf/commons runs `terraform version` when loaded (for its crash reports, off here); no terraform is
  // needed to generate code, so it runs `true` instead.
  process.env.TERRAFORM_BINARY_NAME = process.env.TERRAFORM_BINARY_NAME || "true";
  process.env.CHECKPOINT_DISABLE = "1";
  const Module = require("module");
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (request === "jsii-pacmak/bin/jsii-pacmak" || request === "jsii/bin/jsii") return path.join(__dirname, "jsii-not-installed");
    return resolve.call(this, request, ...rest);
  };
  const { generateProviderBindingsFromSchema } = require(require.resolve(generatorModule, { paths: [process.cwd(), root] }));
  Module._resolveFilename = resolve;
  const target = path.join(out, "providers");
  fs.rmSync(target, { recursive: true, force: true });
  for (const p of PROVIDERS) {
    const schema = JSON.parse(fs.readFileSync(path.join(out, "schemas", schemaFile(p)), "utf8"));
    schema.provider_versions = { [Object.keys(schema.provider_schemas)[0]]: p.version };
    await generateProviderBindingsFromSchema(out, schema);
  }
  // Per-namespace README.md files only link to the registry; they are not kept.
  for (const f of walk(target)) if (path.basename(f) === "README.md") fs.rmSync(f);
}

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

function diff(a, b) {
  const list = (d) => (fs.existsSync(d) ? walk(d).map((f) => path.relative(d, f)) : []);
  const names = [...new Set([...list(a), ...list(b)])].sort();
  return names.filter((n) => {
    const fa = path.join(a, n);
    const fb = path.join(b, n);
    return !fs.existsSync(fa) || !fs.existsSync(fb) || !fs.readFileSync(fa).equals(fs.readFileSync(fb));
  });
}

(async () => {
  writeSchemas();
  await writeBindings();
  if (check) {
    const stale = diff(committed, out);
    fs.rmSync(out, { recursive: true, force: true });
    if (stale.length) {
      console.error(`.gen/ is stale (${stale.length} file${stale.length > 1 ? "s" : ""} differ: ${stale.slice(0, 5).join(", ")}${stale.length > 5 ? ", …" : ""}); run \`node scripts/gen-providers.js\` and commit .gen/.`);
      process.exit(1);
    }
    console.log(".gen/ is up to date.");
  } else {
    console.log(`wrote ${path.relative(root, out) || out}/schemas and ${path.relative(root, out) || out}/providers (${PROVIDERS.map((p) => `${p.name} ${p.version}`).join(", ")})`);
  }
})().catch((e) => fail(e.stack || String(e)));

module.exports = { PROVIDERS };
