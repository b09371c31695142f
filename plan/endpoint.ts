// The data plane's address: TLS, DNS and the Proxy URL registered on the management plane (Step 8).
import type { Environment } from "../config/loader";
import { required } from "./invariant";
import { NIP_IO_HOST } from "./names";

type TlsConfig = Environment["tls"];
type DnsConfig = Environment["dns"];

export type TlsPlan =
  | { readonly mode: "none" }
  | { readonly mode: "byo"; readonly secretName: string }
  | {
      readonly mode: "cert-manager";
      readonly secretName: string;
      readonly certManager: Readonly<Omit<TlsConfig["certManager"], "email">> & { readonly email: string };
    }
  | { readonly mode: "key-vault"; readonly secretName: string; readonly keyVault: Readonly<NonNullable<TlsConfig["keyVault"]>> };

export type DnsPlan = (
  | { readonly mode: "nip-io" }
  | { readonly mode: "external"; readonly hostname: string }
  | { readonly mode: "azure-dns"; readonly hostname: string; readonly azureDns: Readonly<NonNullable<DnsConfig["azureDns"]>> }
) & { readonly registeredUrl?: string };

export interface EndpointPlan {
  readonly scheme: "http" | "https";
  /** The real hostname; undefined in nip.io mode, where it depends on the gateway's IP. */
  readonly host?: string;
  /** The Proxy URL to register (Step 8.2); undefined in nip.io mode. */
  readonly url?: string;
  /** `host`, or its nip.io placeholder. */
  readonly shownHost: string;
  /** `url`, or its nip.io placeholder. */
  readonly shownUrl: string;
}

export function resolveTls(env: Environment): TlsPlan {
  const t = env.tls;
  switch (t.mode) {
    case "none":
      return { mode: "none" };
    case "byo":
      return { mode: "byo", secretName: t.secretName };
    case "cert-manager":
      return { mode: "cert-manager", secretName: t.secretName, certManager: { ...t.certManager, email: required(t.certManager.email, "tls.certManager.email", "AR009") } };
    case "key-vault":
      return { mode: "key-vault", secretName: t.secretName, keyVault: required(t.keyVault, "tls.keyVault", "AR043") };
  }
}

export function resolveDns(env: Environment): DnsPlan {
  const d = env.dns;
  const registered = d.registeredUrl === undefined ? {} : { registeredUrl: d.registeredUrl };
  if (d.mode === "nip-io") return { mode: "nip-io", ...registered };
  const hostname = required(d.hostname, "dns.hostname", "AR016");
  if (d.mode === "external") return { mode: "external", hostname, ...registered };
  return { mode: "azure-dns", hostname, azureDns: required(d.azureDns, "dns.azureDns", "AR029"), ...registered };
}

export function resolveEndpoint(env: Environment): EndpointPlan {
  const scheme = urlScheme(env);
  const url = dataPlaneUrl(env);
  return { scheme, host: env.dns.hostname, url, shownHost: env.dns.hostname ?? NIP_IO_HOST, shownUrl: url ?? `http://${NIP_IO_HOST}` };
}

export function tlsEnabled(env: Environment): boolean {
  return env.tls.mode !== "none";
}

export function urlScheme(env: Environment): "http" | "https" {
  return tlsEnabled(env) ? "https" : "http";
}

/**
 * The Proxy URL to register (Step 8.2): `https://` exactly when TLS is on. Undefined in
 * nip.io mode, where the host depends on the gateway's IP (an output of the `-cluster` stack).
 */
export function dataPlaneUrl(env: Environment): string | undefined {
  return env.dns.hostname ? `${urlScheme(env)}://${env.dns.hostname}` : undefined;
}
