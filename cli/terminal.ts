// What reaches the terminal: text from environment files and paths, escaped and capped.
import { escapeControl } from "../config/problems";
import { shellQuote } from "../config/encode";

/**
 * Every line that carries text from an environment file or a path goes through here on its
 * way to the terminal: control characters (escape sequences, a carriage return that hides the
 * start of a line, bidi overrides) are shown escaped, and a line is capped at 1,000 characters.
 */
export function forTerminal(line: string): string {
  const escaped = escapeControl(line);
  return escaped.length > 1000 ? `${escaped.slice(0, 1000)}... (${escaped.length - 1000} more characters)` : escaped;
}

/**
 * check --json and plan: what JSON.stringify leaves raw (DEL, C1, line separators, bidi) escaped;
 * with `cap`, long strings capped (findings quote values; a plan is data and is printed whole).
 * Not escapeControl: C0 inside strings is already escaped, and the newlines of the indentation
 * must stay.
 */
export function jsonForTerminal(value: unknown, { cap = true }: { cap?: boolean } = {}): string {
  const capped = (_k: string, v: unknown) => (cap && typeof v === "string" && v.length > 500 ? `${v.slice(0, 500)}... (${v.length - 500} more characters)` : v);
  return JSON.stringify(value, capped, 2).replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A command printed as a fix, e.g. shellCommand("rm", ["-R"], path): every path shell-quoted
 * (config/encode.ts) after `--`, so a path with spaces, `;` or a leading `-` is one operand and
 * never an option. A path holding control characters has no safe spelling on one line: then the
 * command is described instead of printed.
 */
export function shellCommand(command: string, options: readonly string[], ...paths: string[]): string {
  try {
    return [command, ...options, "--", ...paths.map(shellQuote)].join(" ");
  } catch {
    return `${command} ${options.join(" ")} on ${paths.map((p) => JSON.stringify(p)).join(" and ")} (a name with control characters: no shell command line can carry it safely; use a file manager)`;
  }
}

/** A path inside prose: shell-quoted when it needs it, so a copy-paste lands on the same path. */
export function quotedPath(p: string): string {
  try {
    return shellQuote(p);
  } catch {
    return JSON.stringify(p);
  }
}
