// Steps b.2.5-b.2.6: HTTPS works, then the URL is registered (not rendered without TLS).
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { type Text, code, CACERT_STAGING, stagingIssuer } from "./blocks";
import type { RunbookSection } from "./section";

export const httpsSection: RunbookSection = {
  id: "https",
  guide: "Steps b.2.5-b.2.6 (verify HTTPS, register the URL)",
  title: "Steps b.2.5-b.2.6: verify HTTPS, then register the URL",
  applies: (p) => p.tls.mode !== "none",
  render: https,
};

/** Guide Steps b.2.5-b.2.6 (and B.1 once the Secret is delivered): HTTPS works, then the URL is registered. */
function https(c: RunbookContext): string {
  const e = c.plan;
  if (e.tls.mode === "none") return "";
  const staging = stagingIssuer(c);
  const cacert = staging && CACERT_STAGING;
  const out: Text[] = [
    "## Steps b.2.5-b.2.6: verify HTTPS, then register the URL",
    "",
    e.tls.mode === "cert-manager"
      ? "Once `kubectl get certificate` shows `READY=True` (Step 7), check the handshake and the certificate chain:"
      : md`Once the Secret \`${e.tls.secretName}\` is delivered (Step 7), check the handshake and the certificate chain:`,
    "",
  ];
  if (staging) {
    out.push(
      "The issuer is `letsencrypt-staging`: its roots are in no trust store, so curl needs them (first line; the list is on https://letsencrypt.org/docs/staging-environment/). Without `--cacert`, curl fails with `SSL certificate problem: unable to get local issuer certificate` (exit 60) even when everything works.",
      "",
    );
  }
  out.push(
    code(
      staging &&
        sh`curl -fsS https://letsencrypt.org/certs/staging/letsencrypt-stg-root-x1.pem https://letsencrypt.org/certs/staging/letsencrypt-stg-root-x2.pem > ~/letsencrypt-staging-roots.pem`,
      sh`curl -sS${cacert} -o /dev/null -w 'HTTP %{http_code}\\n' https://${e.endpoint.shownHost}/v1/models`,
      sh`echo | openssl s_client -servername ${e.endpoint.shownHost} -connect ${e.endpoint.shownHost}:443 2>/dev/null | openssl x509 -noout -subject -issuer -dates`,
    ),
    "",
    "Worked when:",
    "",
    "- curl prints an HTTP status and no certificate error (`HTTP 401`: no API key was sent, so the handshake and the route both work);",
    md`- openssl prints a subject naming \`${e.endpoint.shownHost}\`, the issuer ${
      e.tls.mode === "byo" || e.tls.mode === "key-vault" ? "of your certificate" : staging ? md`\`(STAGING) Let's Encrypt\`` : md`\`Let's Encrypt\``
    } and a \`notAfter\` date in the future${e.tls.mode === "cert-manager" ? " (about 90 days after issue)" : ""}.`,
    "",
    md`Step b.2.6: in the dashboard, **System → Settings → Profile → Proxy URL** = \`${e.endpoint.shownUrl}\` (replacing any \`http://\` URL registered before). Changes reach the data plane within about 30 seconds.`,
  );
  if (staging) {
    out.push(
      "",
      "While the issuer is `letsencrypt-staging`, browsers and the dashboard playground reject the certificate too: once it issued cleanly, switch to `tls.certManager.issuer: letsencrypt-prod` with `stagingVerified: true`, synth, apply Step 7 again, and repeat this step without `--cacert` (docs/tls.md).",
    );
  }
  return out.join("\n");
}
