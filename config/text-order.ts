// The one order the project sorts text in: Unicode's root collation (CLDR root, what
// `localeCompare` gives under en-US), whatever the machine's locale. `a.localeCompare(b)` sorts by
// the process's default locale, which ICU takes from LANG and LC_ALL: the same environment file
// gave different dist/ bytes on a machine with LANG=lt_LT.UTF-8 (y sorts between i and j there),
// cs_CZ (ch after h) or da_DK (aa after z), and a GitOps repository would see the order flip with
// whoever synthesized last.
//
// Strings of ASCII letters, digits, `-`, `.` and `/` (Kubernetes names, API groups and kinds,
// Terraform addresses, rule IDs, field paths) are compared here without ICU: in root collation
// `-` < `.` < `/` < digits < letters, letters compare without case first, then lowercase before
// uppercase at the first difference. That is the code-unit order of the lowercased strings, then
// of the case. Anything else goes to ICU's root collator, built on first use (about 6 ms).
// test/text-order.test.ts compares both with Intl.Collator("und") on random strings.

const SIMPLE = /^[A-Za-z0-9./-]*$/;
let root: Intl.Collator | undefined;

/** -1, 0 or 1: a before, equal to, or after b in root collation. */
export function compareText(a: string, b: string): number {
  if (!SIMPLE.test(a) || !SIMPLE.test(b)) return Math.sign((root ??= new Intl.Collator("und")).compare(a, b));
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  if (la !== lb) return la < lb ? -1 : 1;
  // The same letters: the first that differs in case decides, lowercase first.
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === la[i] ? -1 : 1;
  return 0;
}
