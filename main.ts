// Entry point: load the environment files, run the preflight checks, build both apps (CDK for
// Terraform and cdk8s) and write their output. Only this file and config/ touch the file
// system, the environment variables or the process.
import * as fs from "fs";
import * as path from "path";
import { checkEnvironments, RULES } from "./checks";
import { dataPlaneUrl, NIP_IO_HOST, stackNames } from "./config/derived";
import { loadEnvironments, type LoadedEnvironment } from "./config/loader";
import { countProblems, formatProblem, hasErrors, plural, publicProblem, sortProblems, summarize, type Problem } from "./config/problems";
import { environmentJsonSchema } from "./config/json-schema";
import { renderManifests } from "./charts";
import { renderOperatorFiles } from "./runbook";
import { synthesizeStacks } from "./stacks";

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
           Nothing is written when any check reports an error.
  check    Run the schema validation and the preflight rules; write nothing.
  schema   Print the JSON Schema of the environment file (or write it with --out).
  rules    List the preflight rules with the guide row each one prevents.

Options:
  --config FILE   An environment file (repeatable). Default: every environments/*.yaml.
  --outdir DIR    Where synth writes. Default: the project root.
  --json          check: print findings as JSON for CI tools.
  --quiet         synth: print only problems, no summary.
  -h, --help      Show this help.

Exit codes: 0 success (warnings allowed), 1 an environment has errors, 2 bad usage or an
internal error. Deploy with \`cdktf deploy\`, or terraform -chdir=cdktf.out/stacks/<env>-azure
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
  while (args.length) {
    const a = args.shift()!;
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
  return opts;
}

/** Where the user ran the command: npm run changes directory to the project root; INIT_CWD keeps theirs. */
const userDir = (ctx: MainContext) => ctx.env.INIT_CWD ?? ctx.cwd;

/**
 * The environment files to use, named as the user wrote them and read relative to userDir, or
 * every example in environments/.
 */
function configFiles(opts: Options, ctx: MainContext): { files: string[]; baseDir: string } {
  if (opts.configs.length) return { files: opts.configs, baseDir: userDir(ctx) };
  const dir = path.join(PROJECT_ROOT, "environments");
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join("environments", f));
  return { files, baseDir: PROJECT_ROOT };
}

export function main(argv: readonly string[], ctx: MainContext): number {
  const out = ctx.out ?? ((l: string) => process.stdout.write(l + "\n"));
  const err = ctx.err ?? ((l: string) => process.stderr.write(l + "\n"));
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`${TOOL}: ${e.message}`);
    return 2;
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
    if (opts.out) fs.writeFileSync(path.resolve(userDir(ctx), opts.out), text);
    else out(text.trimEnd());
    return 0;
  }

  try {
    return run(opts, ctx, out, err);
  } catch (e) {
    err(`${TOOL}: internal error: ${(e as Error).message}`);
    err("Nothing was written. This is a bug in agent-router-azure; please report it with the environment file.");
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
  const problems = sortProblems([...loaded.problems, ...checkEnvironments(loaded.environments)]);

  if (opts.command === "check") {
    if (opts.json) {
      out(JSON.stringify({ files, summary: countProblems(problems), findings: problems.map(publicProblem) }, null, 2));
    } else {
      for (const p of problems) (p.severity === "error" ? err : out)(formatProblem(p));
      out(`${TOOL} check: ${plural(files.length, "file")}, ${summarize(problems)}`);
    }
    return hasErrors(problems) ? 1 : 0;
  }

  for (const p of problems) (p.severity === "error" ? err : out)(formatProblem(p));
  if (hasErrors(problems)) {
    err(`${TOOL} synth: ${summarize(problems)}; nothing was written.`);
    return 1;
  }
  const outdir = path.resolve(userDir(ctx), opts.outdir ?? PROJECT_ROOT);
  const written = synthesize(loaded.environments, {
    outdir,
    terraformOutdir: ctx.env.CDKTF_OUTDIR,
    manifestsOutdir: ctx.env.CDK8S_OUTDIR,
  });
  if (!opts.quiet) for (const line of summaryLines(written, outdir, problems)) out(line);
  return 0;
}

// ---------------------------------------------------------------------------------------
// Synthesis: everything is built in a staging directory first; only a complete build is
// copied into place. A stack directory keeps what Terraform put there (.terraform/).

export interface SynthTargets {
  readonly outdir: string;
  /** Where the stacks go; default <outdir>/cdktf.out (the cdktf CLI sets CDKTF_OUTDIR). */
  readonly terraformOutdir?: string;
  /** Where dist/ goes; default <outdir>/dist (the cdk8s CLI sets CDK8S_OUTDIR). */
  readonly manifestsOutdir?: string;
}

export interface WrittenEnvironment {
  readonly env: LoadedEnvironment;
  /** The two cdk.tf.json files. */
  readonly stackFiles: string[];
  /** dist/<env>/ and the files in it. */
  readonly distDir: string;
  readonly manifests: string[];
}

export function synthesize(environments: readonly LoadedEnvironment[], targets: SynthTargets): WrittenEnvironment[] {
  const tfOut = path.resolve(targets.terraformOutdir ?? path.join(targets.outdir, "cdktf.out"));
  const distOut = path.resolve(targets.manifestsOutdir ?? path.join(targets.outdir, "dist"));
  // Everything is generated before anything is written: the YAML and operator files in
  // memory, the stacks (cdktf writes files itself) in a staging directory next to the output.
  const createdOutdir = !fs.existsSync(targets.outdir);
  fs.mkdirSync(targets.outdir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(targets.outdir, `.${TOOL}-`));
  try {
    const tfStaging = path.join(staging, "cdktf.out");
    synthesizeStacks(
      environments.map((e) => e.env),
      tfStaging,
    );
    const perEnv = environments.map((loaded) => ({ loaded, files: [...renderManifests(loaded.env), ...renderOperatorFiles(loaded.env)] }));
    // Only now touch the real output, and only where something changed: an unchanged file
    // keeps its bytes and its mtime; a file no longer generated is removed.
    syncStagedFiles(tfStaging, tfOut);
    return perEnv.map(({ loaded, files }) => {
      const dir = path.join(distOut, loaded.env.name);
      syncDirectory(dir, files);
      const names = stackNames(loaded.env);
      return {
        env: loaded,
        stackFiles: [names.azure, names.cluster].map((name) => path.join(tfOut, "stacks", name, "cdk.tf.json")),
        distDir: dir,
        manifests: files.map((f) => path.join(dir, f.path)),
      };
    });
  } catch (e) {
    if (createdOutdir) fs.rmSync(targets.outdir, { recursive: true, force: true });
    throw e;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

const modeOf = (file: string) => (file.endsWith(".sh") ? 0o755 : 0o644);

/** Writes `content` to `file` unless it already holds exactly that (and the right mode). */
function writeIfChanged(file: string, content: string | Buffer, made: Set<string>): void {
  const mode = modeOf(file);
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (st && (st.mode & 0o777) === mode && fs.readFileSync(file).equals(typeof content === "string" ? Buffer.from(content) : content)) return;
  const dir = path.dirname(file);
  if (!st && !made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  fs.writeFileSync(file, content, { mode });
  // The mode given at creation is filtered by the umask, and an existing file keeps its own.
  if ((fs.statSync(file).mode & 0o777) !== mode) fs.chmodSync(file, mode);
}

/**
 * Staged cdktf output into place, file by file: an unchanged file stays as it is, a changed one
 * is renamed over it; anything else in the target (.terraform/) stays.
 */
function syncStagedFiles(from: string, to: string, made = new Set<string>()): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      syncStagedFiles(src, dst, made);
      continue;
    }
    const current = fs.statSync(dst, { throwIfNoEntry: false });
    if (current && fs.readFileSync(dst).equals(fs.readFileSync(src))) continue;
    if (!current && !made.has(to)) {
      fs.mkdirSync(to, { recursive: true });
      made.add(to);
    }
    fs.renameSync(src, dst);
  }
}

/** dist/<env>/ is the project's alone: make it hold exactly `files`, no stale manifest left. */
function syncDirectory(dir: string, files: readonly { path: string; content: string }[]): void {
  const made = new Set<string>();
  const wanted = new Set(files.map((f) => path.join(dir, f.path)));
  for (const f of files) writeIfChanged(path.join(dir, f.path), f.content, made);
  const prune = (d: string): boolean => {
    let empty = true;
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (prune(p)) fs.rmdirSync(p);
        else empty = false;
      } else if (!wanted.has(p)) fs.rmSync(p);
      else empty = false;
    }
    return empty;
  };
  prune(dir);
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
    const url = dataPlaneUrl(e);
    lines.push(`    Proxy URL to register: ${url ?? `http://${NIP_IO_HOST} (terraform output data_plane_url of the -cluster stack)`}`);
  }
  lines.push(`  checks: ${summarize(problems)}`);
  return lines;
}
