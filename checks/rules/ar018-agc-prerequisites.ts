import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Appendix A: the ApplicationLoadBalancer names its subnet by resource ID. */
export const agcPrerequisites: Rule = {
  id: "AR018",
  severity: "error",
  title: "AGC without the values its YAML needs",
  guide: "Appendix A: \"Create a delegated subnet for AGC and an ApplicationLoadBalancer CR\" (the CR names the subnet by resource ID)",
  waivable: false,
  check(env) {
    if (env.ingress.mode !== "agc") return [];
    const out: Finding[] = [];
    if (!env.azure.subscriptionId) {
      out.push(finding("azure.subscriptionId", "is required with ingress.mode: agc: the ApplicationLoadBalancer YAML names the AGC subnet by its resource ID", "add azure.subscriptionId (az account show --query id -o tsv)"));
    }
    if (env.cluster.existing && !env.cluster.existing.vnetName) {
      out.push(finding("cluster.existing.vnetName", "is required with ingress.mode: agc on an existing cluster: the AGC subnet goes into the cluster's virtual network", "add cluster.existing.vnetName (az aks show ... --query agentPoolProfiles[0].vnetSubnetId)"));
    }
    return out;
  },
};
