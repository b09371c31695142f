import { parseCidr } from "../../config/cidr";
import type { Rule } from "../rule";
import { finding } from "../rule";
import { gatewaySubnetPlacement } from "./gateway-subnet";

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
    if (!subnet) return [];
    const size = subnet.prefix !== 24 ? [finding(path, "must be a /24 (the guide requires it for any cluster that ever used Overlay)", "use a /24 such as 10.225.0.0/24", subnet.text)] : [];
    return [...size, ...gatewaySubnetPlacement(env, path, subnet, "10.225.0.0/24")];
  },
};
