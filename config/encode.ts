// One encoder per sink a config value can land in, applied by construction: each sink has a
// tagged template that encodes every interpolated value for the place it lands in, so a value
// cannot change the structure of the output whatever it holds. Nested templates of the same
// sink are spliced in (their literal text is code, their values are encoded); anything else
// interpolated is a value. `false`, `undefined` and `null` interpolate to nothing, so
// `${cond && sh`...`}` adds an optional piece.
//
// - `sh`: shell (cleanup.sh, verify.sh, every command the runbook or an output prints). The
//   template's literal text is lexed (words, '...', "...", $(...), ${...}, comments) and each
//   value is quoted for the context it lands in.
// - `md`: Markdown text (RUNBOOK.md, ARCHITECTURE.md). Inside a `code span` the value is kept
//   verbatim (a backtick or a line break is refused); elsewhere Markdown and HTML syntax is
//   backslash-escaped; in a table row `|` is escaped too.
// - `mermaid`: text inside a quoted Mermaid label; everything but plain characters becomes an
//   entity code (#60; for <), so a value adds no tag, quote or edge.
// Terraform strings are encoded where config enters the stacks (stacks/terraform-literal.ts);
// YAML only goes through the serializer.

/** A control character (C0, DEL, C1) or a Unicode line/paragraph separator. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function refuseControl(sink: string, value: string): void {
  if (CONTROL.test(value)) {
    throw new Error(`${sink} encoder: refusing a value with a control character or line break: ${JSON.stringify(value)}`);
  }
}

type Piece = unknown;

abstract class Template {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly Piece[],
  ) {}
}

// ---------------------------------------------------------------------------------------
// Shell.

type ShellContext = "cmd" | "squote" | "dquote" | "comment" | "param" | "backtick";

/** Characters a shell word may hold unquoted without meaning anything to the shell. */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** POSIX single-quote quoting: the value between '...', each ' written '\''. */
export function shellQuote(value: string): string {
  refuseControl("shell", value);
  return SHELL_SAFE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

class ShellLexer {
  private readonly stack: { ctx: ShellContext; depth: number }[] = [{ ctx: "cmd", depth: 0 }];
  private prev = "\n";

  get context(): ShellContext {
    return this.stack[this.stack.length - 1].ctx;
  }

  feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const next = text[i + 1];
      const top = this.stack[this.stack.length - 1];
      switch (top.ctx) {
        case "comment":
          if (ch === "\n") this.stack.pop();
          break;
        case "squote":
          if (ch === "'") this.stack.pop();
          break;
        case "dquote":
        case "param":
          if (ch === "\\") i++;
          else if (top.ctx === "dquote" && ch === '"') this.stack.pop();
          else if (top.ctx === "param" && ch === "}") this.stack.pop();
          else if (top.ctx === "param" && ch === '"') this.stack.push({ ctx: "dquote", depth: 0 });
          else if (ch === "$" && next === "(") this.stack.push({ ctx: "cmd", depth: 0 }), i++;
          else if (ch === "$" && next === "{") this.stack.push({ ctx: "param", depth: 0 }), i++;
          else if (ch === "`") this.stack.push({ ctx: "backtick", depth: 0 });
          break;
        case "backtick":
          if (ch === "\\") i++;
          else if (ch === "`") this.stack.pop();
          break;
        case "cmd":
          if (ch === "\\") i++;
          else if (ch === "'") this.stack.push({ ctx: "squote", depth: 0 });
          else if (ch === '"') this.stack.push({ ctx: "dquote", depth: 0 });
          else if (ch === "`") this.stack.push({ ctx: "backtick", depth: 0 });
          else if (ch === "#" && /[\s;&|(]/.test(this.prev)) this.stack.push({ ctx: "comment", depth: 0 });
          else if (ch === "$" && next === "(") this.stack.push({ ctx: "cmd", depth: 0 }), i++;
          else if (ch === "$" && next === "{") this.stack.push({ ctx: "param", depth: 0 }), i++;
          else if (ch === "(") top.depth++;
          else if (ch === ")") {
            if (top.depth > 0) top.depth--;
            else if (this.stack.length > 1) this.stack.pop();
          }
          break;
      }
      this.prev = ch;
    }
  }

  /** Encodes a value for the current context; the result leaves the context unchanged. */
  encode(value: string): string {
    refuseControl("shell", value);
    switch (this.context) {
      case "cmd":
        this.prev = "x";
        return value === "" ? "''" : shellQuote(value);
      case "dquote":
        // Close the double quotes, single-quote the value, reopen: no $, `, \ or ! is live.
        return value === "" || SHELL_SAFE.test(value) ? value : `"'${value.replace(/'/g, `'\\''`)}'"`;
      case "squote":
        return value.replace(/'/g, `'\\''`);
      case "comment":
        return value;
      default:
        if (SHELL_SAFE.test(value)) return value;
        throw new Error(`shell encoder: no safe encoding inside ${this.context === "param" ? "${...}" : "`...`"}; assign the value to a variable first`);
    }
  }
}

/** Shell code built by `sh`; `String(x)` renders it. */
export class ShellCode extends Template {
  private rendered?: string;
  toString(): string {
    return (this.rendered ??= renderShell(this, new ShellLexer()));
  }
}

function renderShell(t: ShellCode, lexer: ShellLexer): string {
  let out = "";
  t.strings.forEach((s, i) => {
    lexer.feed(s);
    out += s;
    if (i < t.values.length) out += shellValue(t.values[i], lexer);
  });
  return out;
}

function shellValue(v: Piece, lexer: ShellLexer): string {
  if (v === false || v === undefined || v === null) return "";
  if (v instanceof ShellCode) return renderShell(v, lexer);
  if (Array.isArray(v)) return v.map((x) => shellValue(x, lexer)).join(" ");
  if (typeof v === "string" || typeof v === "number") return lexer.encode(String(v));
  throw new Error(`shell encoder: cannot interpolate ${typeof v}`);
}

/** Shell code; every interpolated string is quoted for where it lands. */
export function sh(strings: TemplateStringsArray, ...values: Piece[]): ShellCode {
  return new ShellCode(strings, values);
}

/** Code the project wrote itself, never a config value: inserted as it is. */
sh.constant = (code: string): ShellCode => new ShellCode([code], []);

/**
 * An option and its value, such that the value is never read as an option of its own: `-g rg`
 * normally, `--resource-group=-rg` when the value starts with '-' (which the CLI would otherwise
 * take for a flag). `flag` and `longFlag` are the project's code; the value is quoted.
 */
sh.option = (flag: string, value: string, longFlag = flag): ShellCode => {
  if (!/^--?[A-Za-z][A-Za-z0-9-]*$/.test(flag)) throw new Error(`shell encoder: ${JSON.stringify(flag)} is not an option name`);
  if (!value.startsWith("-")) return sh`${sh.constant(flag)} ${value}`;
  // A short option would take "=-x" as its value: only --name=value keeps the value whole.
  if (!/^--[A-Za-z][A-Za-z0-9-]*$/.test(longFlag)) throw new Error(`shell encoder: a value starting with '-' needs the long form of ${JSON.stringify(flag)} (--name=value)`);
  return sh`${sh.constant(longFlag)}=${value}`;
};

/** Pieces of shell code joined by a literal separator (a space, a newline and indentation). */
sh.join = (parts: readonly ShellCode[], separator: string): ShellCode =>
  new ShellCode(parts.length ? ["", ...parts.slice(1).map(() => separator), ""] : [""], parts);

// ---------------------------------------------------------------------------------------
// Markdown.

/** Characters with a meaning in Markdown or HTML text, wherever they stand in a line. */
const MD_SPECIAL = /[\\`*_[\]<>|~&#!]/g;

class MarkdownLexer {
  /** Length of the backtick run that opened the current code span; 0 outside one. */
  private span = 0;
  private lineStart = "";
  private atLineStart = true;

  feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === "\n") {
        this.span = 0;
        this.lineStart = "";
        this.atLineStart = true;
        continue;
      }
      if (this.atLineStart) {
        this.lineStart = ch;
        this.atLineStart = false;
      }
      if (ch === "`") {
        let n = 1;
        while (text[i + n] === "`") n++;
        if (this.span === 0) this.span = n;
        else if (this.span === n) this.span = 0;
        i += n - 1;
      }
    }
  }

  encode(value: string): string {
    refuseControl("Markdown", value);
    if (this.atLineStart) throw new Error("Markdown encoder: a value must not start a line");
    const table = this.lineStart === "|";
    if (this.span > 0) {
      if (value.includes("`")) throw new Error(`Markdown encoder: a backtick cannot stand in a code span: ${JSON.stringify(value)}`);
      return table ? value.replace(/\|/g, "\\|") : value;
    }
    return value.replace(MD_SPECIAL, (c) => `\\${c}`);
  }
}

/** Markdown built by `md`; `String(x)` renders it. */
export class Markdown extends Template {
  private rendered?: string;
  toString(): string {
    return (this.rendered ??= renderMarkdown(this, new MarkdownLexer()));
  }
}

function renderMarkdown(t: Markdown, lexer: MarkdownLexer): string {
  let out = "";
  t.strings.forEach((s, i) => {
    lexer.feed(s);
    out += s;
    if (i < t.values.length) {
      const v = t.values[i];
      if (v === false || v === undefined || v === null) return;
      if (v instanceof Markdown) out += renderMarkdown(v, lexer);
      else if (v instanceof ShellCode || typeof v === "string" || typeof v === "number") {
        const text = String(v);
        if (text !== "") out += lexer.encode(text);
      } else throw new Error(`Markdown encoder: cannot interpolate ${typeof v}`);
    }
  });
  return out;
}

/** Markdown text; every interpolated value is escaped for where it lands (text, code span, table cell). */
export function md(strings: TemplateStringsArray, ...values: Piece[]): Markdown {
  return new Markdown(strings, values);
}

/** Pieces of Markdown joined by a literal separator. */
md.join = (parts: readonly Markdown[], separator: string): Markdown =>
  new Markdown(parts.length ? ["", ...parts.slice(1).map(() => separator), ""] : [""], parts);

// ---------------------------------------------------------------------------------------
// Mermaid.

/** Text of a quoted Mermaid label; the literal parts may hold markup such as <br/>. */
export class MermaidText extends Template {
  toString(): string {
    let out = "";
    this.strings.forEach((s, i) => {
      out += s;
      if (i >= this.values.length) return;
      const v = this.values[i];
      if (v === false || v === undefined || v === null) return;
      if (v instanceof MermaidText) out += String(v);
      else if (typeof v === "string" || typeof v === "number") out += mermaidEscape(String(v));
      else throw new Error(`Mermaid encoder: cannot interpolate ${typeof v}`);
    });
    return out;
  }
}

/** Mermaid entity codes (#60; is <) for everything but letters, digits and plain punctuation. */
export function mermaidEscape(value: string): string {
  refuseControl("Mermaid", value);
  return value.replace(/[^A-Za-z0-9 .,:/_+=@()*-]/gu, (c) => `#${c.codePointAt(0)};`);
}

export function mermaid(strings: TemplateStringsArray, ...values: Piece[]): MermaidText {
  return new MermaidText(strings, values);
}
