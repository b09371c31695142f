// Guide Appendix A (Application Gateway for Containers) and Step 3 (reusing a cluster).
import { AGIC_COMPATIBLE_CONDITION } from "../stacks/constructs/existing-aks-cluster";
import { dataOf, findObject, makeEnv, objectsOf, resourcesOf, synthStacks, type K8sObject } from "./helpers";

const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
const AGC = { azure: { subscriptionId: SUB }, ingress: { mode: "agc" } };
const SUBNET_ID = `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Network/virtualNetworks/tars-test-vnet/subnets/agc`;

describe("ingress.mode: agc, -azure stack", () => {
  const { azureJson, clusterJson } = synthStacks(makeEnv({ ...AGC, cluster: { network: { pluginMode: "overlay", dataplane: "cilium" } } }));
  const aks = resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any>;

  test("the cluster has the OIDC issuer and workload identity, and no AGIC add-on", () => {
    expect(aks).toMatchObject({ oidc_issuer_enabled: true, workload_identity_enabled: true });
    expect(aks.ingress_application_gateway).toBeUndefined();
  });

  test("Overlay and Cilium are allowed with AGC", () => {
    expect(aks.network_profile).toMatchObject({ network_plugin: "azure", network_plugin_mode: "overlay", network_data_plane: "cilium", network_policy: "cilium", pod_cidr: "10.244.0.0/16" });
  });

  test("Microsoft.ServiceNetworking is registered by the provider", () => {
    expect(azureJson.provider!.azurerm[0]).toMatchObject({ resource_providers_to_register: ["Microsoft.ServiceNetworking"] });
  });

  test("a /24 subnet delegated to Microsoft.ServiceNetworking/trafficControllers, and no App Gateway subnet", () => {
    const subnets = resourcesOf(azureJson, "azurerm_subnet");
    expect(subnets.find((s) => s.name === "agc")).toMatchObject({
      address_prefixes: ["10.226.0.0/24"],
      delegation: [{ name: "agc-delegation", service_delegation: { name: "Microsoft.ServiceNetworking/trafficControllers", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] } }],
    });
    expect(subnets.map((s) => s.name)).not.toContain("appgw");
  });

  test("a user-assigned identity for the ALB controller with its roles", () => {
    expect(resourcesOf(azureJson, "azurerm_user_assigned_identity")).toEqual([expect.objectContaining({ name: "tars-test-alb-identity" })]);
    const roles = resourcesOf(azureJson, "azurerm_role_assignment")
      .filter((r) => String(r.principal_id).includes("azurerm_user_assigned_identity"))
      .map((r) => [r.role_definition_name, String(r.scope).replace(/\w+_[0-9A-F]{8}/, "X")]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ["AppGw for Containers Configuration Manager", "${azurerm_kubernetes_cluster.X.node_resource_group_id}"],
        ["Reader", "${azurerm_kubernetes_cluster.X.node_resource_group_id}"],
        ["Network Contributor", "${azurerm_subnet.X.id}"],
      ]),
    );
    expect(roles).toHaveLength(3);
  });

  test("the identity is federated with the controller's service account through the cluster's OIDC issuer", () => {
    expect(resourcesOf(azureJson, "azurerm_federated_identity_credential")).toEqual([
      expect.objectContaining({
        subject: "system:serviceaccount:azure-alb-system:alb-controller-sa",
        audience: ["api://AzureADTokenExchange"],
        issuer: expect.stringMatching(/azurerm_kubernetes_cluster\.\w+\.oidc_issuer_url/),
      }),
    ]);
  });

  test("-cluster: the ALB controller from the MCR OCI chart, pinned, with the identity's client id", () => {
    expect(resourcesOf(clusterJson, "helm_release")).toEqual([
      expect.objectContaining({
        name: "alb-controller",
        repository: "oci://mcr.microsoft.com/application-lb/charts",
        chart: "alb-controller",
        version: "1.13.0",
        namespace: "azure-alb-system",
        set: expect.arrayContaining([
          { name: "albController.namespace", value: "azure-alb-system" },
          { name: "albController.podIdentity.clientID", value: expect.stringMatching(/terraform_remote_state.*client_id/) },
        ]),
      }),
    ]);
  });

  test("the chart version is overridable", () => {
    const { clusterJson: c } = synthStacks(makeEnv({ ...AGC, ingress: { mode: "agc", agc: { albControllerChartVersion: "1.12.4" } } }));
    expect(resourcesOf(c, "helm_release")[0].version).toBe("1.12.4");
  });
});

describe("ingress.mode: agc, YAML", () => {
  const objects = objectsOf(makeEnv(AGC));

  test("an ApplicationLoadBalancer associated with the delegated subnet, in its own namespace", () => {
    expect(findObject(objects, "Namespace", "tars-alb")).toBeDefined();
    expect(findObject(objects, "ApplicationLoadBalancer", "tars-alb")).toMatchObject({
      apiVersion: "alb.networking.azure.io/v1",
      metadata: { namespace: "tars-alb" },
      spec: { associations: [SUBNET_ID] },
    });
  });

  test("a Gateway of class azure-alb-external bound to that ALB", () => {
    expect(findObject(objects, "Gateway", "tars-gateway")).toMatchObject({
      metadata: { namespace: "tars-alb", annotations: { "alb.networking.azure.io/alb-name": "tars-alb", "alb.networking.azure.io/alb-namespace": "tars-alb" } },
      spec: { gatewayClassName: "azure-alb-external", listeners: [expect.objectContaining({ name: "http", port: 80, protocol: "HTTP" })] },
    });
  });

  test("an HTTPRoute to egress:10080 in tars-dataplane for /v1, /mcp and /.well-known", () => {
    const route = findObject(objects, "HTTPRoute", "tars-route") as K8sObject & { spec: any };
    expect(route.metadata.namespace).toBe("tars-dataplane");
    expect(route.spec.parentRefs).toEqual([{ name: "tars-gateway", namespace: "tars-alb", sectionName: "http" }]);
    expect(route.spec.rules).toEqual([
      {
        matches: ["/v1", "/mcp", "/.well-known"].map((value) => ({ path: { type: "PathPrefix", value } })),
        backendRefs: [{ name: "egress", port: 10080 }],
      },
    ]);
  });

  test("a health check that accepts 200-499 (egress answers 404 on /)", () => {
    expect(findObject(objects, "HealthCheckPolicy", "tars-egress-health").spec).toMatchObject({
      targetRef: { group: "", kind: "Service", name: "egress", namespace: "tars-dataplane" },
      default: { http: { path: "/", match: { statusCodes: [{ start: 200, end: 499 }] } } },
    });
  });

  test("no Ingress in AGC mode", () => {
    expect(objects.filter((o) => o.kind === "Ingress")).toEqual([]);
  });

  test("the subnet id in the YAML is the one the -azure stack creates", () => {
    const { azureJson } = synthStacks(makeEnv(AGC));
    expect(azureJson.output!.agc_subnet_id.description).toContain(SUBNET_ID);
  });
});

describe("AGC with TLS", () => {
  test("BYO: an HTTPS listener referencing the Secret in tars-dataplane, its ReferenceGrant, and an HTTP to HTTPS redirect", () => {
    const objects = objectsOf(makeEnv({ ...AGC, tls: { mode: "byo" } }));
    const https = (findObject(objects, "Gateway", "tars-gateway").spec as any).listeners[1];
    expect(https).toMatchObject({
      name: "https",
      port: 443,
      protocol: "HTTPS",
      hostname: "proxy.example-corp.com",
      tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: "tars-ingress-tls", namespace: "tars-dataplane" }] },
    });
    expect(findObject(objects, "ReferenceGrant", "tars-gateway-tls")).toMatchObject({
      metadata: { namespace: "tars-dataplane" },
      spec: { from: [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "tars-alb" }], to: [{ group: "", kind: "Secret", name: "tars-ingress-tls" }] },
    });
    expect((findObject(objects, "HTTPRoute", "tars-https-redirect").spec as any).rules[0].filters[0]).toEqual({
      type: "RequestRedirect",
      requestRedirect: { scheme: "https", statusCode: 301 },
    });
    expect((findObject(objects, "HTTPRoute", "tars-route").spec as any).parentRefs[0].sectionName).toBe("https");
  });

  test("cert-manager: the issuer annotation on the Gateway, the Secret next to it (no grant), an HTTP-01 solver through the Gateway", () => {
    const env = makeEnv({ ...AGC, tls: { mode: "cert-manager", certManager: { email: "platform-oncall@acme-ai.dev" } } });
    const objects = objectsOf(env);
    const gateway = findObject(objects, "Gateway", "tars-gateway") as K8sObject & { spec: any };
    expect(gateway.metadata.annotations!["cert-manager.io/cluster-issuer"]).toBe("letsencrypt-staging");
    expect(gateway.spec.listeners[1].tls.certificateRefs).toEqual([{ kind: "Secret", name: "tars-ingress-tls" }]);
    expect(objects.filter((o) => o.kind === "ReferenceGrant")).toEqual([]);
    expect((findObject(objects, "ClusterIssuer", "letsencrypt-staging").spec as any).acme.solvers).toEqual([
      { http01: { gatewayHTTPRoute: { parentRefs: [{ name: "tars-gateway", namespace: "tars-alb", kind: "Gateway" }] } } },
    ]);
    const release = resourcesOf(synthStacks(env).clusterJson, "helm_release").find((r) => r.name === "cert-manager")!;
    expect(String((release.values as string[])[0])).toContain("enableGatewayAPI: true");
  });
});

describe("reusing an existing cluster (Step 3)", () => {
  const existing = { cluster: { name: "aks-shared", existing: { resourceGroup: "rg-aks" } } };
  const { azureJson, clusterJson } = synthStacks(makeEnv(existing));

  test("reads the cluster with a data source and never creates, modifies or destroys it", () => {
    expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster")).toEqual([]);
    expect(resourcesOf(azureJson, "azurerm_virtual_network")).toEqual([]);
    expect(dataOf(azureJson, "azurerm_kubernetes_cluster")).toEqual([expect.objectContaining({ name: "aks-shared", resource_group_name: "rg-aks" })]);
  });

  test("creates only what is missing: the registry and its pull access (az aks enable-addons grants the AGIC identity its roles)", () => {
    expect(Object.keys(azureJson.resource!).sort()).toEqual(["azurerm_container_registry", "azurerm_resource_group", "azurerm_role_assignment"]);
    expect(resourcesOf(azureJson, "azurerm_role_assignment").map((r) => r.role_definition_name).sort()).toEqual(["AcrPull"]);
  });

  test("AGIC compatibility is a plan-time postcondition on the data source, pointing at agc", () => {
    const conditions = (dataOf(azureJson, "azurerm_kubernetes_cluster")[0] as any).lifecycle.postcondition;
    expect(conditions[0]).toEqual({ condition: AGIC_COMPATIBLE_CONDITION, error_message: expect.stringContaining("Set ingress.mode: agc") });
    expect(conditions[1].condition).toBe("${length(self.ingress_application_gateway) > 0}");
  });

  test("the cluster's own resource group is read, not managed, when it is the environment's too", () => {
    const same = synthStacks(makeEnv({ azure: { resourceGroup: "rg-aks" }, ...existing }));
    expect(resourcesOf(same.azureJson, "azurerm_resource_group")).toEqual([]);
    expect(dataOf(same.azureJson, "azurerm_resource_group")).toEqual([expect.objectContaining({ name: "rg-aks" })]);
  });

  test("the -cluster stack gets its credentials from the data source", () => {
    expect(clusterJson.provider!.kubernetes[0].host).toMatch(/cross-stack-output-data\.?azurerm_kubernetes_cluster/);
  });

  test("with AGC: the AGC subnet goes into the existing VNet, and the OIDC issuer is required at plan time", () => {
    const agc = synthStacks(makeEnv({ ...AGC, cluster: { name: "aks-shared", existing: { resourceGroup: "rg-aks", vnetName: "vnet-aks", vnetResourceGroup: "rg-net" } } }));
    expect(resourcesOf(agc.azureJson, "azurerm_subnet")).toEqual([expect.objectContaining({ name: "agc", virtual_network_name: "vnet-aks", resource_group_name: "rg-net" })]);
    const conditions = (dataOf(agc.azureJson, "azurerm_kubernetes_cluster")[0] as any).lifecycle.postcondition;
    expect(conditions).toEqual([expect.objectContaining({ condition: "${self.oidc_issuer_enabled}", error_message: expect.stringContaining("--enable-oidc-issuer --enable-workload-identity") })]);
  });
});

// The WAF on Application Gateway for Containers (ALB managed deployment).
describe.each(["Prevention", "Detection"] as const)("ingress.mode: agc with the WAF in %s", (mode) => {
  const env = makeEnv({ ...AGC, ingress: { mode: "agc", waf: { enabled: true, mode } } });
  const { azureJson } = synthStacks(env);
  const policies = resourcesOf(azureJson, "azurerm_web_application_firewall_policy") as Record<string, any>[];
  const POLICY_IDS = {
    gateway: `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/tars-test-waf`,
    api: `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/tars-test-waf-api`,
  };

  test("-azure: the strict and the API policy, DRS 2.1 and no rate limit whatever the file says (AGC supports neither CRS 3.2 and lower nor rate-limit rules)", () => {
    const asked = synthStacks(makeEnv({ ...AGC, ingress: { mode: "agc", waf: { enabled: true, mode, ruleSet: "CRS-3.2", api: { rateLimitPerMinute: 600 } } } })).azureJson;
    for (const p of resourcesOf(asked, "azurerm_web_application_firewall_policy") as Record<string, any>[]) {
      expect(p.managed_rules.managed_rule_set[0]).toEqual({ type: "Microsoft_DefaultRuleSet", version: "2.1" });
      expect(p.custom_rules).toBeUndefined();
    }
    expect(policies.map((p) => p.name).sort()).toEqual(["tars-test-waf", "tars-test-waf-api"]);
    for (const p of policies) {
      expect(p.policy_settings).toMatchObject({ enabled: true, mode });
      expect(p.managed_rules.managed_rule_set[0]).toEqual({ type: "Microsoft_DefaultRuleSet", version: "2.1" });
      expect(p.managed_rules.managed_rule_set.map((s: any) => s.type)).not.toContain("OWASP");
      expect(p.custom_rules ?? []).not.toContainEqual(expect.objectContaining({ rule_type: "RateLimitRule" }));
    }
  });

  test("-azure: the ALB controller's identity may join each policy (Network Contributor scoped to the policy)", () => {
    const joins = resourcesOf(azureJson, "azurerm_role_assignment").filter((r) => String(r.scope).includes("azurerm_web_application_firewall_policy"));
    expect(joins).toHaveLength(2);
    for (const r of joins) {
      expect(r).toMatchObject({ role_definition_name: "Network Contributor", principal_type: "ServicePrincipal" });
      expect(String(r.principal_id)).toContain("azurerm_user_assigned_identity");
    }
    expect(azureJson.output!.agc_waf_policy_ids.description).toContain(POLICY_IDS.gateway);
  });

  test("YAML: the gateway policy on the Gateway, the API policy on the data plane's HTTPRoute, each in its target's namespace", () => {
    const objects = objectsOf(env);
    const gateway = findObject(objects, "WebApplicationFirewallPolicy", "tars-waf-gateway") as Record<string, any>;
    const api = findObject(objects, "WebApplicationFirewallPolicy", "tars-waf-api") as Record<string, any>;
    expect(gateway.apiVersion).toBe("alb.networking.azure.io/v1");
    expect(gateway.metadata.namespace).toBe("tars-alb");
    expect(gateway.spec).toEqual({
      targetRef: { group: "gateway.networking.k8s.io", kind: "Gateway", name: "tars-gateway", namespace: "tars-alb" },
      webApplicationFirewall: { id: POLICY_IDS.gateway },
    });
    expect(api.metadata.namespace).toBe("tars-dataplane");
    expect(api.spec).toEqual({
      targetRef: { group: "gateway.networking.k8s.io", kind: "HTTPRoute", name: "tars-route", namespace: "tars-dataplane" },
      webApplicationFirewall: { id: POLICY_IDS.api },
    });
  });

  test("no Application Gateway diagnostic setting: the ALB controller, not Terraform, creates the AGC resource", () => {
    expect(resourcesOf(azureJson, "azurerm_monitor_diagnostic_setting")).toEqual([]);
  });
});

describe("ingress.mode: agc without the WAF", () => {
  test("no policy, no join role, no WebApplicationFirewallPolicy", () => {
    const env = makeEnv({ ...AGC, ingress: { mode: "agc", waf: { enabled: false } } });
    const { azureJson } = synthStacks(env);
    expect(resourcesOf(azureJson, "azurerm_web_application_firewall_policy")).toEqual([]);
    expect(azureJson.output!.agc_waf_policy_ids).toBeUndefined();
    expect(objectsOf(env).filter((o: K8sObject) => o.kind === "WebApplicationFirewallPolicy")).toEqual([]);
  });
});
