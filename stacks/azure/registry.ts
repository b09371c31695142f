// Guide: Steps 4 and 5.3. The Azure Container Registry (registry.mode acr or acr-admin): the
// kubelet pulls with AcrPull, or with the admin user's credential (the Step 5.3 fallback).
import { TerraformOutput } from "cdktf";
import type { ClusterRef } from "../constructs/cluster-ref";
import { ContainerRegistry } from "../constructs/container-registry";
import type { AzureSite } from "./site";

export function containerRegistry(site: AzureSite, cluster: ClusterRef): ContainerRegistry | undefined {
  const { stack, plan } = site;
  const registry = plan.registry;
  if (registry.mode === "private") return undefined;
  const admin = registry.mode === "acr-admin";
  const acr = new ContainerRegistry(stack, "Registry", {
    name: registry.acrName,
    resourceGroupName: site.resourceGroup.name,
    location: plan.azure.location,
    adminEnabled: admin,
    pullPrincipalId: admin ? undefined : cluster.kubeletObjectId,
  });
  new TerraformOutput(stack, "acr_login_server", { value: acr.loginServer });
  if (admin) {
    // Guide: Step 5.3 fallback. Only as sensitive outputs: `terraform output -raw acr_admin_password`.
    new TerraformOutput(stack, "acr_admin_username", { value: acr.resource.adminUsername, sensitive: true });
    new TerraformOutput(stack, "acr_admin_password", { value: acr.resource.adminPassword, sensitive: true });
  }
  return acr;
}
