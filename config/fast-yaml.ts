// The YAML of a Kubernetes object, byte for byte what cdk8s's Yaml.stringify writes (the yaml
// package, YAML 1.1 schema, lineWidth 0), or what the yaml package's own stringify writes (YAML
// 1.2; lines of 80, or none) for the project's other YAML files (Helm values, the collector's
// configuration, kustomizations), for the common case only: plain objects, arrays,
// safe integers, booleans, null, single-line strings and multi-line strings yaml writes as a
// literal block (`|` or `|-`: scripts, configuration files). Anything else in a document (a
// float, an undefined, an object used twice, a string that needs escapes, a block with leading
// or trailing blanks) makes that document go through the yaml package itself. Rendering the charts with the yaml
// package took about a third of their time on a cold run (docs/performance.md); this path takes a
// fraction of that. test/fast-yaml.test.ts compares the two on every rendered document and on
// generated strings.
import * as YAML from "yaml";

interface YamlTag {
  readonly default?: boolean | string;
  readonly tag: string;
  readonly test?: RegExp;
}
/**
 * The tests of the scalar tags other than str that yaml resolves a plain scalar by, in a YAML
 * version's schema (a match must be quoted: yaml's plainString checks the same).
 */
function otherTags(version: YamlVersion): RegExp[] {
  const schema = new YAML.Document(null, { version }).schema as unknown as { tags: YamlTag[]; compat?: YamlTag[] | null };
  return [...schema.tags, ...(schema.compat ?? [])].flatMap((t) => (t.default === true && t.tag !== "tag:yaml.org,2002:str" && t.test ? [t.test] : []));
}
type YamlVersion = "1.1" | "1.2";
const OTHER_TAGS = new Map<YamlVersion, RegExp[]>();
/** The tag tests of the document being written. */
let otherTagTests: RegExp[] = [];
// From yaml's stringifyString.js (plainString): what a plain scalar may not contain.
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
const PRINTABLE = /^[\x20-\x7e]*$/;
/** Longer keys become explicit (`? key`) in yaml's output. */
const MAX_KEY = 1000;

class Unsupported extends Error {}

function scalarString(s: string): string {
  // yaml writes these plain, quoted or as a block depending on where they are.
  // `<<` is the merge key, which yaml writes in its own way.
  if (DOCUMENT_MARKER.test(s) || s === "<<") throw new Unsupported();
  if (s.length > 0 && !s.includes("\n") && !NOT_PLAIN.test(s) && PRINTABLE.test(s)) {
    return otherTagTests.some((test) => test.test(s)) ? quoted(s) : s;
  }
  return quoted(s);
}

/**
 * A multi-line string as yaml's blockString writes it with lineWidth 0 (stringifyString.js: a
 * multi-line value is a block, and without a line width a literal one), its content at `indent`:
 * `|` when it ends with one line break (clip), `|-` when it ends without (strip). Empty lines get
 * no indentation. Declined: trailing line breaks or blanks (keep chomping, or quoted), a first
 * line that starts with a blank or a line break (an indentation indicator), document markers,
 * anything but printable ASCII.
 */
function blockLiteral(s: string, indent: string): string {
  if (DOCUMENT_MARKER.test(s) || /^[ \n]|\n\n$|[ \t]\n?$/.test(s)) throw new Unsupported();
  const clip = s.endsWith("\n");
  const body = clip ? s.slice(0, -1) : s;
  for (const line of body.split("\n")) if (!PRINTABLE.test(line)) throw new Unsupported();
  return `|${clip ? "" : "-"}\n${indent}${body.replace(/\n+/g, (breaks) => breaks + indent)}`;
}

/** yaml's quotedString for a single-line printable string: double quotes unless it holds one and no single quote. */
function quoted(s: string): string {
  if (s.includes("\n") || !PRINTABLE.test(s)) throw new Unsupported();
  const hasDouble = s.includes('"');
  const hasSingle = s.includes("'");
  if (hasDouble && !hasSingle) return `'${s}'`;
  if (hasDouble || s.includes("\\")) throw new Unsupported();
  return `"${s}"`;
}

function scalar(v: unknown): string {
  if (v === null) return "null";
  if (v === true) return "true";
  if (v === false) return "false";
  if (typeof v === "number" && Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
  if (typeof v === "string") return scalarString(v);
  throw new Unsupported();
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The text after `key:` or `-`, for any value; `indent` is the indentation of that key or dash. */
function after(v: unknown, indent: string, seen: Set<object>, inSeq: boolean): string {
  if (Array.isArray(v) || isPlainObject(v)) {
    const empty = Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
    if (empty) return Array.isArray(v) ? " []\n" : " {}\n";
    const inner = indent + "  ";
    return inSeq ? " " + block(v, inner, seen) : "\n" + inner + block(v, inner, seen);
  }
  if (typeof v === "string" && v.includes("\n")) return " " + blockLiteral(v, indent + "  ") + "\n";
  return " " + scalar(v) + "\n";
}

/** A non-empty map or sequence at `indent`, its first line without the indentation. */
function block(v: unknown[] | Record<string, unknown>, indent: string, seen: Set<object>): string {
  // yaml writes an anchor and an alias for an object it meets twice.
  if (seen.has(v)) throw new Unsupported();
  seen.add(v);
  let out = "";
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (!(i in v) || v[i] === undefined) throw new Unsupported();
      out += (i ? indent : "") + "-" + after(v[i], indent, seen, true);
    }
    return out;
  }
  let first = true;
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (value === undefined || key.length > MAX_KEY) throw new Unsupported();
    out += (first ? "" : indent) + scalarString(key) + ":" + after(value, indent, seen, false);
    first = false;
  }
  return out;
}

/**
 * How the yaml package is asked to write: cdk8s's Yaml.stringify uses YAML 1.1 and no line width
 * (the default here); the yaml package's own defaults are YAML 1.2 and lines of 80.
 */
export interface FastYamlOptions {
  readonly version?: YamlVersion;
  /** 0: no folding. Otherwise yaml folds a long scalar or writes a long block folded: such a document is declined. */
  readonly lineWidth?: 0 | 80;
}

/** One document as yaml writes it, or undefined when it holds something only the yaml package renders. */
export function fastYaml(doc: unknown, { version = "1.1", lineWidth = 0 }: FastYamlOptions = {}): string | undefined {
  if (!isPlainObject(doc)) return undefined;
  let tests = OTHER_TAGS.get(version);
  if (!tests) OTHER_TAGS.set(version, (tests = otherTags(version)));
  otherTagTests = tests;
  let text: string;
  try {
    text = Object.keys(doc).length === 0 ? "{}\n" : block(doc, "", new Set());
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  // yaml folds a scalar only when it is longer than the line width less its indentation
  // (foldFlowLines.js), and writes a block folded only when one of its lines is
  // (stringifyString.js, lineLengthOverLimit): with every line two short of the width, neither can happen.
  if (lineWidth > 0 && text.split("\n").some((line) => line.length > lineWidth - 2)) return undefined;
  return text;
}

/** What the yaml package's `stringify(doc)` writes (YAML 1.2, lines of 80), or with `{ lineWidth: 0 }` no folding; through fastYaml when it can. */
export function stringifyYaml(doc: unknown, options: { readonly lineWidth?: 0 } = {}): string {
  return fastYaml(doc, { version: "1.2", lineWidth: options.lineWidth ?? 80 }) ?? YAML.stringify(doc, options);
}
