// Step 8: the DNS record and, for HTTP only, the registered URL.
import { AGC_NAMES, GUIDE_NAMES, NIP_IO_HOST, NS_DATAPLANE } from "../../plan/names";
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { type Text, code, tf } from "./blocks";
import type { RunbookSection } from "./section";

export const dnsSection: RunbookSection = {
  id: "dns",
  guide: "Step 8 (DNS and the registered URL)",
  title: "Step 8: DNS and the registered URL",
  applies: () => true,
  render: dns,
};

function dns(c: RunbookContext): string {
  const e = c.plan;
  const d = e.dns;
  const out: Text[] = ["## Step 8: DNS and the registered URL", ""];
  if (d.mode === "azure-dns") {
    out.push(md`\`${e.stacks.cluster}\` wrote the alias A record \`${d.hostname}\` in zone \`${d.azureDns.zoneName}\`; it follows the gateway's public IP.`);
  } else if (d.mode === "nip-io") {
    out.push(
      md`Demo DNS: \`${NIP_IO_HOST}\` resolves by itself (Step 8.2). The URL is an output:`,
      "",
      code(tf(c, e.stacks.cluster, "output -raw data_plane_url")),
      "",
      "Switch to a real hostname before anyone depends on it.",
    );
  } else if (e.ingress.mode === "agic") {
    out.push(
      "Create the record in your DNS (Step 8.1), with the address from Step 7.3:",
      "",
      code(sh`kubectl get ingress ${GUIDE_NAMES.ingress} -n ${NS_DATAPLANE} -o jsonpath='{.status.loadBalancer.ingress[0].ip}'`),
      "",
      md`Record: \`${d.hostname}. A <that address>\` (the App Gateway listens on ${e.tls.mode === "none" ? "port 80" : "ports 80 and 443"}; no port suffix).`,
    );
  } else {
    out.push(
      "Create the record in your DNS, with the Gateway's FQDN:",
      "",
      code(sh`kubectl get gateway ${AGC_NAMES.gateway} -n ${e.ingress.namespace} -o jsonpath='{.status.addresses[0].value}'`),
      "",
      md`Record: \`${d.hostname}. CNAME <that FQDN>.\``,
    );
  }
  if (e.endpoint.host) out.push("", code(sh`dig +short ${e.endpoint.host}`), "", "Propagation usually takes one to two minutes.");
  if (e.tls.mode === "none") {
    out.push(
      "",
      md`Step 8.2, once the name resolves: in the dashboard, **System → Settings → Profile → Proxy URL** = \`${e.endpoint.shownUrl}\`${e.endpoint.url ? "" : " (the output above)"}. Changes reach the data plane within about 30 seconds.`,
      "Register `http://`: this environment serves HTTP only (registering `https://` gives HTTP 502 in the dashboard playground).",
    );
  } else {
    out.push(
      "",
      md`Not yet Step 8.2: this environment redirects HTTP to HTTPS, so \`${e.endpoint.shownUrl}\` answers only once its certificate does. Register it in Step b.2.6, after Step b.2.5 below.`,
    );
  }
  return out.join("\n");
}
