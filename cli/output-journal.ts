// The output transaction's lock and journal, and the recovery of a killed run.
//
// Trust: nothing in the working tree is ever read as an instruction. The journal (the renames a
// run is about to make) is kept outside the tree, in the user's state folder, keyed by the real
// path of the output folder; a journal-like file inside the tree is ignored. Even a journal from
// the state folder is checked before any step runs: each path must lie inside the output
// folders it names, reached without a symlink, and each step must move into or out of a staging
// folder of the run that wrote it. Recovery deletes only staging folders that are direct children
// of an output folder, and refuses one that git tracks (someone committed it: not ours to delete).
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TOOL } from "./args";
import { OutputError, STAGING_PREFIX } from "./output-errors";
import { quotedPath, shellCommand } from "./terminal";

/** One rename of the swap. `env` groups the steps of one environment. */
export interface JournalStep {
  readonly from: string;
  readonly to: string;
  readonly dir: boolean;
  readonly env?: string;
}

interface JournalFile {
  readonly tool: typeof TOOL;
  readonly version: 1;
  readonly pid: number;
  readonly distOut: string;
  readonly tfOut: string;
  readonly steps: readonly JournalStep[];
}

/** A file (recovery only looks at folders with the prefix). */
const LOCK = `${STAGING_PREFIX}lock`;

/** Where journals live: ${XDG_STATE_HOME:-~/.local/state}/agent-router-azure/journals (outside any project). */
export function journalFolder(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_STATE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME && path.isAbsolute(env.HOME) ? env.HOME : os.homedir(), ".local", "state");
  return path.join(base, TOOL, "journals");
}

/** The journals of one output folder: its real path, hashed (a path may hold any character). */
const journalKey = (distOut: string) => crypto.createHash("sha256").update(fs.realpathSync(distOut)).digest("hex").slice(0, 32);

/** The journal of this run for `distOut`; the folder is created private to the user. */
export function journalFile(stateDir: string, distOut: string): string {
  try {
    fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(stateDir);
    if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid())) throw Object.assign(new Error("not ours"), { code: "EPERM" });
  } catch (e) {
    throw new OutputError(
      `cannot use ${stateDir} for the journal of the output swap (${(e as NodeJS.ErrnoException).code ?? "error"}); it must be a folder of yours, outside the project`,
      `make it writable, or set XDG_STATE_HOME to a writable folder of yours (${shellCommand("mkdir", ["-p"], stateDir)})`,
    );
  }
  return path.join(stateDir, `${journalKey(distOut)}-${process.pid}.json`);
}

export function writeJournal(file: string, distOut: string, tfOut: string, steps: readonly JournalStep[]): void {
  const journal: JournalFile = { tool: TOOL, version: 1, pid: process.pid, distOut, tfOut, steps };
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(journal, null, 1), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * Takes `<dir>/.agent-router-azure-lock` (created exclusively, holding the pid) and returns its
 * release. A lock whose process is gone (a killed synth) is taken over; a live one is an
 * OutputError naming the process. Two runs starting in the same instant after a killed one may
 * both take a stale lock over: the journal still keeps each folder whole or old.
 */
export function lockOutput(dir: string): () => void {
  const file = path.join(dir, LOCK);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx", mode: 0o644 });
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
        // Not someone else's lock: ours, created but not written (a full disk), or none at all.
        fs.rmSync(file, { force: true });
        throw e;
      }
    }
    let pid = NaN;
    let age = Infinity;
    try {
      const st = fs.lstatSync(file);
      pid = st.isFile() ? Number(fs.readFileSync(file, "utf8").trim()) : NaN;
      age = Date.now() - st.mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // An empty lock a moment old is another run between creating and writing it.
    const writing = !(pid > 0) && age < 10_000;
    if (writing || (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))) {
      throw new OutputError(
        `another synth (${writing ? "starting now" : `process ${pid}`}) is writing to ${dir}`,
        `wait until it has finished and run again; if no synth is running, delete the lock (${shellCommand("rm", [], file)})`,
      );
    }
    fs.rmSync(file, { force: true });
  }
  throw new OutputError(`could not take the lock ${file}`, `make sure no other synth is running, delete the lock (${shellCommand("rm", [], file)}) and run again`);
}

/** One journal step; repeatable (a step already done is skipped, false), so a killed swap can be completed. */
export function applyStep(step: JournalStep): boolean {
  if (!fs.existsSync(step.from)) return false;
  if (step.dir && fs.existsSync(step.to)) return false;
  fs.mkdirSync(path.dirname(step.to), { recursive: true });
  fs.renameSync(step.from, step.to);
  return true;
}

/** `p` lies strictly inside `base`, and no component below `base` is a symlink (missing ones are fine). */
function confined(p: string, base: string): boolean {
  if (typeof p !== "string" || !path.isAbsolute(p) || path.resolve(p) !== p || !p.startsWith(base + path.sep)) return false;
  let at = base;
  for (const part of path.relative(base, p).split(path.sep)) {
    at = path.join(at, part);
    const st = fs.lstatSync(at, { throwIfNoEntry: false });
    if (!st) return true;
    if (st.isSymbolicLink()) return false;
  }
  return true;
}

/** The staging folder (a direct child of an output folder) `p` lies in, if any. */
function stagingOf(p: string, bases: readonly string[], pid: number): string | undefined {
  const base = bases.find((b) => p.startsWith(b + path.sep));
  const top = base && path.relative(base, p).split(path.sep)[0];
  return top && top.startsWith(`${STAGING_PREFIX}${pid}-`) ? path.join(base, top) : undefined;
}

/** A journal's steps, if every one is confined to the journal's output folders; else an OutputError. */
function validJournal(file: string, distOut: string): JournalFile {
  const refuse = (why: string) =>
    new OutputError(`the journal ${file} of a killed synth ${why}; nothing was done`, `delete it (${shellCommand("rm", [], file)}) and run synth again`);
  let j: JournalFile;
  try {
    j = JSON.parse(fs.readFileSync(file, "utf8")) as JournalFile;
  } catch {
    throw refuse("cannot be read");
  }
  if (j?.tool !== TOOL || j.version !== 1 || !Number.isInteger(j.pid) || !Array.isArray(j.steps)) throw refuse("is not one this version wrote");
  if (typeof j.distOut !== "string" || typeof j.tfOut !== "string" || fs.realpathSync(j.distOut) !== fs.realpathSync(distOut)) {
    throw refuse(`is for another output folder than ${distOut}`);
  }
  const bases = [j.distOut, j.tfOut];
  for (const s of j.steps) {
    const inside = [s?.from, s?.to].every((p) => bases.some((b) => confined(p, b)));
    const staged = [s?.from, s?.to].filter((p) => typeof p === "string" && stagingOf(p, bases, j.pid)).length === 1;
    if (!inside || !staged) throw refuse(`names a path outside the output folders or its staging folders (${JSON.stringify(s?.from)} to ${JSON.stringify(s?.to)})`);
  }
  return j;
}

/** Git tracks `child` of `dir` (someone committed a staging folder). No git, or no repository: false. */
function tracked(dir: string, child: string): boolean {
  try {
    const out = execFileSync("git", ["-C", dir, "ls-files", "-z", "--", child], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 });
    return out.length > 0;
  } catch {
    return false;
  }
}

/**
 * Completes the swap of a killed run from its journal, then removes the staging folders of runs
 * that no longer exist (direct children of `folders`, by name). A folder of a live run is left
 * alone. Checks everything first: a forged or foreign journal, or a staging folder git tracks, is
 * an OutputError and nothing is touched. Runs under the output folders' locks.
 */
export function recoverStaging(stateDir: string, distOut: string, folders: readonly string[]): void {
  const stale: string[] = [];
  for (const dir of folders) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || !entry.name.startsWith(STAGING_PREFIX)) continue;
      const pid = Number(/^\.[a-z-]+?-(\d+)-/.exec(entry.name)?.[1]);
      if (pid && pid !== process.pid && isAlive(pid)) continue;
      if (tracked(dir, entry.name)) {
        const p = path.join(dir, entry.name);
        throw new OutputError(
          `${p} is tracked by git: it has the name of synth's staging folders, but someone committed it, so synth neither replays nor deletes it; nothing was done`,
          `remove it from the repository (git rm -r --cached -- ${quotedPath(p)}, then ${shellCommand("rm", ["-r"], p)}) if it is a leftover, or rename it`,
        );
      }
      stale.push(path.join(dir, entry.name));
    }
  }
  const prefix = fs.existsSync(distOut) ? journalKey(distOut) : undefined;
  const names = prefix && fs.existsSync(stateDir) ? fs.readdirSync(stateDir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".json")) : [];
  const journals = names
    .map((f) => path.join(stateDir, f))
    .filter((f) => Number(/-(\d+)\.json$/.exec(f)?.[1]) !== process.pid && !isAlive(Number(/-(\d+)\.json$/.exec(f)?.[1])))
    .map((f) => ({ file: f, journal: validJournal(f, distOut) }));
  for (const { file, journal } of journals) {
    for (const step of journal.steps) applyStep(step);
    // The journal goes before any staging folder: replayed against half-removed staging
    // folders, its first step would move the new dist/<env> back into staging, to be deleted.
    fs.rmSync(file, { force: true });
  }
  for (const stage of stale) fs.rmSync(stage, { recursive: true, force: true });
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
