// Guide: Step 7.2 (the Ingress), Appendix B.1 (BYO certificate) and Step b.2.3 (cert-manager).
// One Ingress, `tars-ingress` in tars-dataplane, to Service egress:10080. The rule host and
// tls.hosts are one value, so they cannot disagree.
import { Construct } from "constructs";
import { k8s } from "cdk8s-plus-33";
import { GUIDE_NAMES, NS_DATAPLANE } from "../config/derived";

/**
 * AGIC probes GET / on the backend; egress returns 404 there. Without these two
 * annotations AGIC marks the backend unhealthy and every request returns 502 (Step 7.2).
 */
export const AGIC_HEALTH_PROBE_ANNOTATIONS = {
  "appgw.ingress.kubernetes.io/health-probe-path": "/",
  "appgw.ingress.kubernetes.io/health-probe-status-codes": "200-499",
} as const;

export interface DataPlaneIngressProps {
  /** Host of the rule (Step 8). @default any host, as in Step 7.2 */
  readonly host?: string;
  /** TLS on the gateway (Appendix B). Needs `host`. @default HTTP only */
  readonly tls?: {
    /** kubernetes.io/tls Secret in tars-dataplane, referenced by name only. */
    readonly secretName: string;
    /** ClusterIssuer that issues the certificate (B.2.3). @default the Secret is delivered (B.1) */
    readonly clusterIssuer?: string;
  };
}

export class DataPlaneIngress extends Construct {
  readonly resource: k8s.KubeIngress;

  constructor(scope: Construct, id: string, props: DataPlaneIngressProps) {
    super(scope, id);
    if (props.tls && !props.host) {
      throw new Error(`DataPlaneIngress ${id}: tls needs host (tls.hosts must equal the rule host, guide Step b.2.3)`);
    }
    const annotations: Record<string, string> = { ...AGIC_HEALTH_PROBE_ANNOTATIONS };
    if (props.tls) annotations["appgw.ingress.kubernetes.io/ssl-redirect"] = "true";
    if (props.tls?.clusterIssuer) annotations["cert-manager.io/cluster-issuer"] = props.tls.clusterIssuer;

    this.resource = new k8s.KubeIngress(this, "Resource", {
      metadata: { name: GUIDE_NAMES.ingress, namespace: NS_DATAPLANE, annotations },
      spec: {
        ingressClassName: GUIDE_NAMES.ingressClass,
        tls: props.tls && props.host ? [{ hosts: [props.host], secretName: props.tls.secretName }] : undefined,
        rules: [
          {
            host: props.host,
            http: {
              paths: [
                {
                  path: "/",
                  pathType: "Prefix",
                  backend: { service: { name: GUIDE_NAMES.egressService, port: { number: GUIDE_NAMES.egressPort } } },
                },
              ],
            },
          },
        ],
      },
    });
  }
}
