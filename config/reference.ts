// docs/configuration.md, generated from the schema: every field with its type, default and
// description. A test keeps the committed file in sync (regenerate with `npm run docs`).
import { environmentJsonSchema } from "./json-schema";

type Json = Record<string, any>;

function typeOf(s: Json): string {
  if (s.enum) return s.enum.map((v: unknown) => `\`${JSON.stringify(v)}\``).join(" | ");
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.anyOf) return s.anyOf.map(typeOf).join(" or ");
  if (s.type === "array") return `list of ${s.items ? typeOf(s.items) : "any"}`;
  if (s.type === "object" && !s.properties) return s.additionalProperties && typeof s.additionalProperties === "object" ? `map of ${typeOf(s.additionalProperties)}` : "map";
  if (s.type === "object") return "mapping";
  if (s.type === "integer") {
    const range = [s.minimum !== undefined && s.minimum > -9007199254740991 ? `≥ ${s.minimum}` : "", s.maximum !== undefined && s.maximum < 9007199254740991 ? `≤ ${s.maximum}` : ""].filter(Boolean).join(", ");
    return range ? `integer (${range})` : "integer";
  }
  if (s.type === "string" && (s.minLength > 1 || s.maxLength !== undefined)) {
    const n = (k: number) => `${k} character${k === 1 ? "" : "s"}`;
    const length = s.minLength > 1 && s.maxLength !== undefined ? `${s.minLength}-${n(s.maxLength)}` : s.minLength > 1 ? `at least ${n(s.minLength)}` : `at most ${n(s.maxLength)}`;
    return `string (${length})`;
  }
  return s.type ?? "any";
}

function defaultOf(s: Json, required: boolean): string {
  if (s.default === undefined) return required ? "**required**" : "—";
  if (typeof s.default === "object" && Object.keys(s.default).length === 0) return Array.isArray(s.default) ? "`[]`" : "`{}`";
  return `\`${JSON.stringify(s.default)}\``;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function configurationReference(): string {
  const rows: string[] = [];
  const walk = (s: Json, at: string, required: boolean) => {
    if (at && at !== "$schema") rows.push(`| \`${at}\` | ${cell(typeOf(s))} | ${defaultOf(s, required)} | ${cell(s.description ?? "")} |`);
    const object = s.type === "object" ? s : s.items?.type === "object" ? s.items : undefined;
    if (!object?.properties) return;
    const prefix = at ? (s.type === "array" ? `${at}[].` : `${at}.`) : "";
    for (const [k, v] of Object.entries<Json>(object.properties)) walk(v, `${prefix}${k}`, (object.required ?? []).includes(k));
  };
  walk(environmentJsonSchema(), "", true);
  return [
    "# Configuration reference",
    "",
    "Generated from `config/schema.ts` by `npm run docs`; do not edit. One YAML file per environment in",
    "`environments/`; unknown fields are errors. Editors validate and complete the files through",
    "`schema/environment.schema.json`.",
    "",
    "| Field | Type | Default | Description |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
