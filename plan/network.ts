// The virtual network: the one the project creates, or the existing cluster's.
import type { Environment } from "../config/loader";
import { SUBNET_NAMES } from "./names";

export interface NetworkPlan extends Readonly<Environment["network"]> {
  readonly vnet: { readonly name: string; readonly resourceGroup: string };
  readonly subnetNames: typeof SUBNET_NAMES;
}

export function resolveNetwork(env: Environment): NetworkPlan {
  return { ...env.network, vnet: { name: vnetName(env), resourceGroup: vnetResourceGroup(env) }, subnetNames: SUBNET_NAMES };
}

export function vnetName(env: Environment): string {
  return env.cluster.existing?.vnetName ?? `${env.cluster.name}-vnet`;
}

export function vnetResourceGroup(env: Environment): string {
  const existing = env.cluster.existing;
  return existing ? (existing.vnetResourceGroup ?? existing.resourceGroup) : env.azure.resourceGroup;
}

/** A subnet's resource ID in the environment's virtual network, as the provider formats it. */
export function subnetId(subscriptionId: string, env: Environment, subnet: string): string {
  return ["/subscriptions", subscriptionId, "resourceGroups", vnetResourceGroup(env), "providers/Microsoft.Network/virtualNetworks", vnetName(env), "subnets", subnet].join("/");
}
