import { contains, parseCidr } from "../../config/cidr";
import type { Rule } from "../rule";
import { finding } from "../rule";

/** Step 3.4: the node subnet lies inside the VNet (AKS's own default is 10.224.0.0/16). */
export const clusterSubnet: Rule = {
  id: "AR020",
  severity: "error",
  title: "Cluster subnet outside the virtual network",
  guide: "Step 7.1: \"the default AKS subnet is 10.224.0.0/16\" inside the VNet",
  waivable: false,
  check(env) {
    if (env.cluster.existing) return [];
    const space = parseCidr(env.network.addressSpace);
    const subnet = parseCidr(env.network.clusterSubnet);
    if (!space || !subnet || contains(space, subnet)) return [];
    return [finding("network.clusterSubnet", `must lie inside network.addressSpace ${space.text}`, "use a range inside the address space, e.g. 10.224.0.0/16", subnet.text)];
  },
};
