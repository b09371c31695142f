// The output transaction. Each environment's output is built completely in a staging folder
// beside the real one, then swapped in by renames: dist/<env>/ as a whole folder (it is the
// tool's alone), each stack's cdk.tf.json as a file (the stack folder also holds what Terraform
// puts there: .terraform/, .terraform.lock.hcl). A rename is atomic, so a killed run leaves each
// folder and file entirely old or entirely new; the renames of a run are listed in a journal
// first (outside the tree: cli/output-journal.ts), and the next synth completes a journal a
// killed run left, then removes its staging folders. A rename that fails is undone with the
// environment's earlier ones, so each environment is entirely old or entirely new. Nothing is
// followed through a symlink, and nothing the tool did not write is removed. The threat model
// is in docs/security.md, "The output transaction".
import * as fs from "fs";
import * as path from "path";
import { stackNames } from "../plan/names";
import type { LoadedEnvironment } from "../config/loader";
import { renderManifests, type ManifestFile } from "../charts";
import { renderOperatorFiles } from "../runbook";
import { stackFiles } from "../stacks";
import { planOf, type Plan } from "../plan";
import { asOutputError, OutputError, refuseFileOrSymlink, refuseForeign, refuseNestedOutput, STAGING_PREFIX } from "./output-errors";
import { applyStep, journalFile, lockOutput, recoverStaging, writeJournal, type JournalStep } from "./output-journal";
import { recordFile } from "./replacement-guard";
import { backUp, preflightSwap, sameBytes, stageDirectory, undoSteps } from "./output-staging";

export { OutputError } from "./output-errors";
export { journalFolder } from "./output-journal";

export interface SynthTargets {
  readonly outdir: string;
  /** Where the stacks go; default <outdir>/cdktf.out (the cdktf CLI sets CDKTF_OUTDIR). */
  readonly terraformOutdir?: string;
  /** Where dist/ goes; default <outdir>/dist (the cdk8s CLI sets CDK8S_OUTDIR). */
  readonly manifestsOutdir?: string;
  /** Where journals are kept, outside the project (journalFolder(process.env)). */
  readonly stateDir: string;
  /** Called once the journal is written ("staged") and after each swap step ("step-1", ...): the fault tests' seam. */
  readonly onProgress?: (point: string) => void;
}

export interface WrittenEnvironment {
  readonly env: LoadedEnvironment;
  /** The two cdk.tf.json files. */
  readonly stackFiles: string[];
  /** dist/<env>/ and the files in it. */
  readonly distDir: string;
  readonly manifests: string[];
  /** Files whose content or mode changed (the others kept their bytes and mtime). */
  readonly changed: number;
}

interface Folders {
  readonly outdir: string;
  readonly tfOut: string;
  readonly distOut: string;
  readonly createdOutdir: boolean;
}

export function synthesize(environments: readonly LoadedEnvironment[], targets: SynthTargets): WrittenEnvironment[] {
  const outdir = path.resolve(targets.outdir);
  const tfOut = path.resolve(targets.terraformOutdir ?? path.join(outdir, "cdktf.out"));
  const distOut = path.resolve(targets.manifestsOutdir ?? path.join(outdir, "dist"));
  refuseNestedOutput(outdir, tfOut, distOut);
  for (const dir of [outdir, tfOut, distOut]) refuseFileOrSymlink(dir, dir === outdir);
  const createdOutdir = !fs.existsSync(outdir);
  const names = environments.map((l) => l.env.name);
  // One synth at a time per output folder: a second one would rename the same folders under the first.
  const unlock: (() => void)[] = [];
  try {
    for (const dir of [distOut, tfOut]) {
      fs.mkdirSync(dir, { recursive: true });
      unlock.unshift(lockOutput(dir));
    }
  } catch (e) {
    unlock.forEach((release) => release());
    if (createdOutdir) fs.rmSync(outdir, { recursive: true, force: true });
    throw asOutputError(e, [], names, outdir);
  }
  try {
    recoverStaging(targets.stateDir, distOut, [distOut, tfOut, outdir]);
    return synthesizeLocked(environments, { outdir, tfOut, distOut, createdOutdir }, targets);
  } catch (e) {
    throw asOutputError(e, [], names, outdir);
  } finally {
    unlock.forEach((release) => release());
  }
}

/** What each environment becomes: its dist/<env>/, its two stack files and the files of dist/<env>/. */
function layout(environments: readonly LoadedEnvironment[], { tfOut, distOut }: Folders) {
  const layouts = environments.map((loaded) => {
    const names = stackNames(loaded.env);
    const dist = path.join(distOut, loaded.env.name);
    refuseFileOrSymlink(dist, false);
    refuseForeign(dist);
    const stacks = [names.azure, names.cluster].map((name) => path.join(tfOut, "stacks", name, "cdk.tf.json"));
    for (const file of stacks) [path.dirname(path.dirname(file)), path.dirname(file), file].forEach((p) => refuseFileOrSymlink(p, false, p !== file));
    const plan = planOf(loaded.env);
    return { loaded, dist, stacks, files: [...sortedManifests(plan), ...renderOperatorFiles(plan)] };
  });
  refuseFileOrSymlink(path.join(tfOut, "manifest.json"), false, false);
  return layouts;
}

/**
 * The environment's manifests, their keys always sorted: cdk8s writes each object's keys sorted
 * unless CDK8S_DISABLE_SORT is set in the process's environment (cdk8s/lib/api-object.js, toJson),
 * and a variable in one user's shell would reorder dist/ and churn a GitOps repository. The
 * variable is cleared while the charts render, then put back as it was.
 */
function sortedManifests(plan: Plan): ManifestFile[] {
  const saved = process.env.CDK8S_DISABLE_SORT;
  delete process.env.CDK8S_DISABLE_SORT;
  try {
    return renderManifests(plan);
  } finally {
    if (saved !== undefined) process.env.CDK8S_DISABLE_SORT = saved;
  }
}

function synthesizeLocked(environments: readonly LoadedEnvironment[], folders: Folders, targets: SynthTargets): WrittenEnvironment[] {
  const { outdir, tfOut, distOut, createdOutdir } = folders;
  const plans = layout(environments, folders);
  const names = environments.map((l) => l.env.name);
  // Build: nothing outside the two staging folders changes until every file exists.
  const staging: string[] = [];
  const removeStaging = () => staging.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  const journal: JournalStep[] = [];
  const changedFiles = new Map<string, number>();
  let journalPath: string;
  try {
    const tfStage = fs.mkdtempSync(path.join(tfOut, `${STAGING_PREFIX}${process.pid}-`));
    staging.push(tfStage);
    const distStage = fs.mkdtempSync(path.join(distOut, `${STAGING_PREFIX}${process.pid}-`));
    staging.push(distStage);
    // The documents the replacement guard compared (synthesized once per environment).
    const stagedStack = stageStackFiles(
      environments.map((e) => planOf(e.env)),
      tfStage,
    );
    const stagedOf = (file: string) => stagedStack(path.relative(tfOut, file));
    for (const p of plans) {
      const name = p.loaded.env.name;
      const record = recordFile(p.stacks.map((file) => ({ name: path.basename(path.dirname(file)), file: stagedOf(file) })));
      let changed = stageDirectory(p.dist, path.join(distStage, name), [...p.files, record]);
      for (const file of p.stacks) {
        const staged = stagedOf(file);
        if (sameBytes(staged, file)) continue;
        changed++;
        journal.push({ from: staged, to: file, dir: false, env: name });
      }
      if (fs.existsSync(p.dist)) journal.push({ from: p.dist, to: path.join(distStage, `old-${name}`), dir: true, env: name });
      journal.push({ from: path.join(distStage, name), to: p.dist, dir: true, env: name });
      changedFiles.set(name, changed);
    }
    const manifest = path.join(tfOut, "manifest.json");
    if (!sameBytes(stagedOf(manifest), manifest)) journal.push({ from: stagedOf(manifest), to: manifest, dir: false });
    // Every rename checked before the first: a read-only or mounted dist/<env> stops the run here.
    preflightSwap(journal);
    backUp(journal, path.join(tfStage, "old"), tfOut);
    journalPath = journalFile(targets.stateDir, distOut);
    writeJournal(journalPath, distOut, tfOut, journal);
    targets.onProgress?.("staged");
  } catch (e) {
    removeStaging();
    if (createdOutdir) fs.rmSync(outdir, { recursive: true, force: true });
    throw asOutputError(e, [], names, outdir);
  }
  // The journal goes first: replayed against half-removed staging folders, its first step would
  // move the new dist/<env> back into staging, to be deleted.
  const cleanup = () => {
    fs.rmSync(journalPath, { force: true });
    removeStaging();
  };
  swap(journal, { names, backups: path.join(staging[0], "old"), tfOut, outdir, cleanup }, targets);
  cleanup();
  return plans.map(({ loaded, dist, stacks, files }) => ({
    env: loaded,
    stackFiles: stacks,
    distDir: dist,
    manifests: files.map((f) => path.join(dist, f.path)),
    changed: changedFiles.get(loaded.env.name) ?? 0,
  }));
}

/**
 * Writes the stacks' files (stacks/index.ts, stackFiles) into the staging folder `dir`, side by
 * side: the swap renames each into its place in cdktf.out, so the staging folder needs none of
 * cdktf.out's folders (making and removing them cost more than writing the files). Returns where
 * each file of cdktf.out (its path relative to it) was staged.
 */
function stageStackFiles(plans: readonly Plan[], dir: string): (relative: string) => string {
  const staged = new Map<string, string>();
  stackFiles(plans).forEach((f, i) => {
    const file = path.join(dir, `stack-${i}.json`);
    fs.writeFileSync(file, f.content);
    staged.set(path.normalize(f.path), file);
  });
  return (relative) => {
    const file = staged.get(path.normalize(relative));
    if (!file) throw new Error(`no staged stack file for ${relative}`);
    return file;
  };
}

/**
 * Renames only, in the journal's order, environment by environment. A failed rename undoes the
 * environment's earlier ones (it stays entirely old) and the journal is dropped; environments
 * before it stay new. Only when the undo fails too does the journal stay, for the next synth.
 */
function swap(
  journal: readonly JournalStep[],
  { names, backups, tfOut, outdir, cleanup }: { names: readonly string[]; backups: string; tfOut: string; outdir: string; cleanup: () => void },
  targets: SynthTargets,
): void {
  const done = new Set<string>();
  let current: string | undefined;
  let applied: JournalStep[] = [];
  try {
    journal.forEach((step, i) => {
      if (step.env !== current) {
        if (current !== undefined) done.add(current);
        applied = [];
      }
      current = step.env;
      if (applyStep(step)) applied.push(step);
      targets.onProgress?.(`step-${i + 1}`);
    });
  } catch (e) {
    const undone = undoSteps(applied, backups, tfOut);
    const written = names.filter((n) => done.has(n));
    const pending = names.filter((n) => !done.has(n));
    const failure = asOutputError(e, written, pending, outdir);
    if (undone) {
      cleanup();
      if (failure instanceof OutputError) throw failure;
      // Not the file system's doing: still say what is in place.
      throw new Error(`${(e as Error).message} (while swapping in the output; complete: ${written.join(", ") || "none"}; ${current ?? "the rest"} left as it was)`);
    }
    const cause = failure instanceof OutputError ? `${failure.message}. fix: ${failure.fix}` : (e as Error).message;
    throw new OutputError(
      `${cause}; undoing the renames of ${current ?? "the Terraform manifest"} failed too, so it is half swapped; the journal of this run records the rest`,
      "fix the cause above and run synth again: it completes the swap first",
      written,
      pending,
    );
  }
}
