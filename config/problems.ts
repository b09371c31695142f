// One problem with an environment file, and how it is printed. Every message names the
// file, the field path, the bad value and the fix.
import { compareText } from "./text-order";

export type Severity = "error" | "warning" | "info";

export interface Problem {
  readonly severity: Severity;
  /** Stable rule id: AR000 for schema and file problems, AR001+ for the preflight rules. */
  readonly rule: string;
  readonly file: string;
  /** Dotted field path, e.g. `registry.acrName`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** The offending value. Left out where it could be a credential. */
  readonly value?: unknown;
  readonly fix?: string;
  /** 1-based line of the field in the file, when known. */
  readonly line?: number;
}

/**
 * Fields whose value may be a credential: exporter headers and endpoints (a token in a URL),
 * the GitOps repository and the URLs the user writes. Their values are never shown in a
 * message or in `check --json`, whichever rule or schema error reports them.
 */
const SENSITIVE_FIELD = /(^|\.)(headers|endpoint|repoUrl|registeredUrl|destinationServer)(\.|\[|$)/;
const SENSITIVE_KEYS = new Set(["headers", "endpoint", "repoUrl", "registeredUrl", "destinationServer"]);

/** What stands for a hidden value. */
export const HIDDEN_VALUE = "(hidden: the field may hold a credential)";

function holdsSensitiveField(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== "object" || depth > 20) return false;
  return Object.entries(value).some(([k, v]) => SENSITIVE_KEYS.has(k) || holdsSensitiveField(v, depth + 1));
}

/** Whether a problem's value must not be shown: a sensitive field, or a mapping or list holding one. */
export function isSensitive(path: string, value: unknown): boolean {
  return SENSITIVE_FIELD.test(path) || holdsSensitiveField(value);
}

/** The problem as it may be shown or serialized (`check --json`): a sensitive value replaced. */
export function publicProblem(p: Problem): Problem {
  return "value" in p && isSensitive(p.path, p.value) ? { ...p, value: HIDDEN_VALUE } : p;
}

/** Renders a value for a message: strings quoted, long values shortened. */
export function showValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = "nothing";
  else if (typeof value === "string") text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Control characters, line separators, bidi controls and invisible characters (zero-width, soft
 * hyphen, BOM): what could rewrite a terminal line or hide in it.
 */
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/g;

/** Each character that could rewrite a terminal line, shown escaped (`\x1b`, `\u202e`): the one escaping for messages. */
export function escapeControl(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** `ERROR AR003 environments/prod.yaml: registry.acrName: must be ..., got "Tars-ACR" (line 12). fix: ...` */
export function formatProblem(p: Problem): string {
  // A key the user wrote may hold a control character: shown escaped, so a message stays one line.
  const path = escapeControl(p.path);
  const where = path ? `${p.file}: ${path}:` : `${p.file}:`;
  const shown = publicProblem(p);
  const got = !("value" in shown) ? "" : shown.value === HIDDEN_VALUE ? ` ${HIDDEN_VALUE}` : `, got ${escapeControl(showValue(shown.value))}`;
  const line = p.line ? ` (line ${p.line})` : "";
  const fix = p.fix ? ` fix: ${p.fix}` : "";
  return `${p.severity.toUpperCase()} ${p.rule} ${where} ${escapeControl(p.message)}${got}${line}.${escapeControl(fix)}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Sorts for stable output: by file, then line, then rule. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.path, b.path) ||
      compareText(a.rule, b.rule),
  );
}

/** `1 file`, `2 files`. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Errors, warnings and waived findings (info), as `check --json` reports them. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number; waived: number } {
  const count = (s: Severity) => problems.filter((p) => p.severity === s).length;
  return { errors: count("error"), warnings: count("warning"), waived: count("info") };
}

export function summarize(problems: readonly Problem[]): string {
  const { errors, warnings, waived } = countProblems(problems);
  const parts = [plural(errors, "error"), plural(warnings, "warning")];
  if (waived) parts.push(`${waived} waived`);
  return parts.join(", ");
}
