import type { Rule } from "../rule";
import { finding } from "../rule";
import { parseRegisteredUrl } from "./registered-url";

/** B.2.3: the rule host, tls.hosts and the registered hostname must be the same. */
export const registeredHost: Rule = {
  id: "AR007",
  severity: "error",
  title: "Registered URL does not match the data-plane hostname",
  guide: "Step b.2.3: \"The host: on the rule must match the hostname in tls.hosts and the hostname registered ... A mismatch causes either AGIC to reject the rule or Let's Encrypt to fail the HTTP-01 challenge\"",
  waivable: false,
  check(env) {
    const url = parseRegisteredUrl(env);
    if (url === undefined) return [];
    const path = "dns.registeredUrl";
    if (url === "invalid") {
      return [finding(path, "must be an http:// or https:// URL", "write it as https://<hostname>", env.dns.registeredUrl)];
    }
    if (url.hasPath) {
      return [finding(path, "must be scheme and host only (no port, path or query): the App Gateway serves on the default port", "write it as " + url.scheme + "://" + url.host, env.dns.registeredUrl)];
    }
    const hostname = env.dns.hostname;
    if (hostname !== undefined && url.host !== hostname) {
      return [
        finding(
          path,
          `names host "${url.host}" but the Ingress rule and tls.hosts use dns.hostname "${hostname}"`,
          `register ${url.scheme}://${hostname} (tare install --serve-url), or change dns.hostname`,
          env.dns.registeredUrl,
        ),
      ];
    }
    return [];
  },
};
