// Terraform state per stack: local (default), Azure Storage, or Terraform Cloud. No
// credential is ever written here: backends authenticate from the environment
// (ARM_* / az login, TF_TOKEN_<host>), as Terraform documents.
import { AzurermBackend, CloudBackend, LocalBackend, NamedCloudWorkspace, type TerraformStack } from "cdktf";
import type { Plan } from "../plan";

/**
 * A local state path relative to the stack's directory (cdktf.out/stacks/<stack>/), so the
 * synthesized JSON, and every cross-stack terraform_remote_state, is the same on every machine.
 */
export function localStatePath(stackName: string): string {
  return `../../../terraform.${stackName}.tfstate`;
}

/** The backend of the environment's `which` stack (plan.state). */
export function configureBackend(stack: TerraformStack, plan: Plan, which: "azure" | "cluster"): void {
  const s = plan.state;
  switch (s.backend) {
    case "azurerm":
      new AzurermBackend(stack, {
        resourceGroupName: s.resourceGroupName,
        storageAccountName: s.storageAccountName,
        containerName: s.containerName,
        // The state account's own subscription, when another than the stacks' (state.azurerm.subscriptionId).
        ...(s.subscriptionId ? { subscriptionId: s.subscriptionId } : {}),
        key: s.keys[which],
        useAzureadAuth: true,
      });
      return;
    case "cloud":
      new CloudBackend(stack, { organization: s.organization, hostname: s.hostname, workspaces: new NamedCloudWorkspace(s.workspaces[which]) });
      return;
    case "local":
      new LocalBackend(stack, { path: localStatePath(plan.stacks[which]) });
  }
}
