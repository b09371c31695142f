import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Step 8.2: `<appgw-ip>.nip.io` is a demo placeholder. */
export const nipIo: Rule = {
  id: "AR015",
  severity: "error",
  title: "nip.io demo DNS where it cannot work",
  guide: "Step 8.2: \"<appgw-ip>.nip.io ... Use it as a placeholder, then switch to a real hostname before going to production\"",
  waivable: false,
  check(env) {
    if (env.dns.mode !== "nip-io") return [];
    const out: Finding[] = [];
    if (env.production) {
      out.push(finding("dns.mode", "nip.io is a demo placeholder and not allowed in production", "set dns.mode: azure-dns or external with a real dns.hostname", "nip-io"));
    }
    if (env.ingress.mode === "agc") {
      out.push(finding("dns.mode", "nip.io needs the gateway's IP; AGC frontends are reached by an FQDN instead", "set dns.mode: external and point a CNAME at the Gateway's FQDN (see the runbook)", "nip-io"));
    }
    if (env.tls.mode !== "none") {
      out.push(finding("tls.mode", "TLS needs a hostname known before apply; in nip-io mode it depends on the gateway's IP", "use tls.mode: none with nip-io, or a real dns.hostname", env.tls.mode));
    }
    if (env.dns.hostname !== undefined) {
      out.push(finding("dns.hostname", "is ignored in nip-io mode (the host is <gateway-ip>.nip.io)", "remove dns.hostname, or set dns.mode: external", env.dns.hostname));
    }
    return out;
  },
};
