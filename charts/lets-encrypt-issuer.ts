// Guide: Step b.2.2. A Let's Encrypt ClusterIssuer with an HTTP-01 solver through the same
// ingress (AGIC) or Gateway (AGC) that serves the data plane. Cluster-scoped: no namespace.
import { Construct } from "constructs";
import { ClusterIssuer } from "../imports/cert-manager.io";

export const ACME_SERVERS = {
  "letsencrypt-staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
  "letsencrypt-prod": "https://acme-v02.api.letsencrypt.org/directory",
} as const;

export type LetsEncryptIssuerName = keyof typeof ACME_SERVERS;

export interface LetsEncryptIssuerProps {
  readonly name: LetsEncryptIssuerName;
  /** A real, monitored address for expiry notices. */
  readonly email: string;
  /** Solve HTTP-01 through this ingress class (AGIC) ... */
  readonly ingressClassName?: string;
  /** ... or through this Gateway's HTTP listener (AGC). */
  readonly gateway?: { readonly name: string; readonly namespace: string };
}

export class LetsEncryptIssuer extends Construct {
  readonly resource: ClusterIssuer;

  constructor(scope: Construct, id: string, props: LetsEncryptIssuerProps) {
    super(scope, id);
    if (!props.ingressClassName === !props.gateway) {
      throw new Error(`LetsEncryptIssuer ${id}: give exactly one of ingressClassName and gateway`);
    }
    const solver = props.gateway
      ? { http01: { gatewayHttpRoute: { parentRefs: [{ name: props.gateway.name, namespace: props.gateway.namespace, kind: "Gateway" }] } } }
      : { http01: { ingress: { ingressClassName: props.ingressClassName } } };
    this.resource = new ClusterIssuer(this, "Resource", {
      metadata: { name: props.name },
      spec: {
        acme: {
          email: props.email,
          server: ACME_SERVERS[props.name],
          privateKeySecretRef: { name: `${props.name}-account-key` },
          solvers: [solver],
        },
      },
    });
  }
}
