// The exporters that may take their credential from Key Vault (AR044, AR045 read them).
import type { Environment } from "../../config/loader";

export interface KeyVaultExporter {
  /** Field path of the exporter, e.g. `observability.exporters.datadog`. */
  readonly base: string;
  /** The keys the exporter reads as environment variables (`${env:KEY}` in its config). */
  readonly reads: readonly string[];
  /** Where `reads` comes from, for the message: the exporter itself, or its `secretKeys`. */
  readonly readsFrom: string;
  readonly keyVaultSecrets?: Readonly<Record<string, string>>;
  readonly createSecret?: boolean;
}

export function keyVaultExporters(env: Environment): KeyVaultExporter[] {
  const x = env.observability.exporters;
  const out: KeyVaultExporter[] = [];
  if (x.datadog) out.push({ base: "observability.exporters.datadog", reads: ["DD_API_KEY"], readsFrom: "the datadog exporter (api.key: ${env:DD_API_KEY})", ...x.datadog });
  x.otlpHttp.forEach((o, i) => {
    const base = `observability.exporters.otlpHttp[${i}]`;
    out.push({ base, reads: o.secretKeys, readsFrom: `${base}.secretKeys`, ...o });
  });
  if (x.signalfx) out.push({ base: "observability.exporters.signalfx", reads: ["SFX_ACCESS_TOKEN"], readsFrom: "the signalfx exporter (access_token: ${env:SFX_ACCESS_TOKEN})", ...x.signalfx });
  return out;
}
