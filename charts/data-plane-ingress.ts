// Guide: Step 7.2 (the Ingress), Appendix B.1 (BYO certificate) and Step b.2.3 (cert-manager).
// One Ingress, `tars-ingress` in tars-dataplane, to Service egress:10080. The rule host and
// tls.hosts are one value, so they cannot disagree. With the WAF's API policy
// (docs/waf.md) a second Ingress, `tars-ingress-api`, routes the API paths to the same Service
// with AGIC's waf-policy-for-path annotation: AGIC merges both into one listener's URL path map
// (catch-all "/" from the first, /v1/* and /mcp/* path rules carrying the policy from the second).
import { Construct } from "constructs";
import { k8s } from "cdk8s-plus-33";
import { GUIDE_NAMES, NS_DATAPLANE, WAF_API_INGRESS } from "../plan/names";

/** AGIC: a WAF policy resource ID for every path rule of the Ingress (pkg/appgw/requestroutingrules.go getPathRules). */
export const AGIC_WAF_POLICY_ANNOTATION = "appgw.ingress.kubernetes.io/waf-policy-for-path";

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
  /**
   * Paths that run under their own WAF policy, on a second Ingress. No path may be a catch-all
   * ("/", "/*" or ""): AGIC would attach the policy to the whole listener (pkg/appgw/ingress_rules.go
   * applyToListener). @default none
   */
  readonly wafPolicyForPaths?: { readonly policyId: string; readonly paths: readonly string[] };
}

export class DataPlaneIngress extends Construct {
  readonly resource: k8s.KubeIngress;
  /** The API paths' Ingress, with `wafPolicyForPaths`. */
  readonly api?: k8s.KubeIngress;

  constructor(scope: Construct, id: string, props: DataPlaneIngressProps) {
    super(scope, id);
    if (props.tls && !props.host) {
      throw new Error(`DataPlaneIngress ${id}: tls needs host (tls.hosts must equal the rule host, guide Step b.2.3)`);
    }
    const annotations: Record<string, string> = { ...AGIC_HEALTH_PROBE_ANNOTATIONS };
    if (props.tls) annotations["appgw.ingress.kubernetes.io/ssl-redirect"] = "true";
    if (props.tls?.clusterIssuer) annotations["cert-manager.io/cluster-issuer"] = props.tls.clusterIssuer;

    const tls = props.tls && props.host ? [{ hosts: [props.host], secretName: props.tls.secretName }] : undefined;
    const rules = (paths: readonly string[]) => [
      {
        host: props.host,
        http: {
          paths: paths.map((path) => ({
            path,
            pathType: "Prefix",
            backend: { service: { name: GUIDE_NAMES.egressService, port: { number: GUIDE_NAMES.egressPort } } },
          })),
        },
      },
    ];
    this.resource = new k8s.KubeIngress(this, "Resource", {
      metadata: { name: GUIDE_NAMES.ingress, namespace: NS_DATAPLANE, annotations },
      spec: { ingressClassName: GUIDE_NAMES.ingressClass, tls, rules: rules(["/"]) },
    });

    const waf = props.wafPolicyForPaths;
    if (waf) {
      const catchAll = waf.paths.find((path) => path === "" || path === "/" || path === "/*");
      if (catchAll !== undefined || waf.paths.length === 0) {
        throw new Error(
          `DataPlaneIngress ${id}: wafPolicyForPaths.paths must be non-empty and hold no catch-all ("/", "/*", ""), got ${JSON.stringify(waf.paths)}`,
        );
      }
      // Same host, TLS Secret and probe settings; the certificate is requested once, by the first Ingress.
      const apiAnnotations: Record<string, string> = { ...AGIC_HEALTH_PROBE_ANNOTATIONS, [AGIC_WAF_POLICY_ANNOTATION]: waf.policyId };
      if (props.tls) apiAnnotations["appgw.ingress.kubernetes.io/ssl-redirect"] = "true";
      this.api = new k8s.KubeIngress(this, "Api", {
        metadata: { name: WAF_API_INGRESS, namespace: NS_DATAPLANE, annotations: apiAnnotations },
        spec: { ingressClassName: GUIDE_NAMES.ingressClass, tls, rules: rules(waf.paths) },
      });
    }
  }
}
