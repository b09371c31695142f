// The exporter fields a user writes free text into (AR010, AR024, AR025 read them).
import type { Environment } from "../../config/loader";

export interface ExporterString {
  readonly path: string;
  readonly value: string;
  /** Header name, when the string is a header value. */
  readonly header?: string;
  /** Secret keys the exporter injects as environment variables. */
  readonly secretKeys: readonly string[];
}

export function exporterStrings(env: Environment): ExporterString[] {
  const out: ExporterString[] = [];
  env.observability.exporters.otlpHttp.forEach((e, i) => {
    const base = `observability.exporters.otlpHttp[${i}]`;
    out.push({ path: `${base}.endpoint`, value: e.endpoint, secretKeys: e.secretKeys });
    for (const [header, value] of Object.entries(e.headers)) {
      out.push({ path: `${base}.headers.${header}`, value, header, secretKeys: e.secretKeys });
    }
  });
  return out;
}

export const PLAIN_REFERENCE = /\$\{(?!env:)([^}]*)\}/;
export const ENV_REFERENCE = /\$\{env:([^}]*)\}/g;

/** Header names that carry credentials, by the words vendors use (Authorization, x-honeycomb-team, X-Auth, DD-API-KEY, ...). */
export const CREDENTIAL_HEADER = /(auth|token|api[-_]?key|key|secret|passw|credential|team|session|cookie|signature|license)/i;

/**
 * The only shapes a header with a reference may take: exactly `${env:KEY}`, or one of the
 * standard HTTP authentication schemes then `${env:KEY}`. Anything else around the reference
 * (`Basic dXNlcjpwYXNz ${env:X}`) is literal text that would reach the ConfigMap.
 */
export const ENV_ONLY_HEADER = /^(?:(?:Bearer|Basic|Token|Api-Key|ApiKey|Splunk|GenieKey) )?\$\{env:[A-Z][A-Z0-9_]*\}$/;

/**
 * An HTTP authentication scheme then a credential (`Bearer eyJ...`, `Basic dXNl...`,
 * `SharedAccessSignature sr=...`): the IANA HTTP Authentication Scheme Registry's schemes, AWS
 * SigV4 and the vendor schemes collectors are configured with. A credential whatever the
 * header is called (`X-Custom: "Bearer eyJ..."`).
 */
export const AUTH_SCHEME_VALUE =
  /^\s*(Bearer|Basic|Token|ApiKey|Api-Key|Key|SharedAccessSignature|SharedKey|SharedKeyLite|Digest|Negotiate|NTLM|Kerberos|HOBA|Mutual|OAuth|DPoP|GNAP|PrivateToken|SCRAM-SHA-1|SCRAM-SHA-256|vapid|Concealed|AWS4-HMAC-SHA256|Splunk|GenieKey|SSWS|DSN|Sentry)(\s+|=)\S/i;

/**
 * A literal header value that is, or may be, a credential: by the header's name, by an
 * authentication scheme at its start whatever the name, or by its shape (a token of at least 12
 * letters and digits, such as hunter2hunter).
 */
export function looksLikeCredential(header: string, value: string): boolean {
  return CREDENTIAL_HEADER.test(header) || AUTH_SCHEME_VALUE.test(value) || (value.length >= 12 && /[A-Za-z]/.test(value) && /\d/.test(value) && !/\s/.test(value));
}

/** The variable a `${...}` reference names (`API_KEY` of `${API_KEY:-sk-live-...}`), never its default or anything after it. */
export function referenceName(inner: string): string {
  const m = /^(?:env:)?([A-Za-z_][A-Za-z0-9_]*)/.exec(inner);
  return m ? m[1] : "...";
}
