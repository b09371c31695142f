// Both Terraform stacks of each environment, in the order cdktf deploys them.
import { App } from "cdktf";
import type { Environment } from "../config/loader";
import { AzureStack } from "./azure-stack";
import { ClusterStack } from "./cluster-stack";

export { AzureStack } from "./azure-stack";
export { ClusterStack } from "./cluster-stack";

export function addEnvironmentStacks(app: App, env: Environment): { azure: AzureStack; cluster: ClusterStack } {
  const azure = new AzureStack(app, env);
  const cluster = new ClusterStack(app, env, azure);
  return { azure, cluster };
}

/** Synthesizes every environment's stacks into `outdir` (cdktf.out layout: manifest.json, stacks/<name>/cdk.tf.json). */
export function synthesizeStacks(environments: readonly Environment[], outdir: string): void {
  // No stack traces in manifest.json: they hold absolute paths and differ between runs.
  const app = new App({ outdir, skipValidation: false, stackTraces: false });
  for (const env of environments) addEnvironmentStacks(app, env);
  app.synth();
}
