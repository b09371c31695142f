import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Step 8.1: the A record goes into a zone that contains the hostname. */
export const azureDns: Rule = {
  id: "AR029",
  severity: "error",
  title: "Azure DNS mode misconfigured",
  guide: "Step 8.1: \"Create an A record pointing the data plane hostname to the App Gateway address\"",
  waivable: false,
  check(env) {
    const d = env.dns;
    const out: Finding[] = [];
    if (d.mode !== "azure-dns") {
      if (d.azureDns) out.push(finding("dns.azureDns", `is ignored with dns.mode: ${d.mode}`, "remove dns.azureDns, or set dns.mode: azure-dns"));
      return out;
    }
    if (!d.azureDns) return [finding("dns.azureDns", "is required with dns.mode: azure-dns", "add dns.azureDns.zoneName and dns.azureDns.resourceGroup")];
    if (env.ingress.mode === "agc") {
      out.push(
        finding(
          "dns.mode",
          "azure-dns writes an A record to the App Gateway's public IP; AGC frontends have an FQDN that exists only after the ALB controller programs the Gateway",
          "set dns.mode: external; the runbook prints the CNAME to create from the Gateway's address",
          "azure-dns",
        ),
      );
    }
    const host = d.hostname;
    const zone = d.azureDns.zoneName;
    if (host !== undefined && host !== zone && !host.endsWith(`.${zone}`)) {
      out.push(finding("dns.hostname", `is not inside the zone dns.azureDns.zoneName "${zone}"`, `use a hostname ending in .${zone}, or the zone that contains it`, host));
    }
    return out;
  },
};
