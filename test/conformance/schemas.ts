// Locating ../shared/schemas. Conformance tests skip, visibly, where it is absent (a user's clone).
import * as fs from "fs";
import * as path from "path";

export const SCHEMAS_DIR = path.resolve(__dirname, "..", "..", "..", "shared", "schemas");
export const HAVE_SCHEMAS = fs.existsSync(path.join(SCHEMAS_DIR, "kubernetes")) && fs.existsSync(path.join(SCHEMAS_DIR, "terraform"));

let warned = false;
/** `describe` when the official schemas are present, `describe.skip` with a message otherwise. */
export function describeWithSchemas(name: string, body: () => void): void {
  if (!HAVE_SCHEMAS && !warned) {
    warned = true;
    console.warn(`SKIPPED conformance: ${SCHEMAS_DIR} not found. The official schemas ship with the project's CI workspace; everything else still runs.`);
  }
  (HAVE_SCHEMAS ? describe : describe.skip)(name, body);
}

export function walkFiles(dir: string, suffix: RegExp): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walkFiles(p, suffix));
    else if (suffix.test(e.name)) out.push(p);
  }
  return out.sort();
}
