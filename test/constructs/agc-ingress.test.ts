import { AGC_WAF_NAMES, AgcIngress, type AgcIngressProps } from "../../charts/agc-ingress";
import { kinds, one, synthChart } from "./synth-chart";

const SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/agc";
const base: AgcIngressProps = { namespace: "alb-infra", subnetId: SUBNET, host: "proxy.example.org" };
const synth = (props: Partial<AgcIngressProps> = {}) => synthChart((s) => new AgcIngress(s, "Agc", { ...base, ...props }));

describe("AgcIngress", () => {
  test("HTTP only: the namespace, the ALB on the subnet, one listener, the route and the health check", () => {
    const objects = synth();
    expect(kinds(objects)).toEqual([
      "Namespace/alb-infra",
      "ApplicationLoadBalancer/tars-alb",
      "Gateway/tars-gateway",
      "HTTPRoute/tars-route",
      "HealthCheckPolicy/tars-egress-health",
    ]);
    expect(one(objects, "ApplicationLoadBalancer").spec).toEqual({ associations: [SUBNET] });
    const gateway = one(objects, "Gateway");
    expect(gateway.spec.listeners.map((l: { name: string; hostname: string }) => [l.name, l.hostname])).toEqual([["http", "proxy.example.org"]]);
    expect(gateway.metadata.annotations).toEqual({ "alb.networking.azure.io/alb-namespace": "alb-infra", "alb.networking.azure.io/alb-name": "tars-alb" });
    expect(one(objects, "HTTPRoute").spec.parentRefs).toEqual([{ name: "tars-gateway", namespace: "alb-infra", sectionName: "http" }]);
  });

  test("a BYO Secret in tars-dataplane: HTTPS listener referring across namespaces, the grant, the redirect", () => {
    const objects = synth({ tls: { secretName: "tars-tls", secretNamespace: "tars-dataplane" } });
    const https = one(objects, "Gateway").spec.listeners[1];
    expect(https).toMatchObject({ name: "https", port: 443, tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: "tars-tls", namespace: "tars-dataplane" }] } });
    expect(one(objects, "HTTPRoute", "tars-route").spec.parentRefs[0].sectionName).toBe("https");
    expect(one(objects, "HTTPRoute", "tars-https-redirect").spec.rules[0].filters[0]).toEqual({
      type: "RequestRedirect",
      requestRedirect: { scheme: "https", statusCode: 301 },
    });
    expect(one(objects, "ReferenceGrant").metadata.namespace).toBe("tars-dataplane");
    expect(one(objects, "ReferenceGrant").spec.to).toEqual([{ group: "", kind: "Secret", name: "tars-tls" }]);
  });

  test("cert-manager's Secret next to the Gateway: the issuer annotation, no namespace on the reference, no grant", () => {
    const objects = synth({ tls: { secretName: "tars-tls", secretNamespace: "alb-infra", clusterIssuer: "letsencrypt-prod" } });
    const gateway = one(objects, "Gateway");
    expect(gateway.metadata.annotations?.["cert-manager.io/cluster-issuer"]).toBe("letsencrypt-prod");
    expect(gateway.spec.listeners[1].tls.certificateRefs).toEqual([{ kind: "Secret", name: "tars-tls" }]);
    expect(objects.filter((o) => o.kind === "ReferenceGrant")).toEqual([]);
  });

  test("the WAF: the strict policy on the Gateway, the API policy on the route, each in its target's namespace", () => {
    const objects = synth({ waf: { gatewayPolicyId: "/x/strict", routePolicyId: "/x/api" } });
    const gateway = one(objects, "WebApplicationFirewallPolicy", AGC_WAF_NAMES.gateway);
    const route = one(objects, "WebApplicationFirewallPolicy", AGC_WAF_NAMES.route);
    expect([gateway.metadata.namespace, gateway.spec.targetRef.kind, gateway.spec.targetRef.namespace, gateway.spec.webApplicationFirewall.id]).toEqual(["alb-infra", "Gateway", "alb-infra", "/x/strict"]);
    expect([route.metadata.namespace, route.spec.targetRef.kind, route.spec.targetRef.name, route.spec.webApplicationFirewall.id]).toEqual(["tars-dataplane", "HTTPRoute", "tars-route", "/x/api"]);
  });

  test("fails with TLS and no host", () => {
    expect(() => synth({ host: undefined, tls: { secretName: "tars-tls", secretNamespace: "tars-dataplane" } })).toThrow(
      "AgcIngress Agc: tls needs host (the listener hostname is what the certificate is issued for)",
    );
  });
});
