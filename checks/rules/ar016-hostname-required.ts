import type { Rule } from "../rule";
import { finding } from "../rule";

/** Step 8: a stable public hostname, unless the nip.io demo mode is used. */
export const hostnameRequired: Rule = {
  id: "AR016",
  severity: "error",
  title: "No data-plane hostname",
  guide: "Architecture and Step 8: \"The data plane needs a stable public hostname ... TLS certificates are issued for hostnames, not IP addresses\"",
  waivable: false,
  check(env) {
    if (env.dns.mode === "nip-io" || env.dns.hostname !== undefined) return [];
    return [finding("dns.hostname", `is required with dns.mode: ${env.dns.mode}`, "add dns.hostname (e.g. proxy.<your-domain>), or use dns.mode: nip-io for a non-production demo")];
  },
};
