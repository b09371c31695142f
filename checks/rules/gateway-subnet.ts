// Shared by AR002 and AR017: a gateway subnet the project adds to its own virtual network
// lies inside network.addressSpace and clear of network.clusterSubnet.
import { contains, overlaps, parseCidr, type Cidr } from "../../config/cidr";
import type { Environment } from "../../config/loader";
import { finding, type Finding } from "../rule";

/** Placement findings for `subnet` (at `path`); none on an existing cluster, whose network is not ours. */
export function gatewaySubnetPlacement(env: Environment, path: string, subnet: Cidr, example: string): Finding[] {
  if (env.cluster.existing) return [];
  const space = parseCidr(env.network.addressSpace);
  const cluster = parseCidr(env.network.clusterSubnet);
  const out: Finding[] = [];
  if (space && !contains(space, subnet)) {
    out.push(finding(path, `must lie inside network.addressSpace ${space.text}`, `pick a /24 inside the address space, e.g. ${example}`, subnet.text));
  }
  if (cluster && overlaps(subnet, cluster)) {
    out.push(finding(path, `overlaps network.clusterSubnet ${cluster.text}`, `pick a /24 outside the cluster subnet, e.g. ${example}`, subnet.text));
  }
  return out;
}
