// The replacement guard around the output transaction (checks/replacements): each environment
// without errors is compared with dist/<env>/force-new.json, the record the last synth wrote, and
// synth writes the new record beside the manifests.
import * as fs from "fs";
import * as path from "path";
import { RECORD_FILE, recordOf, renderRecord, replacementProblems, type StackDocument } from "../checks/replacements";
import type { LoadedEnvironment } from "../config/loader";
import type { Problem } from "../config/problems";
import { planOf } from "../plan";
import { stackDocuments } from "../stacks";

/** AR055 findings: what each environment's change replaces or destroys, compared with its record. */
export function replacementGuard(environments: readonly LoadedEnvironment[], problems: readonly Problem[], distOut: string, shownFrom: string): Problem[] {
  const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.file));
  return environments
    .filter((l) => !failed.has(l.file))
    .flatMap((l) => {
      const record = path.join(distOut, l.env.name, RECORD_FILE);
      const input = { file: l.file, lineOf: l.lineOf, acknowledgements: l.env.acknowledgeReplacements, recordPath: shownPath(shownFrom, record) };
      return replacementProblems(input, readRecord(record), stackDocuments(planOf(l.env)) as StackDocument[]);
    });
}

/** The record's text; undefined when there is none yet (a first synth); "" when it cannot be read. */
function readRecord(record: string): string | undefined {
  try {
    const st = fs.lstatSync(record);
    // Not a regular file (a symlink, a folder): compared as unreadable, so the finding names it.
    return st.isFile() && st.size <= 16 * 1024 * 1024 ? fs.readFileSync(record, "utf8") : "";
  } catch (e) {
    // None yet, or no folder where it would be: synth reports the folder itself.
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? undefined : "";
  }
}

/** Relative to the user's folder when inside it, else absolute. */
function shownPath(from: string, file: string): string {
  const rel = path.relative(from, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

/** dist/<env>/force-new.json, from the environment's two staged cdk.tf.json files (each stack's name and its staged file). */
export function recordFile(stackFiles: readonly { name: string; file: string }[]): { path: string; content: string } {
  const stacks = stackFiles.map(({ name, file }) => ({ name, json: JSON.parse(fs.readFileSync(file, "utf8")) as StackDocument["json"] }));
  return { path: RECORD_FILE, content: renderRecord(recordOf(stacks)) };
}
