// Guide: Step 8. The data plane's address: the Azure DNS record (Step 8.1) and the URL to
// register (Step 8.2), both from the gateway's public IP where they need it.
import { TerraformOutput } from "cdktf";
import { DnsRecord } from "../constructs/dns-record";
import { GatewayAddress } from "../constructs/gateway-address";
import { needsAzurerm } from "./providers";
import type { ClusterSite } from "./site";

/** The DNS record and the `data_plane_url` output. */
export function dataPlaneAddress(site: ClusterSite): void {
  const { stack, plan } = site;
  let url = plan.endpoint.url;
  const address = gatewayAddress(site);
  if (address) {
    if (plan.dns.mode === "azure-dns") {
      // Guide: Step 8.1.
      const azureDns = plan.dns.azureDns;
      new DnsRecord(stack, "DnsRecord", {
        zoneName: azureDns.zoneName,
        zoneResourceGroup: azureDns.resourceGroup,
        hostname: plan.dns.hostname,
        ttl: azureDns.ttl,
        targetResourceId: address.id,
      });
    }
    // Guide: Step 8.2, "<appgw-ip>.nip.io resolves automatically" (demo only, HTTP).
    if (plan.dns.mode === "nip-io") url = `http://${address.ipAddress()}.nip.io`;
  }
  if (url) {
    new TerraformOutput(stack, "data_plane_url", {
      value: url,
      description: `Register in the dashboard (System → Settings → Profile → Proxy URL), or: tare install <credential> --serve-url <url>`,
    });
  }
}

/**
 * The AGIC gateway's public IP: a resource of the -azure stack (no read, known at plan time), or,
 * for the add-on's own gateway and reused clusters, read from the node resource group. ipAddress
 * is read only when needed (nip.io): for the add-on's gateway it is a data source.
 */
function gatewayAddress({ stack, plan, azure }: ClusterSite): { id: string; ipAddress: () => string } | undefined {
  const ip = azure.appGateway?.publicIp;
  if (plan.ingress.mode !== "agic") return undefined;
  if (ip) return { id: ip.id, ipAddress: () => ip.ipAddress };
  if (!needsAzurerm(plan)) return undefined;
  const gateway = new GatewayAddress(stack, "Gateway", {
    gatewayName: plan.ingress.gateway.name,
    nodeResourceGroup: azure.cluster.nodeResourceGroup,
    rerun: `the apply of ${plan.stacks.cluster}`,
  });
  return { id: gateway.publicIpId, ipAddress: () => gateway.ipAddress() };
}
