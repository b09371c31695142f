import { containsIp, overlaps, parseCidr, parseIp } from "../../config/cidr";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** AKS rejects a service or pod CIDR that overlaps the VNet, and a DNS IP outside the service CIDR. */
export const serviceCidr: Rule = {
  id: "AR019",
  severity: "error",
  title: "Service or pod CIDR overlapping the network",
  guide: "Step 3.4 (az aks create fails with ServiceCidrOverlapExistingSubnetsCidr / InvalidDNSServiceIP)",
  waivable: false,
  check(env) {
    const n = env.cluster.network;
    const service = parseCidr(n.serviceCidr);
    const pod = parseCidr(n.podCidr);
    const space = parseCidr(env.network.addressSpace);
    const dnsIp = parseIp(n.dnsServiceIp);
    const out: Finding[] = [];
    if (!service || !space || dnsIp === undefined) return out;
    if (!env.cluster.existing && overlaps(service, space)) {
      out.push(finding("cluster.network.serviceCidr", `overlaps network.addressSpace ${space.text}`, "pick a range outside the virtual network, e.g. 10.0.0.0/16", service.text));
    }
    if (!containsIp(service, dnsIp)) {
      out.push(finding("cluster.network.dnsServiceIp", `must lie inside cluster.network.serviceCidr ${service.text}`, "use the service CIDR's .10 address, e.g. 10.0.0.10", n.dnsServiceIp));
    }
    if (n.pluginMode === "overlay" && pod) {
      if (!env.cluster.existing && overlaps(pod, space)) {
        out.push(finding("cluster.network.podCidr", `overlaps network.addressSpace ${space.text}`, "pick a range outside the virtual network, e.g. 10.244.0.0/16", pod.text));
      }
      if (overlaps(pod, service)) {
        out.push(finding("cluster.network.podCidr", `overlaps cluster.network.serviceCidr ${service.text}`, "pick non-overlapping pod and service ranges", pod.text));
      }
    }
    return out;
  },
};
