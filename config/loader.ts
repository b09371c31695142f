// Reads environment files, validates them against the schema and reports every problem at
// once, each with file, field path, line, bad value and fix. Never throws on bad input.
import * as fs from "fs";
import * as path from "path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import { EnvironmentSchema, type EnvironmentConfig } from "./schema";
import type { Problem } from "./problems";

export type Environment = EnvironmentConfig;

export interface LoadedEnvironment {
  /** The file as the user named it (kept relative for messages). */
  readonly file: string;
  readonly env: Environment;
  /** Line of a field path in the file, when it is written there. */
  readonly lineOf: (path: string) => number | undefined;
}

export interface LoadResult {
  readonly environments: LoadedEnvironment[];
  readonly problems: Problem[];
}

type PathSegment = string | number;

/**
 * Loads and validates every file; a file with problems yields no environment. Files are
 * named in messages as given, and read relative to `baseDir`.
 */
export function loadEnvironments(files: readonly string[], baseDir = process.cwd()): LoadResult {
  const environments: LoadedEnvironment[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const result = loadEnvironmentText(file, readFile(file, path.resolve(baseDir, file), problems));
    problems.push(...result.problems);
    if (result.environment) environments.push(result.environment);
  }
  problems.push(...duplicateNames(environments));
  return { environments, problems };
}

function readFile(file: string, fullPath: string, problems: Problem[]): string | undefined {
  try {
    return fs.readFileSync(fullPath, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push(
      fileProblem(
        file,
        code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "unknown error"})`,
        "pass the path of an environment file, e.g. --config environments/dev.yaml",
      ),
    );
    return undefined;
  }
}

/** Validates one file's text. Exported for tests and the config fuzzer. */
export function loadEnvironmentText(
  file: string,
  text: string | undefined,
): { environment?: LoadedEnvironment; problems: Problem[] } {
  if (text === undefined) return { problems: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const syntax = doc.errors.map<Problem>((err) => ({
    ...fileProblem(file, `YAML syntax error: ${err.message.split("\n")[0]}`, "correct the YAML syntax at that line"),
    line: lineAt(err.pos[0]),
  }));
  if (syntax.length) return { problems: syntax };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { problems: [fileProblem(file, `cannot be read as data: ${(e as Error).message}`, "remove YAML anchors and aliases")] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      problems: [
        fileProblem(file, "must be a YAML mapping of environment fields", "start from environments/dev.yaml; see docs/configuration.md"),
      ],
    };
  }

  const lineOf = (path: string) => locate(doc, lineCounter, path);
  const parsed = EnvironmentSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { problems: parsed.error.issues.flatMap((issue) => issueToProblems(file, issue, lineOf)) };
  }
  return { environment: { file, env: parsed.data, lineOf }, problems: [] };
}

function fileProblem(file: string, message: string, fix: string): Problem {
  return { severity: "error", rule: "AR000", file, path: "", message, fix };
}

function duplicateNames(environments: readonly LoadedEnvironment[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, env, lineOf } of environments) {
    const first = seen.get(env.name);
    if (first) {
      problems.push({
        severity: "error",
        rule: "AR000",
        file,
        path: "name",
        message: `is also the name of ${first}; stacks and dist/ folders would collide`,
        value: env.name,
        line: lineOf("name"),
        fix: "give every environment file a unique name",
      });
    } else seen.set(env.name, file);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// Turning zod issues into problems with a fix.

type Issue = z.core.$ZodIssue;

function issueToProblems(file: string, issue: Issue, lineOf: (path: string) => number | undefined): Problem[] {
  const segments = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const path = joinPath(segments);
  const base = { severity: "error" as const, rule: "AR000", file };

  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(segments);
    return issue.keys.map((key) => {
      const keyPath = joinPath([...segments, key]);
      const suggestion = closest(key, known);
      return {
        ...base,
        path: keyPath,
        message: "unknown field (a typo is never ignored)",
        line: lineOf(keyPath),
        fix: suggestion
          ? `did you mean "${suggestion}"?`
          : `remove it; the fields allowed here are ${known.map((k) => `"${k}"`).join(", ")}`,
      };
    });
  }

  const line = lineOf(path);
  const input = (issue as { input?: unknown }).input;
  if (issue.code === "invalid_type" && input === undefined) {
    const description = schemaAt(segments)?.description;
    return [
      {
        ...base,
        path,
        message: "is required",
        line: line ?? lineOf(joinPath(segments.slice(0, -1))),
        fix: `add ${path}${description ? ` (${description})` : ""}`,
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
  return [
    {
      ...base,
      path,
      message: friendlyMessage(issue),
      value: input,
      line,
      fix: description ? `see the field's description: ${description}` : "see docs/configuration.md",
    },
  ];
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

// ---------------------------------------------------------------------------------------
// Where a field is written: the line of its key (or list item).

function locate(doc: Document, lineCounter: LineCounter, path: string): number | undefined {
  const segments = path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((s) => (s.startsWith("[") ? Number(s.slice(1, -1)) : s));
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
