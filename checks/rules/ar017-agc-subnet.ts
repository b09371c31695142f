import { contains, overlaps, parseCidr } from "../../config/cidr";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Appendix A: a /24 delegated to Microsoft.ServiceNetworking/trafficControllers, overlapping nothing. */
export const agcSubnet: Rule = {
  id: "AR017",
  severity: "error",
  title: "AGC subnet not a /24, outside the VNet, or overlapping another subnet",
  guide: "Appendix A: \"Create a delegated subnet for AGC\" (Azure requires at least a /24 for the association)",
  waivable: false,
  check(env) {
    if (env.ingress.mode !== "agc") return [];
    const path = "network.agcSubnet";
    const subnet = parseCidr(env.network.agcSubnet);
    if (!subnet) return [];
    const out: Finding[] = [];
    if (subnet.prefix > 24) {
      out.push(finding(path, "must be at least a /24 (Azure rejects smaller AGC association subnets)", "use a /24 such as 10.226.0.0/24", subnet.text));
    }
    if (env.cluster.existing) return out;
    const space = parseCidr(env.network.addressSpace);
    if (space && !contains(space, subnet)) {
      out.push(finding(path, `must lie inside network.addressSpace ${space.text}`, "pick a /24 inside the address space, e.g. 10.226.0.0/24", subnet.text));
    }
    const cluster = parseCidr(env.network.clusterSubnet);
    if (cluster && overlaps(subnet, cluster)) {
      out.push(finding(path, `overlaps network.clusterSubnet ${cluster.text}`, "pick a /24 outside the cluster subnet, e.g. 10.226.0.0/24", subnet.text));
    }
    return out;
  },
};
