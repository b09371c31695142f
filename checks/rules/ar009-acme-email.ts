import type { Rule } from "../rule";
import { finding } from "../rule";

const PLACEHOLDER_DOMAINS = /@(.+\.)?(example\.(com|org|net)|example|test|invalid|localhost)$/i;
const PLACEHOLDER_LOCAL = /^(you|your[-._]?(name|email)?|user|name|email|changeme|replace[-._]?me|admin|test)@/i;

/** B.2.2: the ACME email must be a real address. */
export const acmeEmail: Rule = {
  id: "AR009",
  severity: "error",
  title: "Missing or placeholder ACME email",
  guide: "Step b.2.2: \"email: ... # Replace with a real address\" (Let's Encrypt expiry notices)",
  waivable: false,
  check(env) {
    if (env.tls.mode !== "cert-manager") return [];
    const path = "tls.certManager.email";
    const email = env.tls.certManager.email;
    if (email === undefined) {
      return [finding(path, "is required with tls.mode: cert-manager (Let's Encrypt sends expiry notices there)", "add tls.certManager.email: a monitored team address")];
    }
    if (PLACEHOLDER_DOMAINS.test(email) || PLACEHOLDER_LOCAL.test(email)) {
      return [finding(path, "is a placeholder, not a real address", "use a monitored team address, e.g. platform-oncall@<your-domain>", email)];
    }
    return [];
  },
};
