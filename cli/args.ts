// The command line: the help text, the options of each command, and which environment files to use.
import * as fs from "fs";
import * as path from "path";
import { terraformDirProblem } from "./committed-stacks";

export const TOOL = "agent-router-azure";
/** The project's root folder (where environments/ is). */
export const PROJECT_ROOT = path.resolve(__dirname, "..");

export const HELP = `${TOOL}: the Agent Router data plane on Azure, from one YAML file per environment.

Usage:
  npm run synth [-- --config FILE ... [--outdir DIR] [--terraform-dir NAME]]
  npm run check [-- --config FILE ... [--json]]
  npm run plan [-- --config FILE ...]
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
  plan     Check, then print each environment as the builders see it: every default applied,
           every choice made (ingress, gateway, WAF, registry, state...), as JSON on stdout,
           keyed by environment name. Findings go to stderr; exit 1 on errors.
  schema   Print the JSON Schema of the environment file (or write it with --out).
  rules    List the preflight rules with the guide row each one prevents.

Options:
  --config FILE   synth, check, plan: an environment file (repeatable). Default: every
                  environments/*.yaml, or those AGENT_ROUTER_ENV names.
  --outdir DIR    synth: where to write; check: where the last synth wrote (its
                  dist/<env>/force-new.json names what a change replaces). Default: the project root.
  --terraform-dir NAME
                  synth: also copy each environment's stacks to DIR/NAME/<env>/<stack>/cdk.tf.json,
                  a folder to commit for reviewers and Terraform Cloud (npm run synth passes
                  --terraform-dir terraform; docs/delivery.md).
  --json          check: print findings as JSON for CI tools.
  --quiet         synth: print only problems, no summary.
  --out FILE      schema: write the schema to FILE.
  -h, --help      Show this help.

Environment:
  AGENT_ROUTER_ENV=team-a[,team-b]   synth and check only environments/team-a.yaml (and
                  team-b.yaml) when no --config is given; how one environment is deployed while
                  another file is broken. With the cdktf CLI, synth first and skip the CLI's
                  own synth (it would delete the other environments' stack folders):
                    AGENT_ROUTER_ENV=team-a npm run synth
                    cdktf deploy team-a-azure team-a-cluster --skip-synth

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

export interface Options {
  command: "synth" | "check" | "plan" | "schema" | "rules" | "help";
  configs: string[];
  outdir?: string;
  terraformDir?: string;
  out?: string;
  json: boolean;
  quiet: boolean;
}

export class UsageError extends Error {}

/** Which options each command takes; any other is a usage error rather than silently ignored. */
const APPLIES: Record<Options["command"], readonly string[]> = {
  synth: ["--config", "--outdir", "--terraform-dir", "--quiet", "--cdktf"],
  check: ["--config", "--json", "--outdir"],
  plan: ["--config"],
  schema: ["--out"],
  rules: [],
  help: [],
};

export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { command: "help", configs: [], json: false, quiet: false };
  const args = [...argv];
  const first = args[0];
  if (first === "synth" || first === "check" || first === "plan" || first === "schema" || first === "rules") {
    opts.command = first;
    args.shift();
  } else if (first !== undefined && !first.startsWith("-")) {
    throw new UsageError(`unknown command "${first}"; use synth, check, plan, schema or rules`);
  }
  const value = (flag: string): string => {
    const v = args.shift();
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const given = new Set<string>();
  for (let a = args.shift(); a !== undefined; a = args.shift()) {
    if (a.startsWith("--") && a !== "--help") given.add(a.split("=")[0]);
    if (a === "-h" || a === "--help") opts.command = "help";
    else if (a === "--config") opts.configs.push(value(a));
    else if (a.startsWith("--config=")) opts.configs.push(a.slice(9));
    else if (a === "--outdir") opts.outdir = value(a);
    else if (a.startsWith("--outdir=")) opts.outdir = a.slice(9);
    else if (a === "--terraform-dir" || a.startsWith("--terraform-dir=")) {
      opts.terraformDir = a === "--terraform-dir" ? value(a) : a.slice(16);
      const problem = terraformDirProblem(opts.terraformDir);
      if (problem) throw new UsageError(problem);
    }
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
      throw new UsageError(`${flag} does not apply to ${opts.command} (it is for ${listed(owners)}); see --help`);
    }
  }
  return opts;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Where the user ran the command: npm run changes directory to the project root; INIT_CWD keeps theirs. */
export const userDir = (ctx: MainContext) => ctx.env.INIT_CWD ?? ctx.cwd;

/**
 * The environment files to use, named as the user wrote them and read relative to userDir; or
 * those AGENT_ROUTER_ENV names in environments/ (how the cdktf CLI, which runs cdktf.json's
 * app without arguments, synthesizes one environment); or every file in environments/.
 */
export function configFiles(opts: Options, ctx: MainContext): { files: string[]; baseDir: string } {
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

