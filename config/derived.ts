// Environment-based helpers that the plan (plan/) replaces; what is left here is being moved
// to the builders' Plan fields.
import type { Environment } from "./loader";
import { usesAcr } from "../plan/registry";
import { appGatewayName } from "../plan/ingress";
import { wafOnAgc, wafOnAgicGateway, wafPolicyNames } from "../plan/waf";
import { subnetId } from "../plan/network";

export function appGatewayPublicIpName(env: Environment): string {
  return `${appGatewayName(env)}-pip`;
}

export function wafApiPolicyId(env: Environment): string | undefined {
  const sub = env.azure.subscriptionId;
  return sub ? wafPolicyId(sub, env, wafPolicyNames(env).api) : undefined;
}

function wafPolicyId(subscriptionId: string, env: Environment, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${env.azure.resourceGroup}/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/${name}`;
}

export function agcWafPolicyIds(env: Environment): { gateway: string; api: string } | undefined {
  const sub = env.azure.subscriptionId;
  if (!wafOnAgc(env) || !sub) return undefined;
  const names = wafPolicyNames(env);
  return { gateway: wafPolicyId(sub, env, names.strict), api: wafPolicyId(sub, env, names.api) };
}

export function acrLoginServer(env: Environment): string | undefined {
  return usesAcr(env) && env.registry.acrName ? `${env.registry.acrName}.azurecr.io` : undefined;
}

export { pullSecretName } from "../plan/registry";

export function imageRegistry(env: Environment): string {
  if (env.registry.mode === "private") return env.registry.private?.repository ?? "";
  return `${acrLoginServer(env) ?? "<acr>.azurecr.io"}/tare`;
}

export function agcSubnetId(env: Environment): string | undefined {
  return env.azure.subscriptionId ? subnetId(env.azure.subscriptionId, env, "agc") : undefined;
}

export function resourceTags(env: Environment): Record<string, string> {
  return { environment: env.name, "managed-by": "agent-router-azure", ...env.azure.tags };
}

export { wafOnAgicGateway };
