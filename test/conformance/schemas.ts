// The official schemas the conformance tests validate against: test/schemas/, a trimmed, pinned
// copy of ../shared/schemas (what the project emits only; see test/schemas/PROVENANCE.md),
// committed so that conformance runs in every clone. Regenerate: node scripts/trim-schemas.js.
import * as fs from "fs";
import * as path from "path";

export const SCHEMAS_DIR = path.resolve(__dirname, "..", "schemas");
/** Provider configuration blocks for providers whose schema file has none (helm, kubernetes). */
export const PROVIDER_BLOCKS_DIR = path.join(SCHEMAS_DIR, "terraform", "provider-blocks");

/** `describe`, after checking that the committed schema copy is there (it always is in a clone). */
export function describeWithSchemas(name: string, body: () => void): void {
  if (!fs.existsSync(path.join(SCHEMAS_DIR, "PROVENANCE.md"))) {
    throw new Error(`${path.relative(process.cwd(), SCHEMAS_DIR)}/ is missing: it is committed with the project. fix: git checkout -- test/schemas, or node scripts/trim-schemas.js where ../shared exists`);
  }
  describe(name, body);
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
