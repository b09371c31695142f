// Every `sh` block of README.md, CONTRIBUTING.md and docs/*.md works as written in bash and zsh
//: it parses in both, and carries no `# comment` after a command, which an interactive
// zsh (no INTERACTIVE_COMMENTS by default) passes on as arguments (`npm test # …` ran jest with
// "#" and the rest as test filters). The runbooks' blocks are covered by runbook-shells.test.ts.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";

const DOCS = ["README.md", "CONTRIBUTING.md", ...fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

function shBlocks(file: string): { file: string; line: number; code: string }[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm)].map((m) => ({
    file,
    line: text.slice(0, m.index).split("\n").length,
    code: m[1],
  }));
}

/** Where a `#` starts a comment (a word's first character, outside quotes), or -1. */
export function commentAt(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === "\\") i++;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "#" && (i === 0 || /[\s;&|(]/.test(line[i - 1]))) return i;
  }
  return -1;
}

const blocks = DOCS.flatMap(shBlocks);
const hasZsh = spawnSync("zsh", ["-c", "true"]).status === 0;
if (!hasZsh) console.log("SKIPPED zsh -n of the documentation's sh blocks: zsh is not installed (.ci/run installs it)");

test("the documentation has sh blocks to check", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  expect(blocks.map((b) => b.file)).toEqual(expect.arrayContaining(["README.md", "CONTRIBUTING.md"]));
});

test.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))("%s parses in bash and zsh and has no trailing comment", (_where, b) => {
  for (const line of b.code.split("\n")) expect({ line, comment: commentAt(line) }).toEqual({ line, comment: -1 });
  expect(spawnSync("bash", ["-n"], { input: b.code, encoding: "utf8" })).toMatchObject({ status: 0, stderr: "" });
  if (hasZsh) expect(spawnSync("zsh", ["-n"], { input: b.code, encoding: "utf8" })).toMatchObject({ status: 0, stderr: "" });
});

test("the comment finder sees comments and ignores quoted or mid-word #", () => {
  expect(commentAt("npm test   # type-check")).toBe(11);
  expect(commentAt("# a whole line")).toBe(0);
  expect(commentAt("echo 'a # b' \"c # d\" e#f ${x#y}")).toBe(-1);
});
