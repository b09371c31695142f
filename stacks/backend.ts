// Terraform state per stack: local (default), Azure Storage, or Terraform Cloud. No
// credential is ever written here: backends authenticate from the environment
// (ARM_* / az login, TF_TOKEN_<host>), as Terraform documents.
import { AzurermBackend, CloudBackend, LocalBackend, NamedCloudWorkspace, type TerraformStack } from "cdktf";
import { cloudWorkspace, stateKey } from "../plan/state";
import type { Environment } from "../config/loader";

/**
 * A local state path relative to the stack's directory (cdktf.out/stacks/<stack>/), so the
 * synthesized JSON, and every cross-stack terraform_remote_state, is the same on every machine.
 */
export function localStatePath(stackName: string): string {
  return `../../../terraform.${stackName}.tfstate`;
}

export function configureBackend(stack: TerraformStack, env: Environment, stackName: string): void {
  const s = env.state;
  if (s.backend === "azurerm" && s.azurerm) {
    new AzurermBackend(stack, {
      resourceGroupName: s.azurerm.resourceGroupName,
      storageAccountName: s.azurerm.storageAccountName,
      containerName: s.azurerm.containerName,
      // The state account's own subscription, when another than the stacks' (state.azurerm.subscriptionId).
      ...(s.azurerm.subscriptionId ? { subscriptionId: s.azurerm.subscriptionId } : {}),
      key: stateKey(env, stackName),
      useAzureadAuth: true,
    });
  } else if (s.backend === "cloud" && s.cloud) {
    new CloudBackend(stack, {
      organization: s.cloud.organization,
      hostname: s.cloud.hostname,
      workspaces: new NamedCloudWorkspace(cloudWorkspace(env, stackName)),
    });
  } else {
    new LocalBackend(stack, { path: localStatePath(stackName) });
  }
}
