import { tlsEnabled } from "../../plan/endpoint";
import type { Rule } from "../rule";
import { finding } from "../rule";
import { parseRegisteredUrl } from "./registered-url";

/** Testing: "HTTP 502 from the dashboard playground" comes from https:// registered on an HTTP-only gateway. */
export const registeredScheme: Rule = {
  id: "AR008",
  severity: "error",
  title: "Registered URL scheme does not match TLS",
  guide: "Troubleshooting → Testing: \"HTTP 502 from the dashboard playground\" (registered https:// while the gateway serves HTTP/80 only); Step b.2.6",
  waivable: false,
  check(env) {
    const url = parseRegisteredUrl(env);
    if (url === undefined || url === "invalid") return [];
    if (url.scheme === "https" && !tlsEnabled(env)) {
      return [
        finding(
          "dns.registeredUrl",
          "is https:// but tls.mode is none, so the gateway serves HTTP only and the dashboard playground gets 502",
          "enable TLS (tls.mode: cert-manager or byo), or register http://" + url.host,
          env.dns.registeredUrl,
        ),
      ];
    }
    if (url.scheme === "http" && tlsEnabled(env)) {
      return [
        finding(
          "dns.registeredUrl",
          `is http:// but tls.mode is ${env.tls.mode}: the gateway redirects HTTP to HTTPS`,
          "register https://" + url.host + " (Step b.2.6)",
          env.dns.registeredUrl,
        ),
      ];
    }
    return [];
  },
};
