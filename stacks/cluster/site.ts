// What every concern of the `<env>-cluster` stack builds in: like stacks/azure/site.ts, each
// concern adds its constructs directly to the stack, so their Terraform addresses stay put.
import type { TerraformStack } from "cdktf";
import type { Plan } from "../../plan";
import type { AzureStack } from "../azure-stack";

export interface ClusterSite {
  /** The parent of every construct of the stack. */
  readonly stack: TerraformStack;
  readonly plan: Plan;
  /** What the `-azure` stack created: read through cross-stack references. */
  readonly azure: AzureStack;
  /** tars-system and tars-dataplane: references to the namespaces this stack creates, else their names. */
  readonly namespaces: { readonly system: string; readonly dataplane: string };
}
