import type { Rule } from "../rule";
import { finding } from "../rule";

/** B.2.2 tip: staging first, to preserve the production quota. */
export const letsEncryptStagingFirst: Rule = {
  id: "AR014",
  severity: "warning",
  title: "Let's Encrypt production issuer before staging worked",
  guide: "Step b.2.2 tip: switch to production once the certificate issues cleanly on staging; B.2.4 row urn:ietf:params:acme:error:rateLimited",
  waivable: true,
  check(env) {
    if (env.tls.mode !== "cert-manager" || env.tls.certManager.issuer !== "letsencrypt-prod" || env.tls.certManager.stagingVerified) return [];
    return [
      finding(
        "tls.certManager.issuer",
        "is letsencrypt-prod but staging was not confirmed; failed attempts count against Let's Encrypt's production rate limits",
        "issue once with letsencrypt-staging, then set tls.certManager.stagingVerified: true",
        "letsencrypt-prod",
      ),
    ];
  },
};
