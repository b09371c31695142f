// Guide: Appendix A. Application Gateway for Containers instead of AGIC: an
// ApplicationLoadBalancer on the delegated subnet, a Gateway (class azure-alb-external), an
// HTTPRoute to egress:10080 for /v1, /mcp and /.well-known (Step 7), and the AGC counterpart
// of Step 7.2's health-probe fix. TLS through cert-manager (the Gateway's issuer annotation)
// or a BYO Secret, with the ReferenceGrant a cross-namespace Secret needs.
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";
import { AGC_NAMES, DATA_PLANE_PATH_PREFIXES, GUIDE_NAMES, NS_DATAPLANE } from "../plan/names";
import { ApplicationLoadBalancer, HealthCheckPolicy, WebApplicationFirewallPolicy } from "../imports/alb.networking.azure.io";
import {
  Gateway,
  GatewaySpecListenersAllowedRoutesNamespacesFrom,
  GatewaySpecListenersTlsMode,
  HttpRoute,
  HttpRouteSpecRulesFiltersRequestRedirectScheme,
  HttpRouteSpecRulesFiltersRequestRedirectStatusCode,
  HttpRouteSpecRulesFiltersType,
  HttpRouteSpecRulesMatchesPathType,
  ReferenceGrantV1Beta1,
  type HttpRouteSpecRules,
} from "../imports/gateway.networking.k8s.io";

export interface AgcIngressProps {
  /** Namespace of the ApplicationLoadBalancer and the Gateway (created here). */
  readonly namespace: string;
  /** Resource id of the subnet delegated to Microsoft.ServiceNetworking/trafficControllers. */
  readonly subnetId: string;
  /** Host of the listeners and the route (Step 8). @default any host */
  readonly host?: string;
  /** TLS on the Gateway (Appendix B). Needs `host`. @default HTTP only */
  readonly tls?: {
    /** kubernetes.io/tls Secret. */
    readonly secretName: string;
    /** Where the Secret lives: tars-dataplane for BYO (Step B.1), the Gateway's namespace for cert-manager. */
    readonly secretNamespace: string;
    /** ClusterIssuer that issues it through cert-manager's Gateway support. @default BYO */
    readonly clusterIssuer?: string;
  };
  /**
   * Azure WAF policies (Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies IDs)
   * the ALB controller links to the Application Gateway for Containers: `gateway` on
   * every listener of the Gateway, `route` on the data plane's HTTPRoute (/v1, /mcp,
   * /.well-known). @default no WAF
   */
  readonly waf?: { readonly gatewayPolicyId: string; readonly routePolicyId: string };
}

/** Names of the WebApplicationFirewallPolicy objects (each in its target's namespace). */
export const AGC_WAF_NAMES = { gateway: "tars-waf-gateway", route: "tars-waf-api" } as const;

export class AgcIngress extends Construct {
  readonly gateway: Gateway;
  readonly route: HttpRoute;

  constructor(scope: Construct, id: string, props: AgcIngressProps) {
    super(scope, id);
    if (props.tls && !props.host) {
      throw new Error(`AgcIngress ${id}: tls needs host (the listener hostname is what the certificate is issued for)`);
    }
    const ns = props.namespace;
    new k8s.KubeNamespace(this, "Namespace", { metadata: { name: ns } });
    new ApplicationLoadBalancer(this, "Alb", {
      metadata: { name: AGC_NAMES.alb, namespace: ns },
      spec: { associations: [props.subnetId] },
    });
    this.gateway = this.addGateway(props);
    this.route = this.addRoutes(props);
    if (props.waf) this.addWaf(ns, props.waf);

    // Step 7.2's fix, for AGC: egress returns 404 on /, so a probe must accept 200-499.
    new HealthCheckPolicy(this, "HealthCheck", {
      metadata: { name: AGC_NAMES.health, namespace: NS_DATAPLANE },
      spec: {
        targetRef: { group: "", kind: "Service", name: GUIDE_NAMES.egressService, namespace: NS_DATAPLANE },
        default: {
          interval: "5s",
          timeout: "3s",
          healthyThreshold: 1,
          unhealthyThreshold: 3,
          useTls: false,
          http: { path: "/", match: { statusCodes: [{ start: 200, end: 499 }] } },
        },
      },
    });
  }

  /** The Gateway: an HTTP listener, and with TLS an HTTPS one, on the ApplicationLoadBalancer. */
  private addGateway(props: AgcIngressProps): Gateway {
    const ns = props.namespace;
    const annotations: Record<string, string> = {
      "alb.networking.azure.io/alb-namespace": ns,
      "alb.networking.azure.io/alb-name": AGC_NAMES.alb,
    };
    if (props.tls?.clusterIssuer) annotations["cert-manager.io/cluster-issuer"] = props.tls.clusterIssuer;
    // Routes from the data plane's namespace, and cert-manager's HTTP-01 solver routes
    // (created next to the Certificate, in the Gateway's namespace).
    const allowedRoutes = {
      namespaces: {
        from: GatewaySpecListenersAllowedRoutesNamespacesFrom.SELECTOR,
        selector: { matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values: [NS_DATAPLANE, ns] }] },
      },
    };
    const https = (tls: NonNullable<AgcIngressProps["tls"]>) => ({
      name: "https",
      port: 443,
      protocol: "HTTPS",
      hostname: props.host,
      allowedRoutes,
      tls: {
        mode: GatewaySpecListenersTlsMode.TERMINATE,
        certificateRefs: [{ kind: "Secret", name: tls.secretName, namespace: tls.secretNamespace === ns ? undefined : tls.secretNamespace }],
      },
    });
    return new Gateway(this, "Gateway", {
      metadata: { name: AGC_NAMES.gateway, namespace: ns, annotations },
      spec: {
        gatewayClassName: GUIDE_NAMES.agcGatewayClass,
        listeners: [{ name: "http", port: 80, protocol: "HTTP", hostname: props.host, allowedRoutes }, ...(props.tls ? [https(props.tls)] : [])],
      },
    });
  }

  /** The data plane's HTTPRoute; with TLS, the HTTP-to-HTTPS redirect and the Secret's grant. */
  private addRoutes(props: AgcIngressProps): HttpRoute {
    const ns = props.namespace;
    const parent = (sectionName: string) => [{ name: AGC_NAMES.gateway, namespace: ns, sectionName }];
    const hostnames = props.host ? [props.host] : undefined;
    const forward: HttpRouteSpecRules = {
      matches: DATA_PLANE_PATH_PREFIXES.map((value) => ({ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value } })),
      backendRefs: [{ name: GUIDE_NAMES.egressService, port: GUIDE_NAMES.egressPort }],
    };
    const route = new HttpRoute(this, "Route", {
      metadata: { name: AGC_NAMES.route, namespace: NS_DATAPLANE },
      spec: { parentRefs: parent(props.tls ? "https" : "http"), hostnames, rules: [forward] },
    });
    if (!props.tls) return route;
    // HTTP to HTTPS (the AGIC ssl-redirect annotation's counterpart). cert-manager's solver
    // route matches /.well-known/acme-challenge/<token> exactly, so it wins over this one.
    const redirect = {
      type: HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
      requestRedirect: {
        scheme: HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
        statusCode: HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301,
      },
    };
    new HttpRoute(this, "Redirect", {
      metadata: { name: AGC_NAMES.redirect, namespace: NS_DATAPLANE },
      spec: { parentRefs: parent("http"), hostnames, rules: [{ filters: [redirect] }] },
    });
    if (props.tls.secretNamespace !== ns) {
      // A Gateway may only use a Secret in another namespace that this grant allows.
      new ReferenceGrantV1Beta1(this, "SecretGrant", {
        metadata: { name: `${AGC_NAMES.gateway}-tls`, namespace: props.tls.secretNamespace },
        spec: {
          from: [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: ns }],
          to: [{ group: "", kind: "Secret", name: props.tls.secretName }],
        },
      });
    }
    return route;
  }

  /**
   * The WAF policies. A policy's targetRef is in its own namespace (the CRD: a policy applies
   * only to traffic from its namespace). docs/azure-behaviours.md, "WAF logs and Application
   * Gateway for Containers".
   */
  private addWaf(ns: string, waf: NonNullable<AgcIngressProps["waf"]>): void {
    new WebApplicationFirewallPolicy(this, "GatewayWaf", {
      metadata: { name: AGC_WAF_NAMES.gateway, namespace: ns },
      spec: {
        targetRef: { group: "gateway.networking.k8s.io", kind: "Gateway", name: AGC_NAMES.gateway, namespace: ns },
        webApplicationFirewall: { id: waf.gatewayPolicyId },
      },
    });
    new WebApplicationFirewallPolicy(this, "RouteWaf", {
      metadata: { name: AGC_WAF_NAMES.route, namespace: NS_DATAPLANE },
      spec: {
        targetRef: { group: "gateway.networking.k8s.io", kind: "HTTPRoute", name: AGC_NAMES.route, namespace: NS_DATAPLANE },
        webApplicationFirewall: { id: waf.routePolicyId },
      },
    });
  }
}
