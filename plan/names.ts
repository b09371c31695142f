// Names the guide, the vendor's tooling or the project fix: not configurable, shared by every
// output so that each object is named in exactly one place.

/** The namespaces `tare install` uses (Step 6). Fixed by the vendor's tooling. */
export const NS_SYSTEM = "tars-system";
export const NS_DATAPLANE = "tars-dataplane";

/** Names the guide fixes; other objects and the vendor's tooling refer to them. */
export const GUIDE_NAMES = {
  ingress: "tars-ingress",
  egressService: "egress",
  egressPort: 10080,
  envoyProxy: "tars-egress-proxy",
  collector: "otel-collector",
  collectorConfig: "otel-collector-config",
  azureCredsSecret: "otel-azure-creds",
  azureCredsKey: "APP_INSIGHTS_CONN_STR",
  acrPullSecret: "tars-image-pull-secret",
  ingressClass: "azure-application-gateway",
  agcGatewayClass: "azure-alb-external",
  helmRelease: "tars",
} as const;

/** Appendix A: the objects the project names for Application Gateway for Containers. */
export const AGC_NAMES = { alb: "tars-alb", gateway: "tars-gateway", route: "tars-route", redirect: "tars-https-redirect", health: "tars-egress-health" } as const;

/** Step 7: egress serves LLM APIs (/v1), MCP (/mcp) and MCP's OAuth discovery (/.well-known). */
export const DATA_PLANE_PATH_PREFIXES = ["/v1", "/mcp", "/.well-known"] as const;

export const SUBNET_NAMES = { cluster: "aks-nodes", appGateway: "appgw", agc: "agc" } as const;

/**
 * Names of what reads the Key Vault: the user-assigned identity (`-azure`), the ServiceAccounts
 * federated with it, and the SecretProviderClasses (tars-dataplane).
 */
export const KEY_VAULT_NAMES = {
  /** Suffix of the TLS sync's identity: `<cluster>-kv-identity` (the name it had when one identity served every reader). */
  identitySuffix: "-kv-identity",
  /** Suffix of the collector's identity: `<cluster>-kv-collector`. */
  collectorIdentitySuffix: "-kv-collector",
  /** ServiceAccount of the pod that keeps the TLS Secret synced. */
  tlsServiceAccount: "tars-tls-sync",
  /** SecretProviderClass of the TLS certificate. */
  tlsProviderClass: "tars-tls",
  /** SecretProviderClass of the collector's credentials. */
  collectorProviderClass: "otel-collector-secrets",
} as const;

/** The Ingress of the API paths, beside GUIDE_NAMES.ingress (which keeps "/"). */
export const WAF_API_INGRESS = "tars-ingress-api";

/** The CronJob that appends the access-log sink to tare's EnvoyProxy (charts/envoyproxy-access-log.ts). */
export const ACCESS_LOG_CRONJOB = "envoyproxy-access-log";

/** What stands for the host in nip.io mode, until the `-cluster` stack's output `data_plane_url` gives it. */
export const NIP_IO_HOST = "<gateway-ip>.nip.io";

/** The two stacks of an environment. */
export function stackNames(env: { readonly name: string }): { readonly azure: string; readonly cluster: string } {
  return { azure: `${env.name}-azure`, cluster: `${env.name}-cluster` };
}
