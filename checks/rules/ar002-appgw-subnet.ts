import { contains, overlaps, parseCidr } from "../../config/cidr";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Step 7.1: the App Gateway subnet is a /24 inside the VNet that overlaps no other subnet. */
export const appGatewaySubnet: Rule = {
  id: "AR002",
  severity: "error",
  title: "App Gateway subnet not a /24, outside the VNet, or overlapping another subnet",
  guide: "Step 7.1: \"--appgw-subnet-cidr must not overlap any existing subnet ... Keep the size at /24\"",
  waivable: false,
  check(env) {
    if (env.ingress.mode !== "agic") return [];
    const path = "network.appGatewaySubnet";
    const subnet = parseCidr(env.network.appGatewaySubnet);
    const space = parseCidr(env.network.addressSpace);
    const cluster = parseCidr(env.network.clusterSubnet);
    if (!subnet || !space || !cluster) return [];
    const out: Finding[] = [];
    if (subnet.prefix !== 24) {
      out.push(finding(path, "must be a /24 (the guide requires it for any cluster that ever used Overlay)", "use a /24 such as 10.225.0.0/24", subnet.text));
    }
    if (!env.cluster.existing && !contains(space, subnet)) {
      out.push(finding(path, `must lie inside network.addressSpace ${space.text}`, "pick a /24 inside the address space, e.g. 10.225.0.0/24", subnet.text));
    }
    if (!env.cluster.existing && overlaps(subnet, cluster)) {
      out.push(finding(path, `overlaps network.clusterSubnet ${cluster.text}`, "pick a /24 outside the cluster subnet, e.g. 10.225.0.0/24", subnet.text));
    }
    return out;
  },
};
