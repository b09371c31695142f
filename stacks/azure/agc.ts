// Guide: Appendix A. Application Gateway for Containers: its subnet in the cluster's network,
// the ALB controller's identity, and the WAF policies the controller joins to the AGC resource
// (it creates that resource itself, so the stack only creates what its objects name).
import { TerraformOutput } from "cdktf";
import { AlbControllerIdentity } from "../constructs/alb-controller-identity";
import { AlbSubnet } from "../constructs/alb-subnet";
import type { PlacedCluster } from "./cluster";
import type { AzureSite } from "./site";
import { wafPolicies, type WafPolicies } from "./waf";

export interface Agc {
  readonly identity: AlbControllerIdentity;
  /** The WAF policies of the AGC Gateway and route (`ingress.mode: agc`, WAF on): AGC's subset. */
  readonly waf?: WafPolicies;
}

export function applicationGatewayForContainers(site: AzureSite, placed: PlacedCluster): Agc | undefined {
  const { stack, plan } = site;
  const ingress = plan.ingress;
  if (ingress.mode !== "agc") return undefined;
  const subnet = new AlbSubnet(stack, "AgcSubnet", {
    name: plan.network.subnetNames.agc,
    resourceGroupName: placed.vnet.resourceGroupName,
    virtualNetworkName: placed.vnet.name,
    cidr: plan.network.agcSubnet,
  });
  const wafPlan = plan.waf?.on === "agc" ? plan.waf : undefined;
  const waf = wafPlan && wafPolicies(site, wafPlan);
  const identity = new AlbControllerIdentity(stack, "AlbControllerIdentity", {
    name: `${plan.cluster.name}-alb-identity`,
    resourceGroupName: site.resourceGroup.name,
    location: plan.azure.location,
    nodeResourceGroupId: placed.cluster.nodeResourceGroupId,
    agcSubnetId: subnet.subnet.id,
    oidcIssuerUrl: placed.cluster.oidcIssuerUrl,
    controllerNamespace: ingress.controllerNamespace,
    wafPolicyIds: waf ? { gateway: waf.strict.id, api: waf.api.id } : undefined,
  });
  new TerraformOutput(stack, "agc_subnet_id", {
    value: subnet.subnet.id,
    description: `Must equal the ApplicationLoadBalancer's association in dist/${plan.name}/ (${ingress.subnetId}).`,
  });
  new TerraformOutput(stack, "alb_identity_client_id", { value: identity.clientId });
  if (waf && wafPlan) {
    const ids = wafPlan.policies;
    new TerraformOutput(stack, "agc_waf_policy_ids", {
      value: { gateway: waf.strict.id, api: waf.api.id },
      description: `Must equal the WebApplicationFirewallPolicy IDs in dist/${plan.name}/ (${ids.strict.id}, ${ids.api.id}).`,
    });
  }
  return { identity, waf };
}
