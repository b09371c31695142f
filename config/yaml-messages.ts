// Indentation mistakes, told as the line to change. The yaml library reports where parsing broke,
// which is often the line before or after the one the user indented wrongly ("Nested mappings are
// not allowed in compact mappings" on the line above an over-indented field); an unknown field is
// often a known one dedented out of its section. Both are explained here from the file's text.

export interface Indentation {
  /** 1-based line the user must change. */
  readonly line: number;
  readonly message: string;
  readonly fix: string;
}

interface Level {
  readonly indent: number;
  /** First line written at this indentation in its block. */
  readonly firstLine: number;
  /** The key line that opened the block (undefined at the top level). */
  readonly parentLine?: number;
  readonly parentKey?: string;
  readonly parentCol: number;
}

interface Line {
  readonly n: number;
  readonly indent: number;
  /** Where the mapping content starts: after "- " for a list item. */
  readonly content: number;
  readonly item: boolean;
  readonly key?: string;
  /** Ends with "key:" (or "key: |" / ">"): the lines below are its block. */
  readonly opens: boolean;
  readonly blockScalar: boolean;
}

function scan(text: string): Line[] {
  const out: Line[] = [];
  const lines = text.split(/\r?\n/);
  let scalarOwner: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (scalarOwner !== undefined) {
      if (body === "" || indent > scalarOwner) continue;
      scalarOwner = undefined;
    }
    if (body === "" || body.startsWith("#") || body === "---" || body === "...") continue;
    const item = body === "-" || body.startsWith("- ");
    const rest = item ? body.slice(1).trimStart() : body;
    const content = item ? indent + (body.length - rest.length) : indent;
    const noComment = rest.replace(/\s+#.*$/, "");
    const key = /^([^\s:#'"[{][^:]*?|"[^"]*"|'[^']*'):(\s|$)/.exec(noComment)?.[1];
    const blockScalar = key !== undefined && /:\s*[|>][-+0-9]*$/.test(noComment);
    const opens = key !== undefined && (/:$/.test(noComment) || blockScalar);
    out.push({ n: i + 1, indent, content, item, key, opens: opens && !blockScalar, blockScalar });
    if (blockScalar) scalarOwner = content;
  }
  return out;
}

/** The usual indentation step of the file (the most frequent one when a block opens); 2 when none. */
function stepOf(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i].indent - lines[i - 1].content;
    if (lines[i - 1].opens && d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}

const quote = (l: Line) => (l.key !== undefined ? `"${l.key}:"` : "the list item");
const spaces = (n: number) => `${n} space${n === 1 ? "" : "s"}`;

/**
 * The first line whose indentation does not fit the blocks above it, and how to indent it;
 * undefined when every line fits (the syntax error is something else). Only called when the
 * YAML does not parse, so a valid multi-line value never reaches it.
 */
export function findMisindentation(text: string): Indentation | undefined {
  const lines = scan(text);
  if (!lines.length) return undefined;
  const step = stepOf(lines);
  let stack: Level[] = [{ indent: lines[0].indent, firstLine: lines[0].n, parentCol: -1 }];
  let popped: Level[] = [];
  const under = (l: Level) => (l.parentKey !== undefined ? ` as a field of ${l.parentKey}: (line ${l.parentLine})` : " at the top level");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = lines[i - 1];
    const top = stack[stack.length - 1];
    if (prev?.opens && (line.indent > prev.content || (line.item && line.indent === prev.content))) {
      stack.push({ indent: line.indent, firstLine: line.n, parentLine: prev.n, parentKey: prev.key, parentCol: prev.content });
      popped = [];
    } else if (line.indent > top.indent) {
      // Deeper than the line above, which opens no block. Either this line went too deep, or the
      // line above left the block this one continues (it was dedented, or written level with an
      // empty "key:" above it).
      const left = popped.find((l) => l.indent === line.indent);
      const beforePrev = lines[i - 2];
      if (prev && left) {
        return {
          line: prev.n,
          message: `${quote(prev)} is indented ${spaces(prev.indent)}, out of the block of ${left.parentKey ?? "the file"}: (line ${left.parentLine}), whose fields are at ${spaces(left.indent)}, and line ${line.n} below it continues that block`,
          fix: `indent line ${prev.n} by ${spaces(left.indent)}, like line ${left.firstLine}, if it belongs to ${left.parentKey}:; otherwise move line ${line.n} (indented ${spaces(line.indent)}) to its own section`,
        };
      }
      if (prev && beforePrev?.opens && prev.indent === beforePrev.content && !prev.item) {
        return {
          line: prev.n,
          message: `${quote(prev)} is level with ${quote(beforePrev)} on line ${beforePrev.n}, which opens a block, and line ${line.n} below it is indented ${spaces(line.indent)} as a field of that block`,
          fix: `indent line ${prev.n} by ${spaces(line.indent)}, like line ${line.n}, to make it a field of ${beforePrev.key}:`,
        };
      }
      return {
        line: line.n,
        message: `${quote(line)} is indented ${spaces(line.indent)}, deeper than line ${prev?.n ?? top.firstLine} (${spaces(top.indent)}), which does not open a block`,
        fix: `indent line ${line.n} by ${spaces(top.indent)}, like line ${top.firstLine},${under(top)}`,
      };
    } else if (line.indent < top.indent) {
      const out: Level[] = [];
      while (stack.length > 1 && stack[stack.length - 1].indent > line.indent) out.push(stack.pop()!);
      const now = stack[stack.length - 1];
      if (now.indent !== line.indent) {
        // Between two levels: which line is off? The one that breaks the file's usual step.
        const block = out[out.length - 1];
        if (!block) {
          return {
            line: line.n,
            message: `${quote(line)} is indented ${spaces(line.indent)}, less than the file's first line (line ${now.firstLine}, ${spaces(now.indent)})`,
            fix: `indent the top-level fields alike: line ${line.n} and line ${now.firstLine} at the same column (0 is usual)`,
          };
        }
        const canonical = block.parentCol + step;
        if (block.indent !== canonical && line.indent === canonical) {
          return {
            line: block.firstLine,
            message: `the fields of ${block.parentKey}: (line ${block.parentLine}) start at ${spaces(block.indent)} on line ${block.firstLine}, but line ${line.n} ${quote(line)} is at ${spaces(line.indent)}`,
            fix: `indent line ${block.firstLine} (and the lines after it in that block) by ${spaces(line.indent)}, like line ${line.n}: every field of a block starts at the same column`,
          };
        }
        return {
          line: line.n,
          message: `${quote(line)} is indented ${spaces(line.indent)}, a column no block above it uses (the fields of ${block.parentKey ?? "the file"}: start at ${spaces(block.indent)} on line ${block.firstLine}${now.parentKey !== undefined ? `, those of ${now.parentKey}: at ${spaces(now.indent)}` : ""})`,
          fix: `indent line ${line.n} by ${spaces(block.indent)}, like line ${block.firstLine},${under(block)}; or by ${spaces(now.indent)},${under(now)}`,
        };
      }
      popped = out;
    } else popped = [];
    if (line.item && line.key !== undefined) {
      stack = stack.filter((l) => l.indent <= line.indent);
      stack.push({ indent: line.content, firstLine: line.n, parentLine: stack[stack.length - 1]?.parentLine, parentKey: stack[stack.length - 1]?.parentKey, parentCol: line.indent });
    }
  }
  return undefined;
}
