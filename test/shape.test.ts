// The shape of the code, enforced. The builders (stacks/, charts/, runbook/) read only the Plan
// (never the environment file's model), narrow its unions instead of asserting, and every
// hand-written file stays split by concern: no function a reviewer cannot read at once.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ROOT, sourceFiles } from "./helpers";

const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 450;

const SKIP = [path.join(ROOT, "test", "schemas")];
const sources = (dir: string) => sourceFiles(dir, ".ts", SKIP);
const scripts = (dir: string) => sourceFiles(dir, ".js", SKIP);

const BUILDERS = ["stacks", "charts", "runbook"];
/** Hand-written TypeScript and scripts (not .gen/ or imports/, which generators write). */
const HAND_WRITTEN = ["main.ts", "bin", "cli", "config", "plan", "checks", "scripts", ...BUILDERS, "test"];

const FILES = HAND_WRITTEN.flatMap((p) => {
  const full = path.join(ROOT, p);
  return fs.statSync(full).isDirectory() ? sources(full).concat(scripts(full)) : [full];
}).map((file) => {
  const text = fs.readFileSync(file, "utf8");
  return { rel: path.relative(ROOT, file), text, ast: ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true) };
});

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

const inBuilder = (rel: string) => BUILDERS.some((b) => rel.startsWith(`${b}/`));

/** Every node of the files `where` accepts that `is` accepts, as `<file>:<line>` plus what `describe` says. */
function findings(where: (rel: string) => boolean, is: (n: ts.Node) => boolean, describe: (n: ts.Node, ast: ts.SourceFile) => string = () => ""): string[] {
  return FILES.filter((f) => where(f.rel)).flatMap(({ rel, ast }) => {
    const out: string[] = [];
    walk(ast, (n) => {
      if (is(n)) out.push(`${rel}:${ast.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${describe(n, ast)}`.trim());
    });
    return out;
  });
}

/** An import of the environment's model or of config/derived, or the environmentOf bridge. */
const readsEnvironment = (n: ts.Node) =>
  (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier) && /config\/(loader|derived)$/.test(n.moduleSpecifier.text)) ||
  (ts.isIdentifier(n) && n.text === "environmentOf");

/** `x!` or `x ?? ""`. */
const papersOver = (n: ts.Node) =>
  ts.isNonNullExpression(n) ||
  (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken && ts.isStringLiteral(n.right) && n.right.text === "");

const lines = (n: ts.Node, ast: ts.SourceFile) => ast.getLineAndCharacterOfPosition(n.getEnd()).line - ast.getLineAndCharacterOfPosition(n.getStart()).line + 1;

test("stacks, charts and the runbook read the Plan only: no Environment or env-based helper", () => {
  const offenders = findings(inBuilder, readsEnvironment, (n) => n.getText());
  expect(offenders).toEqual([]);
});

/** A function, method, constructor or arrow function with a body over MAX_FUNCTION_LINES lines. */
const tooLong = (n: ts.Node) => ts.isFunctionLike(n) && "body" in n && n.body !== undefined && lines(n, n.getSourceFile()) > MAX_FUNCTION_LINES;

test("no non-null assertion and no `?? \"\"` placeholder in the builders: the Plan's unions are narrowed", () => {
  const offenders = findings(inBuilder, papersOver, (n) => n.getText());
  expect(offenders).toEqual([]);
});

test(`no hand-written function is over ${MAX_FUNCTION_LINES} lines (the tests' describe and test blocks aside)`, () => {
  const offenders = findings((rel) => !rel.startsWith("test/"), tooLong, (n, ast) => `${lines(n, ast)} lines`);
  expect(offenders).toEqual([]);
});

test(`no hand-written file is over ${MAX_FILE_LINES} lines`, () => {
  const offenders = FILES.map(({ rel, text }) => ({ rel, count: text.split("\n").length - 1 })).filter((f) => f.count > MAX_FILE_LINES);
  expect(offenders).toEqual([]);
});

test("the checks above find what they look for (planted offenders)", () => {
  const planted = ts.createSourceFile(
    "x.ts",
    'import type { Environment } from "../config/loader";\nimport { x } from "../config/derived";\nconst a = b!.c ?? "";\nconst e = environmentOf(p);\nconst ok = d ?? "none";\n',
    ts.ScriptTarget.ES2022,
    true,
  );
  const found: string[] = [];
  walk(planted, (n) => {
    if (readsEnvironment(n) || papersOver(n)) found.push(n.getText());
  });
  expect(found).toEqual(['import type { Environment } from "../config/loader";', 'import { x } from "../config/derived";', 'b!.c ?? ""', "b!", "environmentOf"]);
});

test("a function one line over the limit is found, one at the limit is not", () => {
  const fn = (name: string, bodyLines: number) => `function ${name}() {\n${"  f();\n".repeat(bodyLines)}}\n`;
  const planted = ts.createSourceFile("x.ts", fn("atLimit", MAX_FUNCTION_LINES - 2) + fn("over", MAX_FUNCTION_LINES - 1), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  walk(planted, (n) => {
    if (tooLong(n) && ts.isFunctionDeclaration(n)) found.push(n.name?.text ?? "");
  });
  expect(found).toEqual(["over"]);
});
