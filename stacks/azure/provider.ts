// The azurerm provider of both stacks, and the resource group of the `-azure` stack.
import { DataAzurermResourceGroup } from "../../.gen/providers/azurerm/data-azurerm-resource-group";
import { ResourceGroup } from "../../.gen/providers/azurerm/resource-group";
import type { AzurermProviderFeatures } from "../../.gen/providers/azurerm/provider";
import type { TerraformStack } from "cdktf";
import type { Plan } from "../../plan";

/** Provider settings shared by both stacks. */
export function azurermProviderConfig(plan: Plan, features: AzurermProviderFeatures = {}) {
  return {
    features: [features],
    subscriptionId: plan.azure.subscriptionId,
    resourceProvidersToRegister: providersToRegister(plan),
  };
}

/**
 * Resource providers the provider's default registrations ("legacy") leave out: Appendix A's
 * `az provider register --namespace Microsoft.ServiceNetworking` for AGC, and the Flux extension's
 * Microsoft.KubernetesConfiguration (docs/azure-behaviours.md, "GitOps engines the stacks install").
 */
function providersToRegister(plan: Plan): string[] | undefined {
  const out = [plan.ingress.mode === "agc" && "Microsoft.ServiceNetworking", plan.gitops.flux.install && "Microsoft.KubernetesConfiguration"].filter((p): p is string => !!p);
  return out.length ? out : undefined;
}

/**
 * Provider features of the `-azure` stack. When it creates Application Insights in a resource
 * group it owns, Azure adds a Smart Detection action group (and a Failure Anomalies rule) to that
 * group outside Terraform's state; the provider's default check would then refuse to delete the
 * group at `terraform destroy`. The group is the environment's own (created by this stack), so
 * deleting it whole is what destroy means. docs/azure-behaviours.md, "Destroying Application Insights".
 */
export function azureStackFeatures(plan: Plan): AzurermProviderFeatures {
  const ownsGroup = plan.azure.createsResourceGroup;
  if (!ownsGroup || !plan.observability.exporters.azureMonitor) return {};
  return { resourceGroup: [{ preventDeletionIfContainsResources: false }] };
}

/** Guide: Step 3.3. A reused cluster's own resource group is read, never managed. */
export function resourceGroup(stack: TerraformStack, plan: Plan): { readonly id: string; readonly name: string } {
  return !plan.azure.createsResourceGroup
    ? new DataAzurermResourceGroup(stack, "ResourceGroup", { name: plan.azure.resourceGroup })
    : new ResourceGroup(stack, "ResourceGroup", { name: plan.azure.resourceGroup, location: plan.azure.location });
}
