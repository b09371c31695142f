// Reads environment files, validates them against the schema and reports every problem at
// once, each with file, field path, line, bad value and fix. Never throws on bad input.
import * as fs from "fs";
import * as path from "path";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { EnvironmentSchema, type EnvironmentConfig } from "./schema";
import { issueToProblems, type Issue } from "./issue-messages";
import type { Problem } from "./problems";
import { duplicateNames } from "./unique-names";
import { findMisindentation } from "./yaml-messages";

/** The yaml library's codes for a line at the wrong column (its own messages name where parsing broke). */
const INDENTATION_ERRORS = new Set(["BAD_INDENT", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "MISSING_CHAR", "UNEXPECTED_TOKEN"]);

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
  /**
   * What the preflight rules can read: `environments`, plus each file whose only schema problem
   * is an unknown field (set aside), so one run reports a typo and a rule error together. A
   * file here but not in `environments` has an error already: it is never synthesized.
   */
  readonly checkable: LoadedEnvironment[];
  readonly problems: Problem[];
}

/**
 * Environment files are a few kilobytes; anything past this is refused unread, so a wrong
 * path (a log, an image, /dev/zero) cannot hang the tool or fill the terminal.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Loads and validates every file; a file with problems yields no environment. Files are
 * named in messages as given, and read relative to `baseDir`.
 */
export function loadEnvironments(files: readonly string[], baseDir = process.cwd()): LoadResult {
  const environments: LoadedEnvironment[] = [];
  const checkable: LoadedEnvironment[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const result = loadEnvironmentText(file, readFile(file, path.resolve(baseDir, file), problems));
    problems.push(...result.problems);
    if (result.environment) environments.push(result.environment);
    if (result.environment ?? result.checkable) checkable.push((result.environment ?? result.checkable)!);
  }
  problems.push(...duplicateNames(environments, siblings(files, baseDir)));
  return { environments, checkable, problems };
}

const PASS_A_FILE = "pass the path of an environment file, e.g. --config environments/dev.yaml";

/** A binary file (an image, an archive, a key store) given as an environment: one line, not one per line of it. */
const NOT_TEXT = "is not a YAML text file";
const NOT_TEXT_FIX = "pass an environment file, UTF-8 YAML text such as --config environments/dev.yaml";

/**
 * A character YAML does not allow in a stream (YAML 1.2, 5.1 "c-printable": only tab, line
 * feed, carriage return, NEL and printable characters): a NUL or another control character
 * means a binary file, whose YAML errors would fill the terminal.
 */
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** At most this many YAML syntax errors are listed for one file; the first ones are what to fix. */
const MAX_SYNTAX_ERRORS = 10;

/** A regular file of at most MAX_FILE_BYTES, checked before it is opened (a FIFO would block the open). */
function readFile(file: string, fullPath: string, problems: Problem[]): string | undefined {
  const refuse = (message: string, fix = PASS_A_FILE) => {
    problems.push(fileProblem(file, message, fix));
    return undefined;
  };
  let fd: number | undefined;
  try {
    const st = fs.statSync(fullPath);
    if (st.isDirectory()) return refuse("is a directory, not an environment file");
    if (!st.isFile()) return refuse("is not a regular file (a device, pipe or socket); it is not read");
    if (st.size > MAX_FILE_BYTES) return refuse(`is ${st.size} bytes; an environment file is at most ${MAX_FILE_BYTES} bytes`);
    fd = fs.openSync(fullPath, "r");
    // The size is read again from the open file, and never more than the limit (it may grow).
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FILE_BYTES) return refuse(`is larger than ${MAX_FILE_BYTES} bytes; an environment file is a few kilobytes`);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      return refuse(`${NOT_TEXT} (it is not UTF-8)`, NOT_TEXT_FIX);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return refuse("file not found");
    if (code === "EACCES" || code === "EPERM") return refuse("cannot be read (permission denied)", "make the file readable (chmod u+r) or pass another file");
    return refuse(`cannot read the file (${code ?? "unknown error"})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Validates one file's text. Exported for tests and the config fuzzer. */
export function loadEnvironmentText(
  file: string,
  text: string | undefined,
): { environment?: LoadedEnvironment; checkable?: LoadedEnvironment; problems: Problem[] } {
  if (text === undefined) return { problems: [] };
  const binary = NON_PRINTABLE.exec(text);
  if (binary) {
    const line = text.slice(0, binary.index).split("\n").length;
    const code = binary[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return { problems: [{ ...fileProblem(file, `${NOT_TEXT} (it holds the control character U+${code}, which YAML does not allow)`, NOT_TEXT_FIX), line }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const syntax = doc.errors.map<Problem>((err) => ({
    ...fileProblem(file, `YAML syntax error: ${err.message.split("\n")[0]}`, "correct the YAML syntax at that line"),
    line: lineAt(err.pos[0]),
  }));
  if (syntax.length) {
    // An indentation mistake: one problem at the line to change, instead of the parser's view.
    const indentation = doc.errors.some((e) => INDENTATION_ERRORS.has(e.code)) ? findMisindentation(text) : undefined;
    if (indentation) return { problems: [{ ...fileProblem(file, `YAML indentation error: ${indentation.message}`, indentation.fix), line: indentation.line }] };
  }
  if (syntax.length > MAX_SYNTAX_ERRORS) {
    const rest = syntax.length - MAX_SYNTAX_ERRORS;
    return {
      problems: [
        ...syntax.slice(0, MAX_SYNTAX_ERRORS),
        { ...fileProblem(file, `and ${rest} more YAML syntax error${rest === 1 ? "" : "s"} (not listed)`, "correct the errors above first; is this an environment file?"), line: syntax[MAX_SYNTAX_ERRORS].line },
      ],
    };
  }
  if (syntax.length) return { problems: syntax };
  // A mapping or list used as a key (`? [a, b]: x`, `{a: 1}: x`) has no place in an environment
  // file; the yaml library would stringify it for a JS object and warn on the console.
  const collectionKeys = collectionKeyLines(doc).map<Problem>((offset) => ({
    ...fileProblem(file, "a key must be a plain word, not a mapping, a list, an alias or a tagged value", "write the key as a plain word, e.g. tier:"),
    line: lineAt(offset),
  }));
  if (collectionKeys.length) return { problems: collectionKeys };

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
    const problems = parsed.error.issues.flatMap((issue) => issueToProblems(file, issue, lineOf));
    // When unknown fields are the only problem, the rules still run on the rest of the file.
    if (!parsed.error.issues.every((i) => i.code === "unrecognized_keys")) return { problems };
    const known = withoutKeys(data, parsed.error.issues as Extract<Issue, { code: "unrecognized_keys" }>[]);
    const retry = EnvironmentSchema.safeParse(known);
    return retry.success ? { checkable: { file, env: retry.data, lineOf }, problems } : { problems };
  }
  return { environment: { file, env: parsed.data, lineOf }, problems: [] };
}

/** A copy of `data` without the keys zod reported as unknown. */
function withoutKeys(data: unknown, issues: readonly Extract<Issue, { code: "unrecognized_keys" }>[]): unknown {
  const copy = structuredClone(data) as Record<PropertyKey, unknown>;
  for (const issue of issues) {
    let node: unknown = copy;
    for (const seg of issue.path) node = (node as Record<PropertyKey, unknown> | undefined)?.[seg];
    if (node && typeof node === "object") for (const key of issue.keys) delete (node as Record<string, unknown>)[key];
  }
  return copy;
}

/** Offsets of every key that would not be a plain string in JS (the yaml library warns on those). */
function collectionKeyLines(doc: Document): number[] {
  const found: number[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        // A collection, an alias, or a scalar whose value is an object (!!binary, !!timestamp).
        if (isMap(key) || isSeq(key) || isAlias(key) || (isScalar(key) && key.value !== null && typeof key.value === "object")) {
          found.push((key as Node).range?.[0] ?? 0);
        }
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item, depth + 1);
  };
  visit(doc.contents, 0);
  return found;
}

function fileProblem(file: string, message: string, fix: string): Problem {
  return { severity: "error", rule: "AR000", file, path: "", message, fix };
}

/**
 * The other environment files next to the given ones (same directory), that load without a
 * problem: `check --config environments/team-a.yaml` must see that team-a.yaml is a copy of
 * dev.yaml. Their own problems are not reported here (a broken neighbour blocks nothing).
 */
function siblings(files: readonly string[], baseDir: string): LoadedEnvironment[] {
  // A file is the same file by device and inode, not by its spelling: on a case-insensitive file
  // system (macOS, Windows) `--config Dev.yaml` is the `dev.yaml` readdir lists, and a hard link
  // or a symlinked directory names it twice too. Loading it again would claim its names twice.
  const identity = (file: string): string => {
    try {
      const st = fs.statSync(file);
      return `${st.dev}:${st.ino}`;
    } catch {
      return path.resolve(file);
    }
  };
  const given = new Set(files.map((f) => identity(path.resolve(baseDir, f))));
  const out: LoadedEnvironment[] = [];
  for (const dir of [...new Set(files.map((f) => path.dirname(f)))]) {
    let names: string[];
    try {
      names = fs.readdirSync(path.resolve(baseDir, dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      if (given.has(identity(path.resolve(baseDir, file)))) continue;
      // The same limits as a named file (regular, at most MAX_FILE_BYTES): a FIFO beside it must not hang check.
      const text = readFile(file, path.resolve(baseDir, file), []);
      if (text === undefined) continue;
      const loaded = loadEnvironmentText(file, text).environment;
      if (loaded) out.push(loaded);
    }
  }
  return out;
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
