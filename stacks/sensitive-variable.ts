// A sensitive Terraform variable of a stack (config/variables.ts names and describes them),
// declared once however many constructs read it.
import { TerraformVariable, type TerraformStack } from "cdktf";
import type { SensitiveVariable } from "../config/variables";

/** The value of `variable`, declared on `stack` by its first reader. */
export function sensitiveVariable(stack: TerraformStack, { name, description }: SensitiveVariable): string {
  const existing = stack.node.tryFindChild(name) as TerraformVariable | undefined;
  return (existing ?? new TerraformVariable(stack, name, { type: "string", sensitive: true, nullable: false, description })).stringValue;
}
