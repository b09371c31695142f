// What synth does for delivery around the output transaction (docs/delivery.md): refuse a cdktf
// CLI run that would delete other environments' stack folders, and copy the stacks to the
// committed folder.
import * as path from "path";
import { stackNames } from "../plan/names";
import type { LoadedEnvironment } from "../config/loader";
import { plural } from "../config/problems";
import type { MainContext, Options } from "./args";
import { cdktfCleanupProblem, CommittedStacksError, writeCommittedStacks } from "./committed-stacks";
import type { WrittenEnvironment } from "./output-transaction";

/**
 * `cdktf synth --hcl` (the CLI sets SYNTH_HCL_OUTPUT=true; cdktf's App reads it from the
 * environment, over its own configuration) asks for Terraform HCL. The project writes Terraform
 * JSON only: the committed terraform/ stacks, the replacement guard and the pipelines read
 * cdk.tf.json. The refusal to print, or undefined.
 */
export function hclOutputProblem(ctx: MainContext): string | undefined {
  const value = ctx.env.SYNTH_HCL_OUTPUT;
  if (value !== "true" && value !== "1") return undefined;
  return `SYNTH_HCL_OUTPUT=${value} asks for Terraform HCL (cdktf synth --hcl), but this project writes Terraform JSON: the committed stacks, the replacement guard and the pipelines read cdk.tf.json; nothing was written. fix: run cdktf synth without --hcl, or unset SYNTH_HCL_OUTPUT`;
}

/** Under the cdktf CLI with only some environments: the refusal to print, or undefined. */
export function cdktfSubsetProblem(opts: Options, ctx: MainContext, environments: readonly LoadedEnvironment[]): string | undefined {
  return cdktfCleanupProblem(
    ctx.env.CDKTF_OUTDIR,
    opts.configs.length > 0 || !!ctx.env.AGENT_ROUTER_ENV?.trim(),
    environments.flatMap((l) => Object.values(stackNames(l.env))),
    environments.map((l) => l.env.name),
  );
}

/** `--terraform-dir`: the summary line, or a CommittedStacksError's message and fix. */
export function commitStacks(outdir: string, name: string, written: readonly WrittenEnvironment[]): { line?: string; error?: string } {
  const dir = path.join(outdir, name);
  try {
    const changed = writeCommittedStacks(dir, written.map((w) => ({ name: w.env.env.name, stackFiles: w.stackFiles })));
    return { line: `  committed stacks: ${path.relative(outdir, dir)}/<env>/<stack>/cdk.tf.json, ${changed.length ? `${plural(changed.length, "file")} new or changed` : "unchanged"}` };
  } catch (e) {
    if (!(e instanceof CommittedStacksError)) throw e;
    return { error: `${e.message}. fix: ${e.fix}` };
  }
}
