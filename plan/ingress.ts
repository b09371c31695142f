// How traffic reaches the data plane: AGIC (with the gateway Terraform or the add-on creates,
// or an existing cluster's) or Application Gateway for Containers.
import type { Environment } from "../config/loader";
import { required } from "./invariant";
import { SUBNET_NAMES } from "./names";
import { subnetId } from "./network";

/** Who creates the AGIC Application Gateway (Step 7.1). */
export type GatewayPlan =
  /** The `-azure` stack creates it with a static public IP and attaches the add-on by ID, in the cluster's zones. */
  | { readonly by: "terraform"; readonly name: string; readonly publicIpName: string; readonly zones: readonly ("1" | "2" | "3")[] }
  /** The add-on creates it after the cluster (the guide's Step 7.1), in the node resource group. */
  | { readonly by: "addon"; readonly name: string }
  /** An existing cluster's add-on already has one. */
  | { readonly by: "existing-cluster"; readonly name: string };

export type IngressPlan =
  | { readonly mode: "agic"; readonly gateway: GatewayPlan }
  | (Readonly<Environment["ingress"]["agc"]> & {
      readonly mode: "agc";
      /** The AGC subnet's resource ID, which the ApplicationLoadBalancer names (AR018 requires the subscription). */
      readonly subnetId: string;
    });

export function resolveIngress(env: Environment): IngressPlan {
  if (env.ingress.mode === "agc") {
    const subscriptionId = required(env.azure.subscriptionId, "azure.subscriptionId", "AR018");
    return { mode: "agc", ...env.ingress.agc, subnetId: subnetId(subscriptionId, env, SUBNET_NAMES.agc) };
  }
  const name = appGatewayName(env);
  if (env.cluster.existing) return { mode: "agic", gateway: { by: "existing-cluster", name } };
  if (env.ingress.agic.gateway === "addon") return { mode: "agic", gateway: { by: "addon", name } };
  return { mode: "agic", gateway: { by: "terraform", name, publicIpName: `${name}-pip`, zones: env.cluster.availabilityZones } };
}

/** Step 7.1: `--appgw-name "${AKS_CLUSTER_NAME}-appgw"`. */
export function appGatewayName(env: Environment): string {
  return `${env.cluster.name}-appgw`;
}

/**
 * The `-azure` stack creates the App Gateway and its public IP, and attaches the add-on by ID
 * (`ingress.agic.gateway: terraform` on a cluster the project creates).
 */
export function gatewayByTerraform(env: Environment): boolean {
  return env.ingress.mode === "agic" && !env.cluster.existing && env.ingress.agic.gateway === "terraform";
}

/** The add-on creates the gateway after the cluster (the guide's Step 7.1), in the node resource group. */
export function gatewayByAddon(env: Environment): boolean {
  return env.ingress.mode === "agic" && !env.cluster.existing && env.ingress.agic.gateway === "addon";
}
