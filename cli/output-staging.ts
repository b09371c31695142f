// The output transaction's file work: writing a staging folder, checking every rename of the
// swap before the first, and undoing an environment's renames when one of them fails.
import * as fs from "fs";
import * as path from "path";
import type { JournalStep } from "./output-journal";

const modeOf = (file: string) => (file.endsWith(".sh") ? 0o755 : 0o644);

export function sameBytes(a: string, b: string): boolean {
  const sa = fs.lstatSync(a, { throwIfNoEntry: false });
  const sb = fs.lstatSync(b, { throwIfNoEntry: false });
  return !!sa && !!sb && sb.isFile() && sa.size === sb.size && fs.readFileSync(a).equals(fs.readFileSync(b));
}

/**
 * Writes `files` into the new folder `stage`. A file that the current folder holds with the same
 * bytes and mode is hard-linked instead, so it keeps its mtime (tools that watch mtimes see only
 * real changes). Returns how many files are new or changed.
 */
export function stageDirectory(current: string, stage: string, files: readonly { path: string; content: string }[]): number {
  let changed = 0;
  const made = new Set<string>();
  for (const f of files) {
    const target = path.join(stage, f.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const mode = modeOf(f.path);
    const old = path.join(current, f.path);
    const st = fs.lstatSync(old, { throwIfNoEntry: false });
    const content = Buffer.from(f.content);
    if (st?.isFile() && (st.mode & 0o777) === mode && st.size === content.length && fs.readFileSync(old).equals(content)) {
      try {
        fs.linkSync(old, target);
        continue;
      } catch {
        // a file system without hard links: write it, with the old times
        fs.writeFileSync(target, content, { mode });
        fs.utimesSync(target, st.atime, st.mtime);
        if ((fs.statSync(target).mode & 0o777) !== mode) fs.chmodSync(target, mode);
        continue;
      }
    }
    changed++;
    fs.writeFileSync(target, content, { mode });
    // The mode given at creation is filtered by the umask.
    if ((fs.statSync(target).mode & 0o777) !== mode) fs.chmodSync(target, mode);
  }
  return changed;
}

/** A rename's error as Node reports one, for asOutputError. */
const renameError = (code: string, p: string) => Object.assign(new Error(`${code}: rename ${p}`), { code, path: p, syscall: "rename" });

/**
 * Checks that every rename of the swap can happen, before the first: each folder renamed into or
 * out of is writable, a renamed folder itself is writable (its ".." entry changes) and is not a
 * mount point. Throws the file system's error (EACCES, EPERM, EROFS, EBUSY) naming the path.
 */
export function preflightSwap(steps: readonly JournalStep[]): void {
  const existing = (p: string): string => (fs.existsSync(p) || path.dirname(p) === p ? p : existing(path.dirname(p)));
  for (const step of steps) {
    for (const dir of new Set([existing(path.dirname(step.to)), path.dirname(step.from)])) fs.accessSync(dir, fs.constants.W_OK);
    const st = fs.lstatSync(step.from, { throwIfNoEntry: false });
    if (!st) continue;
    if (step.dir) fs.accessSync(step.from, fs.constants.W_OK);
    if (st.dev !== fs.lstatSync(path.dirname(step.from)).dev) throw renameError("EBUSY", step.from);
    const target = fs.lstatSync(step.to, { throwIfNoEntry: false });
    if (target && target.dev !== fs.lstatSync(path.dirname(step.to)).dev) throw renameError("EBUSY", step.to);
  }
}

const backupOf = (step: JournalStep, backups: string, tfOut: string) => path.join(backups, path.relative(tfOut, step.to));

/** A hard link (or a copy) of each file a file step replaces, so the step can be undone. */
export function backUp(steps: readonly JournalStep[], backups: string, tfOut: string): void {
  for (const step of steps) {
    if (step.dir || !fs.existsSync(step.to)) continue;
    const backup = backupOf(step, backups, tfOut);
    fs.mkdirSync(path.dirname(backup), { recursive: true });
    try {
      fs.linkSync(step.to, backup);
    } catch {
      fs.copyFileSync(step.to, backup);
    }
  }
}

/** Undoes `applied` (the renames of one environment so far), last first; false when one fails. */
export function undoSteps(applied: readonly JournalStep[], backups: string, tfOut: string): boolean {
  try {
    for (const step of [...applied].reverse()) {
      fs.renameSync(step.to, step.from);
      const backup = backupOf(step, backups, tfOut);
      if (!step.dir && fs.existsSync(backup)) fs.renameSync(backup, step.to);
    }
    return true;
  } catch {
    return false;
  }
}
