// Turning zod issues into problems with a fix: the field, its line, the bad value, "did you mean",
// the line to add for a missing field, and where a mis-indented field belongs.
import type { z } from "zod";
import { EnvironmentSchema } from "./schema";
import type { Problem } from "./problems";

type PathSegment = string | number;


export type Issue = z.core.$ZodIssue;

export function issueToProblems(file: string, issue: Issue, lineOf: (path: string) => number | undefined): Problem[] {
  const segments = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const path = joinPath(segments);
  const base = { severity: "error" as const, rule: "AR000", file };

  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(segments);
    return issue.keys.map((key) => {
      const keyPath = joinPath([...segments, key]);
      const suggestion = closest(key, known);
      // A field spelled exactly as one of another section (a dedented line) is placed, not
      // respelled: `dataplane` under the root is cluster.network's, not a typo of `dataPlane`.
      const misplaced = misplacedFix(key, lineOf(keyPath), lineOf);
      return {
        ...base,
        path: keyPath,
        message: "unknown field (a typo is never ignored)",
        line: lineOf(keyPath),
        fix: misplaced ?? (suggestion ? `did you mean "${suggestion}"?` : `remove it; the fields allowed here are ${known.map((k) => `"${k}"`).join(", ")}`),
      };
    });
  }

  const line = lineOf(path);
  const input = (issue as { input?: unknown }).input;
  // A block whose fields were all deleted (`keyVault:` alone) is null: name what it needs.
  if (issue.code === "invalid_type" && input === null && issue.expected === "object") {
    const s = unwrap(schemaAt(segments));
    const shape = s?._zod.def.type === "object" ? (s._zod.def.shape as Record<string, AnySchema>) : {};
    const required = Object.keys(shape).filter((k) => !["optional", "default", "prefault"].includes(shape[k]._zod.def.type as string));
    if (required.length) {
      return required.map((k) => ({ ...base, path: joinPath([...segments, k]), message: `is required (${path}: is written with nothing under it)`, line, fix: requiredFix([...segments, k]) }));
    }
    return [{ ...base, path, message: "is empty (nothing under it)", line, fix: `remove the line "${String(segments[segments.length - 1])}:" to use the defaults, or add its fields under it (docs/configuration.md)` }];
  }
  if (issue.code === "invalid_type" && input === undefined) {
    return [
      {
        ...base,
        path,
        message: "is required",
        line: line ?? lineOf(joinPath(segments.slice(0, -1))),
        fix: requiredFix(segments),
      },
    ];
  }
  if (issue.code === "invalid_type") {
    return [{ ...base, path, message: `must be ${article(issue.expected)}`, value: input, line, fix: `write ${path} as ${article(issue.expected)}` }];
  }
  if (issue.code === "invalid_value") {
    const options = issue.values.map((v) => JSON.stringify(v));
    const suggestion = typeof input === "string" ? closest(input, issue.values.map(String)) : undefined;
    return [
      {
        ...base,
        path,
        message: `must be one of ${options.join(", ")}`,
        value: input,
        line,
        fix: suggestion ? `did you mean "${suggestion}"?` : `use one of ${options.join(", ")}`,
      },
    ];
  }
  const description = schemaAt(segments)?.description;
  // A refinement may name its own fix (params.fix): more precise than the field's description.
  const ownFix = issue.code === "custom" && typeof issue.params?.fix === "string" ? issue.params.fix : undefined;
  return [
    {
      ...base,
      path,
      message: friendlyMessage(issue),
      value: input,
      line,
      fix: ownFix ?? (description ? `see the field's description: ${description}` : "see docs/configuration.md"),
    },
  ];
}

/**
 * Example values for the required fields (docs/configuration.md describes each), so the fix for
 * a missing one is a line to write rather than the field's description again.
 */
const REQUIRED_EXAMPLES: Record<string, string> = {
  name: "team-a",
  "azure.location": "westeurope",
  "azure.resourceGroup": "rg-agent-router-team-a",
  "cluster.name": "tars-team-a",
  "cluster.existing.resourceGroup": "rg-shared-aks",
  "registry.private.host": "registry.acme.example.com",
  "registry.private.repository": "registry.acme.example.com/tare",
  "dns.azureDns.zoneName": "acme-ai.dev",
  "dns.azureDns.resourceGroup": "rg-dns",
  "observability.exporters.signalfx.realm": "us1",
  "observability.exporters.otlpHttp[].name": "honeycomb",
  "observability.exporters.otlpHttp[].endpoint": "https://api.honeycomb.io",
  "observability.exporters.otlp.endpoint": "https://otlp.example.com:4317",
  "state.azurerm.resourceGroupName": "rg-tfstate",
  "state.azurerm.storageAccountName": "acmetfstate",
  "state.cloud.organization": "acme-ai",
  "keyVault.vaultId": "/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/<vault-name>",
};

/** `add cluster.name, e.g. "name: tars-team-a" under cluster:`; a missing section lists what it needs. */
function requiredFix(segments: readonly PathSegment[]): string {
  const generic = joinPath(segments.map((s) => (typeof s === "number" ? "[]" : s))).replace(/\.\[\]/g, "[]");
  const key = segments[segments.length - 1];
  const parent = joinPath(segments.slice(0, -1));
  const under = parent ? ` under ${parent}:` : "";
  const example = REQUIRED_EXAMPLES[generic.replace(/\[\d+\]/g, "[]")];
  if (example !== undefined && typeof key === "string") return `add "${key}: ${example}"${under} (your own value; see docs/configuration.md)`;
  const s = unwrap(schemaAt(segments));
  if (s?._zod.def.type === "object" && typeof key === "string") {
    const needed = Object.keys(s._zod.def.shape as object).filter((k) => {
      const field = (s._zod.def.shape as Record<string, AnySchema>)[k];
      return !["optional", "default", "prefault"].includes(field._zod.def.type as string);
    });
    const fields = needed.map((k) => `${k}: ${REQUIRED_EXAMPLES[`${generic}.${k}`] ?? "..."}`).join(", ");
    return `add a "${key}:" section${under}${fields ? ` with ${fields}` : ""}; environments/dev.yaml has one`;
  }
  return `add ${joinPath(segments)}; see docs/configuration.md for its format`;
}

function friendlyMessage(issue: Issue): string {
  // A mapping key that breaks its rule: the rule's own message, not zod's "Invalid key in record".
  if (issue.code === "invalid_key") return issue.issues.map((i) => i.message).join("; ");
  if (issue.code === "too_small" && issue.origin === "array") return `must have at least ${issue.minimum} item(s)`;
  if (issue.code === "too_small" && issue.origin === "string") return `must be at least ${issue.minimum} characters long`;
  if (issue.code === "too_big" && issue.origin === "string") return `must be at most ${issue.maximum} characters long`;
  if (issue.code === "too_small") return `must be at least ${issue.minimum}`;
  if (issue.code === "too_big") return `must be at most ${issue.maximum}`;
  return issue.message;
}

function article(type: string): string {
  const words: Record<string, string> = { object: "a mapping", array: "a list", boolean: "true or false", int: "a whole number" };
  return words[type] ?? (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
}

function joinPath(segments: readonly PathSegment[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

// Walking the schema to find what a path allows. Relies on zod's public `_zod.def` shapes.
type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> }; description?: string };

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    const def = s._zod.def;
    if (["optional", "default", "prefault", "nullable", "readonly", "catch"].includes(def.type as string)) {
      s = def.innerType as AnySchema;
    } else if (def.type === "pipe") s = def.in as AnySchema;
    else break;
  }
  return s;
}

function schemaAt(segments: readonly PathSegment[]): AnySchema | undefined {
  let s: AnySchema | undefined = EnvironmentSchema as unknown as AnySchema;
  let described: AnySchema | undefined = s;
  for (const seg of segments) {
    const inner = unwrap(s);
    if (!inner) return undefined;
    const def = inner._zod.def;
    if (def.type === "object") s = (def.shape as Record<string, AnySchema>)[String(seg)];
    else if (def.type === "array") s = def.element as AnySchema;
    else if (def.type === "record") s = def.valueType as AnySchema;
    else return undefined;
    described = s;
  }
  return described;
}

/**
 * For an unknown field that is a known field of another section (a line dedented out of its
 * section): where it belongs, never "remove it". The section written nearest above it wins.
 */
function misplacedFix(key: string, keyLine: number | undefined, lineOf: (path: string) => number | undefined): string | undefined {
  const homes: string[] = [];
  const walk = (schema: AnySchema | undefined, at: string, depth: number) => {
    const s = unwrap(schema);
    if (!s || depth > 8) return;
    if (s._zod.def.type === "object") {
      const shape = s._zod.def.shape as Record<string, AnySchema>;
      if (at && key in shape) homes.push(at);
      for (const [k, v] of Object.entries(shape)) walk(v, at ? `${at}.${k}` : k, depth + 1);
    }
  };
  walk(EnvironmentSchema as unknown as AnySchema, "", 0);
  const written = homes
    .map((home) => ({ home, line: lineOf(home) }))
    .filter((h): h is { home: string; line: number } => h.line !== undefined && (keyLine === undefined || h.line < keyLine))
    .sort((a, b) => b.line - a.line);
  const best = written[0];
  if (best) return `"${key}" is a field of ${best.home}: indent it under ${best.home.split(".").pop()}: (line ${best.line}), level with the fields there`;
  return homes.length ? `"${key}" is a field of ${homes.join(" or ")}: move it there` : undefined;
}

/** Field names allowed at a path (for "did you mean"). */
export function knownKeys(segments: readonly PathSegment[]): string[] {
  const s = unwrap(schemaAt(segments));
  if (!s || s._zod.def.type !== "object") return [];
  return Object.keys(s._zod.def.shape as object).filter((k) => k !== "$schema");
}

/**
 * The nearest candidates by edit distance (a transposition counts as one edit), when close
 * enough to be a typo: at most 1 edit for words of up to 4 letters, 2 up to 8, then 3.
 * Ties are all returned ("did you mean a or b?").
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = [c];
    } else if (d === bestDistance) best.push(c);
  }
  return bestDistance <= limit && best.length ? best.join('" or "') : undefined;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

