// The `network` block: the virtual network and its subnets.
import { z } from "zod";
import { cidr } from "./fields";

export const Network = z
  .strictObject({
    addressSpace: cidr.default("10.224.0.0/12").describe("Address space of the virtual network the project creates (AKS's own default)."),
    clusterSubnet: cidr.default("10.224.0.0/16").describe("Subnet of the cluster nodes (and pods, with traditional Azure CNI)."),
    appGatewaySubnet: cidr
      .default("10.225.0.0/24")
      .describe("Subnet of the Application Gateway (Step 7.1 --appgw-subnet-cidr); a /24 that overlaps nothing."),
    agcSubnet: cidr
      .default("10.226.0.0/24")
      .describe("Subnet delegated to Application Gateway for Containers (Appendix A); a /24 that overlaps nothing."),
  })
  .describe("The virtual network (Steps 3.4 and 7.1). Ignored for the node subnet when `cluster.existing` is set.");
