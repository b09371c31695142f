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
