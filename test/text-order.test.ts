// The project sorts text in one order, Unicode's root collation, whatever the machine's locale
// (config/text-order.ts): localeCompare sorted by LANG, and the same environment gave different
// dist/ bytes under lt_LT (y between i and j), cs_CZ (ch after h) or da_DK (aa after z).
import * as fs from "fs";
import * as path from "path";
import { compareText } from "../config/text-order";
import { ROOT, sourceFiles } from "./helpers";

const root = new Intl.Collator("und");
const expected = (a: string, b: string) => Math.sign(root.compare(a, b));

test("compareText sorts as the root collator does: names, paths and addresses without ICU, the rest with it", () => {
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  // The characters compared without ICU, and some that go to it (an underscore sorts before a
  // hyphen in root collation, after it in ASCII; accents; a space; a colon).
  const simple = ["a", "A", "b", "B", "i", "j", "y", "Y", "z", "Z", "0", "1", "9", "-", ".", "/", "aa", "ch", "h"];
  const other = ["_", "é", "å", " ", ":", "ı", "ß"];
  const word = (alphabet: string[]) => Array.from({ length: Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
  for (let i = 0; i < 20000; i++) {
    const alphabet = i % 4 === 0 ? [...simple, ...other] : simple;
    const [a, b] = [word(alphabet), word(alphabet)];
    if (compareText(a, b) !== expected(a, b)) throw new Error(`compareText(${JSON.stringify(a)}, ${JSON.stringify(b)}) = ${compareText(a, b)}, root collation says ${expected(a, b)}`);
  }
  // Where a machine's locale would have sorted otherwise.
  expect(["y-alb", "tars-dataplane", "jobs", "ch-ns", "dns", "aa-ns", "zz"].sort(compareText)).toEqual(["aa-ns", "ch-ns", "dns", "jobs", "tars-dataplane", "y-alb", "zz"]);
  expect(["a_b", "a-b", "A-b", "a-B"].sort(compareText)).toEqual(["a_b", "a-b", "a-B", "A-b"]);
});

test("no source sorts by the machine's locale", () => {
  const dirs = ["main.ts", "cli", "config", "plan", "checks", "stacks", "charts", "runbook"].map((d) => path.join(ROOT, d));
  const files = dirs.flatMap((d) => (d.endsWith(".ts") ? [d] : sourceFiles(d)));
  const calls = files.filter((f) => /\.localeCompare\(|Intl\.Collator\((?!"und")/.test(fs.readFileSync(f, "utf8").replace(/^\s*\/\/.*$/gm, "")));
  expect(calls.map((f) => path.relative(ROOT, f))).toEqual([]);
});
