// Both Terraform stacks of each environment, in the order cdktf deploys them.
import * as path from "path";
import { App } from "cdktf";
import { invokeAspects } from "cdktf/lib/synthesize/synthesizer";
import { ValidateProviderPresence } from "cdktf/lib/validations/validate-provider-presence";
import type { Environment } from "../config/loader";
import { AzureStack } from "./azure-stack";
import { ClusterStack } from "./cluster-stack";
import { terraformLiterals } from "./terraform-literal";

export { AzureStack } from "./azure-stack";
export { ClusterStack } from "./cluster-stack";

// cdktf records a complete stack trace (Error.stackTraceLimit = MAX_SAFE_INTEGER) for every
// token it creates, only to decorate token-resolution errors. Measured: about a fifth of the
// synth time of a 50-environment fleet (docs/performance.md). The project validates every
// environment before any construct exists, so those traces would never reach a user; turn
// them off. cdktf is pinned (0.21.0, archived upstream), so this internal module is stable.
const tokenStackTraces = require("cdktf/lib/tokens/private/stack-trace") as { captureStackTrace: () => string[] };
tokenStackTraces.captureStackTrace = () => [];

/** The one place config enters the stacks: every string as a Terraform literal (terraform-literal.ts). */
export function addEnvironmentStacks(app: App, config: Environment): { azure: AzureStack; cluster: ClusterStack } {
  const env = terraformLiterals(config);
  const azure = new AzureStack(app, env);
  const cluster = new ClusterStack(app, env, azure);
  return { azure, cluster };
}

/**
 * Synthesizes every environment's stacks into `outdir` (cdktf.out layout: manifest.json,
 * stacks/<name>/cdk.tf.json).
 *
 * cdktf's own validations are replaced by the one that concerns the configuration (every
 * resource has its provider): the others run `terraform version` on this machine, which costs a
 * process per synth and fails where terraform is not installed — synthesis must not need it.
 */
export function synthesizeStacks(environments: readonly Environment[], outdir: string): void {
  // No stack traces in manifest.json: they hold absolute paths and differ between runs.
  const app = new App({ outdir, skipValidation: true, stackTraces: false });
  const stacks = environments.flatMap((env) => Object.values(addEnvironmentStacks(app, env)));
  const errors = stacks.flatMap((s) => new ValidateProviderPresence(s).validate().map((e) => `[${s.node.id}] ${e}`));
  if (errors.length) throw new Error(`stack validation failed:\n  ${errors.join("\n  ")}`);
  app.synth();
}


/**
 * Both stacks of an environment as Terraform JSON objects, in memory, as synthesizeStacks writes
 * them (prepared, aspects applied): what check and synth compare with dist/<env>/force-new.json
 * (checks/replacements). Writes nothing: cdktf's App creates <outdir>/stacks/ when it is missing,
 * and the outdir given is this folder's parent, whose stacks/ is this folder.
 */
export function stackDocuments(config: Environment): { name: string; json: Record<string, unknown> }[] {
  const app = new App({ outdir: path.dirname(__dirname), skipValidation: true, stackTraces: false });
  const stacks = Object.values(addEnvironmentStacks(app, config));
  stacks.forEach((s) => s.prepareStack());
  return stacks.map((s) => {
    invokeAspects(s);
    return { name: s.node.id, json: s.toTerraform() as Record<string, unknown> };
  });
}
