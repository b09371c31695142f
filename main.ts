// Entry point: load the environment files, run the preflight checks, build both apps (CDK for
// Terraform and cdk8s) and write their output. Only this file, cli/ and config/ touch the file
// system, the environment variables or the process. The command line is in cli/args.ts, the
// output transaction (lock, journal, staging, swap) in cli/output-transaction.ts.
import * as fs from "fs";
import * as path from "path";
import { checkEnvironments, RULES } from "./checks";
import { countProblems, formatProblem, hasErrors, plural, publicProblem, sortProblems, summarize, type Problem } from "./config/problems";
import { loadEnvironments } from "./config/loader";
import { configFiles, HELP, parseArgs, PROJECT_ROOT, TOOL, UsageError, userDir, type MainContext, type Options } from "./cli/args";
import { commitStacks, cdktfSubsetProblem, hclOutputProblem } from "./cli/delivery";
import { asOutputError, OutputError } from "./cli/output-errors";
import { journalFolder } from "./cli/output-journal";
import { plansOf, planText } from "./cli/plan-command";
import { summaryLines } from "./cli/summary";
import { forTerminal, jsonForTerminal } from "./cli/terminal";

export { PROJECT_ROOT, type MainContext } from "./cli/args";
export { forTerminal } from "./cli/terminal";

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
    const { environmentJsonSchema } = require("./config/json-schema") as typeof import("./config/json-schema");
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
  if (opts.command === "plan") {
    const problems = sortProblems(checked);
    problems.forEach((p) => err(forTerminal(formatProblem(p))));
    const plans = plansOf(loaded.environments, problems);
    if (!plans) {
      err(`${TOOL} plan: ${summarize(problems)}; no plan was printed.`);
      return 1;
    }
    out(planText(plans));
    return 0;
  }
  // The replacement guard synthesizes the stacks (cdktf and the provider bindings): loaded by the
  // commands that compare or write them, not by plan, rules, help or schema.
  const { replacementGuard } = require("./cli/replacement-guard") as typeof import("./cli/replacement-guard");
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
  const refused = hclOutputProblem(ctx) ?? cdktfSubsetProblem(opts, ctx, loaded.environments);
  if (refused) {
    for (const line of `${TOOL} synth: ${refused}`.split("\n")) err(forTerminal(line));
    return 2;
  }
  const outdir = path.resolve(userDir(ctx), opts.outdir ?? PROJECT_ROOT);
  // Loaded here, not at the top: only synth renders the charts and the runbook (cdk8s, cdk8s-plus
  // and the CRD bindings, about a third of the modules a synth loads); check, rules and schema do not.
  const { synthesize } = require("./cli/output-transaction") as typeof import("./cli/output-transaction");
  const written = synthesize(loaded.environments, {
    outdir,
    terraformOutdir: ctx.env.CDKTF_OUTDIR,
    manifestsOutdir: ctx.env.CDK8S_OUTDIR,
    // test/output-faults.test.ts kills the process at a given point of the swap
    stateDir: journalFolder(ctx.env),
    onProgress: ctx.env.AGENT_ROUTER_TEST_KILL_AT ? (point) => point === ctx.env.AGENT_ROUTER_TEST_KILL_AT && process.kill(process.pid, "SIGKILL") : undefined,
  });
  if (!opts.quiet) for (const line of summaryLines(written, outdir, problems)) out(forTerminal(line));
  if (!opts.terraformDir) return 0;
  const committed = commitStacks(outdir, opts.terraformDir, written);
  if (committed.error) {
    err(forTerminal(`${TOOL} synth: ${committed.error}`));
    return 3;
  }
  if (!opts.quiet && committed.line) out(forTerminal(committed.line));
  return 0;
}

