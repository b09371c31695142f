// Validates synthesized cdk.tf.json against the Terraform provider schemas in
// test/schemas/terraform (trimmed from ../shared/schemas/terraform): no unknown attributes or blocks, every required attribute
// present, no computed-only attribute set, block nesting and counts as the schema says, and
// literal values of the right type. Expressions ("${...}") are not typed; terraform validate
// (npm run test:terraform) checks those.
import * as fs from "fs";
import * as path from "path";
import { PROVIDER_BLOCKS_DIR, SCHEMAS_DIR } from "./schemas";

type TfType = string | [string, TfType] | ["object", Record<string, TfType>];
interface Attribute {
  type?: TfType;
  nested_type?: { nesting_mode: string; attributes: Record<string, Attribute> };
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}
interface BlockType {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  block: Block;
  min_items?: number;
  max_items?: number;
}
interface Block {
  attributes?: Record<string, Attribute>;
  block_types?: Record<string, BlockType>;
}
interface ProviderSchema {
  provider?: { block: Block };
  resource_schemas: Record<string, { block: Block }>;
  data_source_schemas: Record<string, { block: Block }>;
}

/** The azurerm schema the bindings are generated from and the stacks pin (scripts/gen-providers.js). */
export const AZURERM_PRIMARY = "azurerm-4.79.0";
/** The schema closest to the previous pin (4.55.0, the prebuilt bindings): the drift report's baseline. */
export const AZURERM_PREVIOUS = "azurerm-4.51.0";

const META_ARGUMENTS = new Set(["//", "count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);

export function loadProviderSchema(file: string): ProviderSchema {
  const doc = JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, "terraform", `${file}.providers-schema.json`), "utf8"));
  return Object.values<ProviderSchema>(doc.provider_schemas)[0];
}

/**
 * Provider configuration blocks: azurerm's is in the 4.51 file (the 4.79 document has none; the arguments
 * the stacks set are the same at v4.79.0, test/gen-providers.test.ts), helm's and kubernetes' are tfmock's (copied).
 */
export function providerBlock(name: string, schemas: Record<string, ProviderSchema>): Block | undefined {
  if (schemas[name]?.provider) return schemas[name].provider!.block;
  if (name === "azurerm") return loadProviderSchema(AZURERM_PREVIOUS).provider?.block;
  const file = path.join(PROVIDER_BLOCKS_DIR, `${name}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { block: Block }).block : undefined;
}

const isExpression = (v: unknown) => typeof v === "string" && v.includes("${");

function checkType(type: TfType, value: unknown, at: string, errors: string[]): void {
  if (value === null || isExpression(value)) return;
  if (typeof type === "string") {
    const ok =
      type === "dynamic" ||
      (type === "string" && ["string", "number", "boolean"].includes(typeof value)) ||
      (type === "number" && (typeof value === "number" || (typeof value === "string" && value !== "" && !isNaN(Number(value))))) ||
      (type === "bool" && (typeof value === "boolean" || value === "true" || value === "false"));
    if (!ok) errors.push(`${at}: expected ${type}, got ${JSON.stringify(value)}`);
    return;
  }
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(value)) return void errors.push(`${at}: expected a ${kind}, got ${JSON.stringify(value)}`);
    value.forEach((v, i) => checkType(inner as TfType, v, `${at}[${i}]`, errors));
  } else if (kind === "map") {
    if (typeof value !== "object" || Array.isArray(value)) return void errors.push(`${at}: expected a map`);
    for (const [k, v] of Object.entries(value as object)) checkType(inner as TfType, v, `${at}.${k}`, errors);
  } else if (kind === "object") {
    if (typeof value !== "object" || Array.isArray(value)) return void errors.push(`${at}: expected an object`);
    const attrs = inner as Record<string, TfType>;
    for (const [k, v] of Object.entries(value as object)) {
      if (!(k in attrs)) errors.push(`${at}.${k}: unknown attribute`);
      else checkType(attrs[k], v, `${at}.${k}`, errors);
    }
  }
}

function checkNested(attr: Attribute, value: unknown, at: string, errors: string[]): void {
  const nested = attr.nested_type!;
  if (isExpression(value)) return;
  const items = nested.nesting_mode === "single" ? [value] : Array.isArray(value) ? value : null;
  if (!items) return void errors.push(`${at}: expected a list of objects (nested attribute, nesting ${nested.nesting_mode})`);
  items.forEach((item, i) => checkAttributes({ attributes: nested.attributes }, item, nested.nesting_mode === "single" ? at : `${at}[${i}]`, errors));
}

function checkAttributes(block: Block, value: unknown, at: string, errors: string[]): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    if (!isExpression(value)) errors.push(`${at}: expected a block (object), got ${JSON.stringify(value)}`);
    return;
  }
  const attrs = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [k, v] of Object.entries(value)) {
    if (META_ARGUMENTS.has(k)) continue;
    const where = at ? `${at}.${k}` : k;
    if (attrs[k]) {
      const a = attrs[k];
      if (a.computed && !a.optional && !a.required) errors.push(`${where}: read-only (computed) attribute`);
      else if (a.nested_type) checkNested(a, v, where, errors);
      else if (a.type) checkType(a.type, v, where, errors);
    } else if (blocks[k]) {
      checkBlock(blocks[k], v, where, errors);
    } else {
      errors.push(`${where}: unknown attribute or block`);
    }
  }
  for (const [k, a] of Object.entries(attrs)) {
    if (a.required && !(k in value)) errors.push(`${at ? `${at}.` : ""}${k}: required attribute missing`);
  }
  for (const [k, b] of Object.entries(blocks)) {
    if ((b.min_items ?? 0) > 0 && !(k in value)) errors.push(`${at ? `${at}.` : ""}${k}: required block missing`);
  }
}

function checkBlock(type: BlockType, value: unknown, at: string, errors: string[]): void {
  if (isExpression(value)) return;
  const items = Array.isArray(value) ? value : [value];
  if (type.nesting_mode === "single" && Array.isArray(value)) errors.push(`${at}: a single block, not a list`);
  if (type.min_items !== undefined && items.length < type.min_items) errors.push(`${at}: at least ${type.min_items} block(s)`);
  if (type.max_items && items.length > type.max_items) errors.push(`${at}: at most ${type.max_items} block(s), got ${items.length}`);
  items.forEach((item, i) => checkAttributes(type.block, item, items.length > 1 ? `${at}[${i}]` : at, errors));
}

export interface StackReport {
  readonly errors: string[];
  /** resource/data types and the attribute paths set on them, for the version drift report. */
  readonly used: Map<string, Set<string>>;
}

/** Validates one synthesized stack. `schemas` maps provider name (azurerm, helm, kubernetes) to its schema. */
export function validateStack(json: Record<string, any>, schemas: Record<string, ProviderSchema>): StackReport {
  const errors: string[] = [];
  const used = new Map<string, Set<string>>();
  const providerOf = (type: string) => type.split("_")[0];
  const record = (kind: string, type: string, value: object) => {
    const set = used.get(`${kind} ${type}`) ?? new Set<string>();
    const walk = (v: unknown, prefix: string) => {
      if (!v || typeof v !== "object" || Array.isArray(v)) return;
      for (const [k, inner] of Object.entries(v)) {
        if (META_ARGUMENTS.has(k)) continue;
        set.add(prefix + k);
        walk(Array.isArray(inner) ? inner[0] : inner, `${prefix}${k}.`);
      }
    };
    walk(value, "");
    used.set(`${kind} ${type}`, set);
  };
  for (const [section, schemaKey] of [["resource", "resource_schemas"], ["data", "data_source_schemas"]] as const) {
    for (const [type, byName] of Object.entries<Record<string, object>>(json[section] ?? {})) {
      if (type === "terraform_remote_state") continue; // built into Terraform
      const schema = schemas[providerOf(type)]?.[schemaKey][type];
      for (const [name, value] of Object.entries(byName)) {
        const at = `${section === "data" ? "data." : ""}${type}.${name}`;
        if (!schema) {
          errors.push(`${at}: no schema for ${type} in ${providerOf(type)}`);
          continue;
        }
        record(section, type, value);
        checkAttributes(schema.block, value, at, errors);
      }
    }
  }
  for (const [name, configs] of Object.entries<object[]>(json.provider ?? {})) {
    const block = providerBlock(name, schemas);
    if (!block) {
      errors.push(`provider.${name}: no provider schema`);
      continue;
    }
    configs.forEach((c, i) => {
      // `alias` is a meta-argument of every provider block (a second configuration, such as the
      // azurerm provider for a Key Vault in another subscription), not part of the provider schema.
      const { alias, ...config } = c as { alias?: unknown };
      if (alias !== undefined && (typeof alias !== "string" || !/^[A-Za-z][\w-]*$/.test(alias))) {
        errors.push(`provider.${name}[${i}].alias: must be a name, got ${JSON.stringify(alias)}`);
      }
      checkAttributes(block, config, `provider.${name}[${i}]`, errors);
    });
  }
  // A resource or data source that names a provider configuration names one that exists.
  const aliases = new Set(
    Object.entries<object[]>(json.provider ?? {}).flatMap(([name, configs]) =>
      configs.map((c) => ((c as { alias?: string }).alias ? `${name}.${(c as { alias?: string }).alias}` : name)),
    ),
  );
  for (const section of ["resource", "data"] as const) {
    for (const [type, instances] of Object.entries<Record<string, { provider?: string }>>((json[section] ?? {}) as Record<string, Record<string, { provider?: string }>>)) {
      for (const [id, value] of Object.entries(instances)) {
        if (value.provider !== undefined && !aliases.has(value.provider)) {
          errors.push(`${section}.${type}.${id}.provider: no provider configuration ${JSON.stringify(value.provider)}`);
        }
      }
    }
  }
  return { errors, used };
}

/**
 * What differs, for the attributes the project sets, between two versions of a provider
 * schema: attributes present in one and not the other, or changing required/optional.
 */
export function schemaDrift(used: Map<string, Set<string>>, a: ProviderSchema, b: ProviderSchema): string[] {
  const out: string[] = [];
  const lookup = (s: ProviderSchema, kind: string, type: string) => (kind === "resource" ? s.resource_schemas : s.data_source_schemas)[type]?.block;
  const describe = (block: Block | undefined, attrPath: string): string => {
    let b: Block | undefined = block;
    const parts = attrPath.split(".");
    for (let i = 0; i < parts.length; i++) {
      if (!b) return "absent";
      const p = parts[i];
      const attr = b.attributes?.[p];
      if (attr) {
        if (i < parts.length - 1 && attr.nested_type) {
          b = { attributes: attr.nested_type.attributes };
          continue;
        }
        return attr.required ? "required" : attr.optional ? "optional" : "computed";
      }
      const bt = b.block_types?.[p];
      if (!bt) return "absent";
      if (i === parts.length - 1) return `block${bt.min_items ? " (required)" : ""}`;
      b = bt.block;
    }
    return "absent";
  };
  for (const [key, paths] of [...used.entries()].sort()) {
    const [kind, type] = key.split(" ");
    for (const p of [...paths].sort()) {
      const x = describe(lookup(a, kind, type), p);
      const y = describe(lookup(b, kind, type), p);
      if (x !== y) out.push(`${kind === "data" ? "data." : ""}${type}.${p}: ${x} -> ${y}`);
    }
  }
  return out;
}
