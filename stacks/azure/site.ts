// What every concern of the `<env>-azure` stack builds in. Each concern is a function that adds
// its constructs directly to the stack (never to a wrapper construct: a construct's parent is part
// of its Terraform address, so a new parent would recreate the resource) together with the
// TerraformOutputs that describe them.
import type { TerraformStack } from "cdktf";
import type { Plan } from "../../plan";

export interface AzureSite {
  /** The parent of every construct of the stack. */
  readonly stack: TerraformStack;
  readonly plan: Plan;
  /** The environment's resource group: created, or read when a reused cluster lives there. */
  readonly resourceGroup: { readonly id: string; readonly name: string };
}
