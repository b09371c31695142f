// charts/ builds from the Plan alone: charts/index.ts and charts/phases/ read it, the
// constructs get small, flat props, and nothing decides a default from the environment again.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ROOT, sourceFiles } from "./helpers";

const CHARTS = path.join(ROOT, "charts");


const rel = (f: string) => path.relative(ROOT, f);
const parse = (f: string) => ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true);

interface Import {
  readonly file: string;
  /** Resolved against the root, without extension: "plan/waf", "config/loader". */
  readonly module: string;
  /** Value imports (type-only ones left out). */
  readonly values: string[];
}

function importsOf(file: string): Import[] {
  const out: Import[] = [];
  for (const s of parse(file).statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const spec = s.moduleSpecifier.text;
    const module = spec.startsWith(".") ? path.relative(ROOT, path.resolve(path.dirname(file), spec)) : spec;
    const clause = s.importClause;
    const values: string[] = [];
    if (clause && !clause.isTypeOnly) {
      if (clause.name) values.push(clause.name.text);
      const b = clause.namedBindings;
      if (b && ts.isNamespaceImport(b)) values.push(`* as ${b.name.text}`);
      if (b && ts.isNamedImports(b)) values.push(...b.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
    }
    out.push({ file: rel(file), module, values });
  }
  return out;
}

const IMPORTS = sourceFiles(CHARTS).flatMap(importsOf);

test("from plan/'s concern modules charts/ takes constants only, never an environment predicate", () => {
  // plan/waf.ts exports WAF_API_PATHS beside wafOnAgicGateway(env): the constant is shared, the predicate is the Plan's field.
  const offenders = IMPORTS.filter((i) => i.module.startsWith("plan/")).flatMap((i) => i.values.filter((v) => !/^[A-Z][A-Z0-9_]*$/.test(v)).map((v) => `${i.file}: ${v} from ${i.module}`));
  expect(offenders).toEqual([]);
});

test("only charts/index.ts and charts/phases/ read the Plan; constructs get flat props", () => {
  const readers = IMPORTS.filter((i) => i.module === "plan" || i.module === "plan/index").map((i) => i.file);
  expect(readers.length).toBeGreaterThan(0);
  expect(readers.filter((f) => f !== "charts/index.ts" && !f.startsWith("charts/phases/"))).toEqual([]);
});
