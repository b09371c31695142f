import { parseCidr } from "../../config/cidr";
import type { Rule } from "../rule";
import { finding } from "../rule";
import { gatewaySubnetPlacement } from "./gateway-subnet";

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
    const size = subnet.prefix > 24 ? [finding(path, "must be at least a /24 (Azure rejects smaller AGC association subnets)", "use a /24 such as 10.226.0.0/24", subnet.text)] : [];
    return [...size, ...gatewaySubnetPlacement(env, path, subnet, "10.226.0.0/24")];
  },
};
