// Guide: Step 7.1. The AGIC Application Gateway as a resource of the `-azure` stack
// (`ingress.agic.gateway: terraform`): the gateway the add-on would create, with a static public
// IP, behind the WAF's policies when the WAF is on; and the add-on identity's roles on it.
import { TerraformOutput } from "cdktf";
import type { GatewayPlan } from "../../plan/ingress";
import { AgicPermissions } from "../constructs/agic-permissions";
import { AppGateway } from "../constructs/app-gateway";
import type { ClusterRef } from "../constructs/cluster-ref";
import type { AzureSite } from "./site";
import { wafPolicies, type WafPolicies } from "./waf";

export interface AgicGateway {
  readonly appGateway: AppGateway;
  /** Its WAF policies (docs/waf.md): strict on the gateway, API on /v1/ and /mcp/. Undefined: the WAF is off. */
  readonly waf?: WafPolicies;
}

/** The gateway Terraform creates, in `subnetId`; its public IP and API policy are outputs. */
export function agicGateway(site: AzureSite, gateway: Extract<GatewayPlan, { by: "terraform" }>, subnetId: string): AgicGateway {
  const { stack, plan } = site;
  // The WAF_v2 gateway runs behind two policies (docs/waf.md).
  const wafPlan = plan.waf?.on === "agic-gateway" ? plan.waf : undefined;
  const waf = wafPlan && wafPolicies(site, wafPlan);
  const appGateway = new AppGateway(stack, "AppGateway", {
    sku: waf ? { name: "WAF_v2" } : undefined,
    firewallPolicyId: waf?.strict.id,
    name: gateway.name,
    resourceGroupName: site.resourceGroup.name,
    location: plan.azure.location,
    subnetId,
    publicIpName: gateway.publicIpName,
    zones: gateway.zones,
  });
  // Guide: Step 7.3, known as soon as this stack is applied.
  new TerraformOutput(stack, "app_gateway_public_ip", { value: appGateway.publicIp.ipAddress });
  if (waf && wafPlan) {
    // Only AGIC links the API policy to the gateway (a path rule): without this edge a destroy
    // may delete the policy while the gateway still references it, and Azure refuses.
    const api = waf.api.resource;
    appGateway.resource.dependsOn = [`${api.terraformResourceType}.${api.friendlyUniqueId}`];
    new TerraformOutput(stack, "waf_api_policy_id", {
      value: waf.api.id,
      description: `Must equal the waf-policy-for-path annotation of Ingress tars-ingress-api in dist/${plan.name}/ (${wafPlan.policies.api.id}).`,
    });
  }
  return { appGateway, waf };
}

/**
 * Guide: Step 7.1. The add-on identity's network roles, only on a cluster the project creates: on
 * an existing cluster, `az aks enable-addons` (the runbook's command) grants them itself, and an
 * existing subnet_id may be "" (--appgw-subnet-cidr). docs/azure-behaviours.md.
 */
export function agicPermissions(site: AzureSite, cluster: ClusterRef, subnetId: string, gateway: AgicGateway | undefined): void {
  if (!cluster.agicIdentityObjectId) return;
  new AgicPermissions(site.stack, "AgicPermissions", {
    principalId: cluster.agicIdentityObjectId,
    appGatewaySubnetId: subnetId,
    gateway: gateway ? { id: gateway.appGateway.resource.id, resourceGroupId: site.resourceGroup.id, publicIpId: gateway.appGateway.publicIp.id } : undefined,
    // AGIC's gateway PUTs link both policies (docs/azure-behaviours.md).
    wafPolicyIds: gateway?.waf ? { Strict: gateway.waf.strict.id, Api: gateway.waf.api.id } : undefined,
  });
}
