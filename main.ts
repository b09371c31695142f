// Entry point: load the environment files, run the preflight checks, build both apps (CDK for
// Terraform and cdk8s) and write their output. Only this file and config/ touch the file
// system, the environment variables or the process.
import * as fs from "fs";
import * as path from "path";
import { checkEnvironments, RULES } from "./checks";
import { dataPlaneUrl, NIP_IO_HOST, stackNames } from "./config/derived";
import { loadEnvironments, type LoadedEnvironment } from "./config/loader";
import { countProblems, escapeControl, formatProblem, hasErrors, plural, publicProblem, sortProblems, summarize, type Problem } from "./config/problems";
import { environmentJsonSchema } from "./config/json-schema";
import { renderManifests } from "./charts";
import { renderOperatorFiles } from "./runbook";
import { stackDocuments, synthesizeStacks } from "./stacks";
import { RECORD_FILE, recordOf, renderRecord, replacementProblems, type StackDocument } from "./checks/replacements";

export const PROJECT_ROOT = __dirname;
const TOOL = "agent-router-azure";

const HELP = `${TOOL}: the Agent Router data plane on Azure, from one YAML file per environment.

Usage:
  npm run synth [-- --config FILE ... [--outdir DIR]]
  npm run check [-- --config FILE ... [--json]]
  npm run schema [-- --out FILE]

Commands:
  synth    Check, then write for each environment:
             DIR/cdktf.out/stacks/<env>-azure/cdk.tf.json    (Azure: AKS, ACR, gateway, identities)
             DIR/cdktf.out/stacks/<env>-cluster/cdk.tf.json  (helm/kubernetes: cert-manager, ALB controller, Secrets)
             DIR/dist/<env>/                                 (Kubernetes YAML, kustomization.yaml, RUNBOOK.md,
                                                              verify.sh, cleanup.sh)
           Each environment's output is built whole in a staging folder, then swapped in;
           nothing is written when any check reports an error.
  check    Run the schema validation and the preflight rules; write nothing.
  schema   Print the JSON Schema of the environment file (or write it with --out).
  rules    List the preflight rules with the guide row each one prevents.

Options:
  --config FILE   synth, check: an environment file (repeatable). Default: every
                  environments/*.yaml, or those AGENT_ROUTER_ENV names.
  --outdir DIR    synth: where to write; check: where the last synth wrote (its
                  dist/<env>/force-new.json names what a change replaces). Default: the project root.
  --json          check: print findings as JSON for CI tools.
  --quiet         synth: print only problems, no summary.
  --out FILE      schema: write the schema to FILE.
  -h, --help      Show this help.

Environment:
  AGENT_ROUTER_ENV=team-a[,team-b]   synth and check only environments/team-a.yaml (and
                  team-b.yaml) when no --config is given; how the cdktf CLI (cdktf.json runs
                  synth) deploys one environment while another file is broken:
                    AGENT_ROUTER_ENV=team-a cdktf deploy team-a-azure team-a-cluster

Exit codes: 0 success (warnings allowed), 1 an environment has errors, 2 bad usage or an
internal error, 3 the output could not be written (disk full, read-only, a symlink, a nested
output folder; the message names the path and the fix). Deploy with \`cdktf deploy\` (the cdktf
CLI is not installed with the project: npm install --prefix ~/.cache/agent-router-azure/cdktf-cli-0.21.0
cdktf-cli@0.21.0, README.md "Deploy paths"), or terraform -chdir=cdktf.out/stacks/<env>-azure
init && apply, then the same for <env>-cluster (see README.md).`;

export interface MainContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly out?: (line: string) => void;
  readonly err?: (line: string) => void;
}

interface Options {
  command: "synth" | "check" | "schema" | "rules" | "help";
  configs: string[];
  outdir?: string;
  out?: string;
  json: boolean;
  quiet: boolean;
}

class UsageError extends Error {}

/** Which options each command takes; any other is a usage error rather than silently ignored. */
const APPLIES: Record<Options["command"], readonly string[]> = {
  synth: ["--config", "--outdir", "--quiet", "--cdktf"],
  check: ["--config", "--json", "--outdir"],
  schema: ["--out"],
  rules: [],
  help: [],
};

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { command: "help", configs: [], json: false, quiet: false };
  const args = [...argv];
  const first = args[0];
  if (first === "synth" || first === "check" || first === "schema" || first === "rules") {
    opts.command = first;
    args.shift();
  } else if (first !== undefined && !first.startsWith("-")) {
    throw new UsageError(`unknown command "${first}"; use synth, check, schema or rules`);
  }
  const value = (flag: string): string => {
    const v = args.shift();
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const given = new Set<string>();
  while (args.length) {
    const a = args.shift()!;
    if (a.startsWith("--") && a !== "--help") given.add(a.split("=")[0]);
    if (a === "-h" || a === "--help") opts.command = "help";
    else if (a === "--config") opts.configs.push(value(a));
    else if (a.startsWith("--config=")) opts.configs.push(a.slice(9));
    else if (a === "--outdir") opts.outdir = value(a);
    else if (a.startsWith("--outdir=")) opts.outdir = a.slice(9);
    else if (a === "--out") opts.out = value(a);
    else if (a === "--json") opts.json = true;
    else if (a === "--quiet") opts.quiet = true;
    else if (a === "--cdktf") {
      // accepted for cdktf.json's app command; CDKTF_OUTDIR decides where stacks go
    } else throw new UsageError(`unknown option "${a}"; see --help`);
  }
  if (first === undefined && !argv.includes("--help") && !argv.includes("-h")) opts.command = "help";
  if (opts.command !== "help") {
    for (const flag of given) {
      if (APPLIES[opts.command].includes(flag)) continue;
      const owners = (Object.keys(APPLIES) as Options["command"][]).filter((c) => APPLIES[c].includes(flag));
      throw new UsageError(`${flag} does not apply to ${opts.command} (it is for ${owners.join(" and ")}); see --help`);
    }
  }
  return opts;
}

/** Where the user ran the command: npm run changes directory to the project root; INIT_CWD keeps theirs. */
const userDir = (ctx: MainContext) => ctx.env.INIT_CWD ?? ctx.cwd;

/**
 * The environment files to use, named as the user wrote them and read relative to userDir; or
 * those AGENT_ROUTER_ENV names in environments/ (how the cdktf CLI, which runs cdktf.json's
 * app without arguments, synthesizes one environment); or every file in environments/.
 */
function configFiles(opts: Options, ctx: MainContext): { files: string[]; baseDir: string } {
  const only = ctx.env.AGENT_ROUTER_ENV?.trim();
  if (opts.configs.length && only) throw new UsageError("use --config or AGENT_ROUTER_ENV, not both (unset AGENT_ROUTER_ENV to use --config)");
  if (opts.configs.length) return { files: opts.configs, baseDir: userDir(ctx) };
  const dir = path.join(PROJECT_ROOT, "environments");
  const all = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (!only) return { files: all.map((f) => path.join("environments", f)), baseDir: PROJECT_ROOT };
  const files = only.split(/[\s,]+/).map((name) => {
    const file = all.find((f) => f === `${name}.yaml` || f === `${name}.yml`);
    if (!file) {
      throw new UsageError(
        `AGENT_ROUTER_ENV names ${JSON.stringify(name)}, but there is no environments/${name}.yaml; the environments are ${all.map((f) => f.replace(/\.ya?ml$/, "")).join(", ")}`,
      );
    }
    return path.join("environments", file);
  });
  return { files: [...new Set(files)], baseDir: PROJECT_ROOT };
}

/**
 * Every line that carries text from an environment file or a path goes through here on its
 * way to the terminal: control characters (escape sequences, a carriage return that hides the
 * start of a line, bidi overrides) are shown escaped, and a line is capped at 1,000 characters.
 */
export function forTerminal(line: string): string {
  const escaped = escapeControl(line);
  return escaped.length > 1000 ? `${escaped.slice(0, 1000)}... (${escaped.length - 1000} more characters)` : escaped;
}

/**
 * check --json: what JSON.stringify leaves raw (DEL, C1, line separators, bidi) escaped; long
 * strings capped. Not escapeControl: C0 inside strings is already escaped, and the newlines of the
 * indentation must stay.
 */
function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" && v.length > 500 ? `${v.slice(0, 500)}... (${v.length - 500} more characters)` : v), 2).replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function main(argv: readonly string[], ctx: MainContext): number {
  const out = ctx.out ?? ((l: string) => process.stdout.write(l + "\n"));
  const err = ctx.err ?? ((l: string) => process.stderr.write(l + "\n"));
  const usage = (e: unknown) => {
    if (!(e instanceof UsageError)) throw e;
    err(forTerminal(`${TOOL}: ${e.message}`));
    return 2;
  };
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    return usage(e);
  }
  if (opts.command === "help") {
    out(HELP);
    return 0;
  }
  if (opts.command === "rules") {
    for (const r of RULES) out(`${r.id}  ${r.severity.padEnd(7)} ${r.waivable ? "waivable " : "         "} ${r.title}\n        guide: ${r.guide}`);
    return 0;
  }
  if (opts.command === "schema") {
    const text = JSON.stringify(environmentJsonSchema(), null, 2) + "\n";
    if (!opts.out) {
      out(text.trimEnd());
      return 0;
    }
    const file = path.resolve(userDir(ctx), opts.out);
    try {
      fs.writeFileSync(file, text);
    } catch (e) {
      const failure = asOutputError(e, [], []);
      if (!(failure instanceof OutputError)) throw e;
      err(forTerminal(`${TOOL} schema: ${failure.message}. fix: ${failure.fix}`));
      return 3;
    }
    out(forTerminal(`${TOOL} schema: wrote ${path.relative(userDir(ctx), file) || file} (the JSON Schema of environment files, for editors)`));
    return 0;
  }

  try {
    return run(opts, ctx, out, err);
  } catch (e) {
    if (e instanceof UsageError) return usage(e);
    if (e instanceof OutputError) {
      err(forTerminal(`${TOOL} synth: ${e.message}. fix: ${e.fix}`));
      if (e.written.length) err(forTerminal(`Written in full: ${e.written.join(", ")}. Not written (each left entirely as it was): ${e.pending.join(", ")}.`));
      else err("Nothing was written: every environment's output is as it was before this run.");
      return 3;
    }
    err(forTerminal(`${TOOL}: internal error: ${(e as Error).message}`));
    err("This is a bug in agent-router-azure; please report it with the environment file.");
    return 2;
  }
}

function run(opts: Options, ctx: MainContext, out: (l: string) => void, err: (l: string) => void): number {
  const { files, baseDir } = configFiles(opts, ctx);
  if (!files.length) {
    err(`${TOOL}: no environment files in environments/; pass --config FILE`);
    return 2;
  }
  const loaded = loadEnvironments(files, baseDir);
  const checked = [...loaded.problems, ...checkEnvironments(loaded.checkable)];
  const distOut = path.resolve(ctx.env.CDK8S_OUTDIR ?? path.join(path.resolve(userDir(ctx), opts.outdir ?? PROJECT_ROOT), "dist"));
  const problems = sortProblems([...checked, ...replacementGuard(loaded.environments, checked, distOut, userDir(ctx))]);
  const print = (p: Problem) => (p.severity === "error" ? err : out)(forTerminal(formatProblem(p)));

  if (opts.command === "check") {
    if (opts.json) {
      out(jsonForTerminal({ files, summary: countProblems(problems), findings: problems.map(publicProblem) }));
    } else {
      problems.forEach(print);
      out(`${TOOL} check: ${plural(files.length, "file")}, ${summarize(problems)}`);
    }
    return hasErrors(problems) ? 1 : 0;
  }

  problems.forEach(print);
  if (hasErrors(problems)) {
    err(`${TOOL} synth: ${summarize(problems)}; nothing was written.`);
    return 1;
  }
  const outdir = path.resolve(userDir(ctx), opts.outdir ?? PROJECT_ROOT);
  const written = synthesize(loaded.environments, {
    outdir,
    terraformOutdir: ctx.env.CDKTF_OUTDIR,
    manifestsOutdir: ctx.env.CDK8S_OUTDIR,
    // test/output-faults.test.ts kills the process at a given point of the swap
    onProgress: ctx.env.AGENT_ROUTER_TEST_KILL_AT ? (point) => point === ctx.env.AGENT_ROUTER_TEST_KILL_AT && process.kill(process.pid, "SIGKILL") : undefined,
  });
  if (!opts.quiet) for (const line of summaryLines(written, outdir, problems)) out(forTerminal(line));
  return 0;
}

// ---------------------------------------------------------------------------------------
// Synthesis. Each environment's output is built completely in a staging folder beside the
// real one, then swapped in by renames: dist/<env>/ as a whole folder (it is the tool's
// alone), each stack's cdk.tf.json as a file (the stack folder also holds what Terraform puts
// there: .terraform/, .terraform.lock.hcl). A rename is atomic, so a killed run leaves each
// folder and file entirely old or entirely new; the renames of a run are listed in a journal
// first, and the next synth completes a journal a killed run left, then removes its staging
// folders. Nothing is followed through a symlink, and nothing the tool did not write is removed.

export interface SynthTargets {
  readonly outdir: string;
  /** Where the stacks go; default <outdir>/cdktf.out (the cdktf CLI sets CDKTF_OUTDIR). */
  readonly terraformOutdir?: string;
  /** Where dist/ goes; default <outdir>/dist (the cdk8s CLI sets CDK8S_OUTDIR). */
  readonly manifestsOutdir?: string;
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

/** A problem of the user's file system (not a bug): what, where, and the fix. */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly fix: string,
    /** Environments whose output was already swapped in when this happened. */
    readonly written: readonly string[] = [],
    readonly pending: readonly string[] = [],
  ) {
    super(message);
  }
}

const STAGING_PREFIX = `.${TOOL}-`;
const JOURNAL = "journal.json";
/** A file (recoverStaging only looks at folders with the prefix). */
const LOCK = `${STAGING_PREFIX}lock`;

/** Files and folders Terraform (or a user) keeps beside generated files; never removed. */
const FOREIGN = (name: string) =>
  name === ".terraform" || name === ".terraform.lock.hcl" || name === ".git" || /\.tfstate(\.|$)/.test(name) || /\.tfplan$/.test(name);

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
    return synthesizeLocked(environments, { outdir, tfOut, distOut, createdOutdir }, targets);
  } finally {
    unlock.forEach((release) => release());
  }
}

function synthesizeLocked(
  environments: readonly LoadedEnvironment[],
  { outdir, tfOut, distOut, createdOutdir }: { outdir: string; tfOut: string; distOut: string; createdOutdir: boolean },
  targets: SynthTargets,
): WrittenEnvironment[] {
  // dist/ first: its staging folder holds the journal, whose steps also move the Terraform
  // staging folder's files; that folder (no journal of its own) must not be removed before.
  for (const dir of [distOut, tfOut, outdir]) recoverStaging(dir);

  const plans = environments.map((loaded) => {
    const names = stackNames(loaded.env);
    const dist = path.join(distOut, loaded.env.name);
    refuseFileOrSymlink(dist, false);
    refuseForeign(dist);
    const stacks = [names.azure, names.cluster].map((name) => path.join(tfOut, "stacks", name, "cdk.tf.json"));
    for (const file of stacks) [path.dirname(path.dirname(file)), path.dirname(file), file].forEach((p) => refuseFileOrSymlink(p, false, p !== file));
    return { loaded, dist, stacks, files: [...renderManifests(loaded.env), ...renderOperatorFiles(loaded.env)] };
  });
  refuseFileOrSymlink(path.join(tfOut, "manifest.json"), false, false);

  // Build: nothing outside the two staging folders changes until every file exists.
  const staging: string[] = [];
  const removeStaging = () => staging.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  let tfStage: string;
  let distStage: string;
  const journal: { from: string; to: string; dir: boolean; env?: string }[] = [];
  const changedFiles = new Map<string, number>();
  try {
    for (const dir of [tfOut, distOut]) fs.mkdirSync(dir, { recursive: true });
    tfStage = fs.mkdtempSync(path.join(tfOut, `${STAGING_PREFIX}${process.pid}-`));
    staging.push(tfStage);
    distStage = fs.mkdtempSync(path.join(distOut, `${STAGING_PREFIX}${process.pid}-`));
    staging.push(distStage);
    synthesizeStacks(
      environments.map((e) => e.env),
      path.join(tfStage, "out"),
    );
    for (const plan of plans) {
      const name = plan.loaded.env.name;
      plan.files.push(recordFile(plan.stacks.map((file) => path.join(tfStage, "out", path.relative(tfOut, file)))));
      let changed = stageDirectory(plan.dist, path.join(distStage, name), plan.files);
      for (const file of plan.stacks) {
        const staged = path.join(tfStage, "out", path.relative(tfOut, file));
        if (sameBytes(staged, file)) continue;
        changed++;
        journal.push({ from: staged, to: file, dir: false, env: name });
      }
      if (fs.existsSync(plan.dist)) journal.push({ from: plan.dist, to: path.join(distStage, `old-${name}`), dir: true, env: name });
      journal.push({ from: path.join(distStage, name), to: plan.dist, dir: true, env: name });
      changedFiles.set(name, changed);
    }
    const manifest = path.join(tfOut, "manifest.json");
    if (!sameBytes(path.join(tfStage, "out", "manifest.json"), manifest)) journal.push({ from: path.join(tfStage, "out", "manifest.json"), to: manifest, dir: false });
    writeAtomically(path.join(distStage, JOURNAL), JSON.stringify({ staging, steps: journal }, null, 1));
    targets.onProgress?.("staged");
  } catch (e) {
    removeStaging();
    if (createdOutdir) fs.rmSync(outdir, { recursive: true, force: true });
    throw asOutputError(e, [], environments.map((l) => l.env.name), outdir);
  }

  // Swap: renames only, in the journal's order, environment by environment.
  const done = new Set<string>();
  let current: string | undefined;
  try {
    for (const step of journal) {
      if (step.env !== current && current !== undefined) done.add(current);
      current = step.env;
      applyStep(step);
      targets.onProgress?.(`step-${journal.indexOf(step) + 1}`);
    }
    if (current !== undefined) done.add(current);
  } catch (e) {
    const written = environments.map((l) => l.env.name).filter((n) => done.has(n));
    const pending = environments.map((l) => l.env.name).filter((n) => !done.has(n));
    const failure = asOutputError(e, written, pending, outdir);
    if (failure instanceof OutputError) throw failure;
    // Not the file system's doing: still say what is in place.
    throw new Error(`${(e as Error).message} (while swapping in the output; complete: ${written.join(", ") || "none"}; the next synth completes the rest)`);
  }
  // The journal goes first: replayed against half-removed staging folders, its first step would
  // move the new dist/<env> back into staging, to be deleted.
  fs.rmSync(path.join(distStage, JOURNAL), { force: true });
  removeStaging();
  return plans.map(({ loaded, dist, stacks, files }) => ({
    env: loaded,
    stackFiles: stacks,
    distDir: dist,
    manifests: files.map((f) => path.join(dist, f.path)),
    changed: changedFiles.get(loaded.env.name) ?? 0,
  }));
}

/**
 * Takes `<dir>/.agent-router-azure-lock` (created exclusively, holding the pid) and returns its
 * release. A lock whose process is gone (a killed synth) is taken over; a live one is an
 * OutputError naming the process. Two runs starting in the same instant after a killed one may
 * both take a stale lock over: the journal still keeps each folder whole or old.
 */
function lockOutput(dir: string): () => void {
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
      pid = Number(fs.readFileSync(file, "utf8").trim());
      age = Date.now() - fs.statSync(file).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // An empty lock a moment old is another run between creating and writing it.
    const writing = !(pid > 0) && age < 10_000;
    if (writing || (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))) {
      throw new OutputError(
        `another synth (${writing ? "starting now" : `process ${pid}`}) is writing to ${dir}`,
        `wait until it has finished and run again; if no synth is running, delete ${file}`,
      );
    }
    fs.rmSync(file, { force: true });
  }
  throw new OutputError(`could not take the lock ${file}`, `make sure no other synth is running, delete ${file} and run again`);
}

/** One journal step; repeatable (a step already done is skipped), so a killed swap can be completed. */
function applyStep(step: { from: string; to: string; dir: boolean }): void {
  if (!fs.existsSync(step.from)) return;
  if (step.dir && fs.existsSync(step.to)) return;
  fs.mkdirSync(path.dirname(step.to), { recursive: true });
  fs.renameSync(step.from, step.to);
}

/**
 * Staging folders of a run that no longer exists: a complete journal is carried out (the run was
 * killed while swapping), then the folder is removed. A folder of a live run is left alone.
 */
function recoverStaging(dir: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(/^\.[a-z-]+?-(\d+)-/.exec(entry.name)?.[1]);
    if (pid && pid !== process.pid && isAlive(pid)) continue;
    const stage = path.join(dir, entry.name);
    const journal = path.join(stage, JOURNAL);
    if (fs.existsSync(journal)) {
      // Written whole (a rename), so it parses; only staging folders of this tool are removed.
      const { staging, steps } = JSON.parse(fs.readFileSync(journal, "utf8")) as { staging: string[]; steps: { from: string; to: string; dir: boolean }[] };
      steps.forEach(applyStep);
      fs.rmSync(journal, { force: true }); // before any folder: see synthesize()
      for (const other of staging) if (path.basename(other).startsWith(STAGING_PREFIX)) fs.rmSync(other, { recursive: true, force: true });
    }
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const modeOf = (file: string) => (file.endsWith(".sh") ? 0o755 : 0o644);

function sameBytes(a: string, b: string): boolean {
  const sa = fs.lstatSync(a, { throwIfNoEntry: false });
  const sb = fs.lstatSync(b, { throwIfNoEntry: false });
  return !!sa && !!sb && sb.isFile() && sa.size === sb.size && fs.readFileSync(a).equals(fs.readFileSync(b));
}

/**
 * Writes `files` into the new folder `stage`. A file that the current folder holds with the same
 * bytes and mode is hard-linked instead, so it keeps its mtime (tools that watch mtimes see only
 * real changes). Returns how many files are new or changed.
 */
function stageDirectory(current: string, stage: string, files: readonly { path: string; content: string }[]): number {
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

function writeAtomically(file: string, text: string): void {
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
}

/** `p` must not be a symlink (nor a file where a folder belongs); a missing path is fine. */
function refuseFileOrSymlink(p: string, userNamed: boolean, isDir = true): void {
  const st = fs.lstatSync(p, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isSymbolicLink()) {
    // The user may name a symlinked --outdir; inside it, the tool never follows one.
    if (userNamed && fs.statSync(p, { throwIfNoEntry: false })?.isDirectory()) return;
    throw new OutputError(`${p} is a symbolic link; synth never writes through one (it would change files elsewhere)`, `remove the link (rm ${p}) or choose another --outdir`);
  }
  if (isDir && !st.isDirectory()) throw new OutputError(`${p} is a file, not a folder`, userNamed ? "choose a folder for --outdir" : `move the file away (it is where synth writes a folder)`);
  if (!isDir && !st.isFile()) throw new OutputError(`${p} is not a regular file`, "remove it; synth writes a file there");
}

/**
 * The current dist/<env>/ is replaced whole, so it may hold only what synth wrote: a symlink,
 * Terraform state or working files, another output (cdktf.out/, dist/) or a Git checkout
 * inside it are refused, never deleted.
 */
function refuseForeign(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const walk = (d: string, top: boolean) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isSymbolicLink()) {
        throw new OutputError(`${p} is a symbolic link; synth never writes through one and does not remove it`, `remove the link (rm ${p}) and run synth again`);
      }
      if (FOREIGN(entry.name) || (top && (entry.name === "cdktf.out" || entry.name === "dist"))) {
        throw new OutputError(
          `${p} was not written by synth, and replacing ${dir} would delete it (another output or Terraform's files inside this one)`,
          `move ${p} out of ${dir}, or choose another --outdir`,
        );
      }
      if (entry.isDirectory()) walk(p, false);
    }
  };
  walk(dir, true);
}

/** What a folder synth wrote looks like: dist/<env>/, a stack folder or a cdktf.out/. */
function outputFolderKind(dir: string): string | undefined {
  const has = (f: string) => fs.existsSync(path.join(dir, f));
  if (["RUNBOOK.md", "kustomization.yaml", "verify.sh", "cleanup.sh"].every(has)) return "a dist/<env>/ folder";
  if (has("cdk.tf.json")) return "a stack folder";
  if (has("manifest.json") && has("stacks")) return "a cdktf.out/ folder";
  return undefined;
}

/**
 * An output inside another output gets deleted by the outer one's next synth (its state files
 * and .terraform/ with it): refuse an outdir inside a folder synth wrote.
 */
function refuseNestedOutput(outdir: string, tfOut: string, distOut: string): void {
  const ancestors = (p: string, self: boolean) => {
    const out: string[] = self ? [p] : [];
    for (let d = path.dirname(p); d !== path.dirname(d); d = path.dirname(d)) out.push(d);
    return out;
  };
  for (const dir of new Set([...ancestors(outdir, true), ...ancestors(tfOut, false), ...ancestors(distOut, true)])) {
    const kind = outputFolderKind(dir);
    if (kind) {
      throw new OutputError(
        `${outdir === dir ? "the output folder" : `the output folder ${outdir} is inside`} ${dir}, ${kind} of an earlier synth; a synth into its parent would replace it and delete whatever is inside`,
        "choose an --outdir outside every folder synth writes (not inside dist/<env>/ or cdktf.out/)",
      );
    }
  }
}

const IO_ERRORS: Record<string, (p: string) => [string, string]> = {
  ENOSPC: (p) => [`no space left on the device holding ${p}`, "free some space (df -h), or choose an --outdir on another disk, and run synth again"],
  EDQUOT: (p) => [`disk quota exceeded writing ${p}`, "free some space or choose another --outdir, and run synth again"],
  EROFS: (p) => [`${p} is on a read-only file system`, "choose a writable --outdir"],
  EACCES: (p) => [`permission denied writing ${p}`, `make it writable (chmod -R u+w ${p}) or choose another --outdir`],
  EPERM: (p) => [`operation not permitted on ${p}`, `make it writable (chmod -R u+w ${p}) or choose another --outdir`],
  ENOTDIR: (p) => [`a part of ${p} is a file, not a folder`, "choose a folder for --outdir"],
  EEXIST: (p) => [`${p} is a file, not a folder`, "choose a folder for --outdir"],
  EISDIR: (p) => [`${p} is a folder where synth writes a file`, `move ${p} away and run synth again`],
};

/** File-system errors caused by the machine or the user become OutputErrors; anything else stays a bug. */
function asOutputError(e: unknown, written: readonly string[], pending: readonly string[], where = "the output folder"): unknown {
  if (e instanceof OutputError) return new OutputError(e.message, e.fix, written, pending);
  const err = e as NodeJS.ErrnoException;
  const known = err.code ? IO_ERRORS[err.code] : undefined;
  if (!known) return e;
  // A write through a file descriptor (writeSync) reports no path: name the output folder.
  const [message, fix] = known(err.path ?? where);
  return new OutputError(`${message} (${err.code})`, fix, written, pending);
}

function describeStack(file: string) {
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, Record<string, unknown>>>;
  const count = (section: Record<string, Record<string, unknown>> | undefined) =>
    Object.values(section ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
  return {
    file,
    resources: count(json.resource as never),
    dataSources: count(json.data as never),
    outputs: Object.keys(json.output ?? {}).length,
  };
}

function summaryLines(written: readonly WrittenEnvironment[], outdir: string, problems: readonly Problem[]): string[] {
  const rel = (p: string) => path.relative(outdir, p) || ".";
  const lines = [`${TOOL} synth: ${plural(written.length, "environment")} into ${outdir}`];
  for (const w of written) {
    const e = w.env.env;
    lines.push(
      `  ${e.name}${e.production ? " (production)" : ""}: ingress ${e.ingress.mode}, tls ${e.tls.mode}, dns ${e.dns.mode}, registry ${e.registry.mode}`,
    );
    for (const s of w.stackFiles.map(describeStack)) {
      lines.push(`    ${rel(s.file)}  ${plural(s.resources, "resource")}, ${plural(s.dataSources, "data source")}, ${plural(s.outputs, "output")}`);
    }
    const yaml = w.manifests.filter((m) => m.endsWith(".k8s.yaml")).length;
    lines.push(`    ${rel(w.distDir)}/  ${plural(yaml, "manifest file")}, ${plural(w.manifests.length - yaml, "other file")} (RUNBOOK.md, ARCHITECTURE.md, scripts, kustomizations)`);
    lines.push(`    ${w.changed ? `${plural(w.changed, "file")} new or changed; the others kept as they were` : "unchanged: no file rewritten"}`);
    const url = dataPlaneUrl(e);
    lines.push(`    Proxy URL to register: ${url ?? `http://${NIP_IO_HOST} (terraform output data_plane_url of the -cluster stack)`}`);
  }
  lines.push(`  checks: ${summarize(problems)}`);
  return lines;
}

// ---------------------------------------------------------------------------------------
// Replacement guard (checks/replacements): each environment without errors is compared with
// dist/<env>/force-new.json, the record the last synth wrote; synth writes the new record.

/** AR050 findings: what each environment's change replaces or destroys, compared with its record. */
function replacementGuard(environments: readonly LoadedEnvironment[], problems: readonly Problem[], distOut: string, shownFrom: string): Problem[] {
  const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.file));
  return environments
    .filter((l) => !failed.has(l.file))
    .flatMap((l) => {
      const record = path.join(distOut, l.env.name, RECORD_FILE);
      let previous: string | undefined;
      try {
        const st = fs.lstatSync(record);
        // Not a regular file (a symlink, a folder): compared as unreadable, so the finding names it.
        previous = st.isFile() && st.size <= 16 * 1024 * 1024 ? fs.readFileSync(record, "utf8") : "";
      } catch (e) {
        // None yet (a first synth), or no folder where it would be: synth reports the folder itself.
        const code = (e as NodeJS.ErrnoException).code;
        previous = code === "ENOENT" || code === "ENOTDIR" ? undefined : "";
      }
      const input = { file: l.file, lineOf: l.lineOf, acknowledgements: l.env.acknowledgeReplacements, recordPath: shownPath(shownFrom, record) };
      return replacementProblems(input, previous, stackDocuments(l.env) as StackDocument[]);
    });
}

/** Relative to the user's folder when inside it, else absolute. */
function shownPath(from: string, file: string): string {
  const rel = path.relative(from, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

/** dist/<env>/force-new.json, from the environment's two staged cdk.tf.json files. */
function recordFile(stackFiles: readonly string[]): { path: string; content: string } {
  const stacks = stackFiles.map((file) => ({ name: path.basename(path.dirname(file)), json: JSON.parse(fs.readFileSync(file, "utf8")) as StackDocument["json"] }));
  return { path: RECORD_FILE, content: renderRecord(recordOf(stacks)) };
}
