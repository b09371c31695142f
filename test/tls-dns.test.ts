// Guide Steps 7.3-8 and Appendix B: every TLS mode and DNS path, on both outputs.
import { ACME_SERVERS } from "../charts/lets-encrypt-issuer";
import { recordName } from "../stacks/constructs/dns-record";
import { dataOf, findObject, makeEnv, objectsOf, resourcesOf, synthStacks, type K8sObject } from "./helpers";

const HEALTH = {
  "appgw.ingress.kubernetes.io/health-probe-path": "/",
  "appgw.ingress.kubernetes.io/health-probe-status-codes": "200-499",
  "argocd.argoproj.io/sync-wave": "0",
};
const CM = { mode: "cert-manager", certManager: { email: "platform-oncall@acme-ai.dev" } };
const ingressOf = (objects: K8sObject[]) => findObject(objects, "Ingress", "tars-ingress") as K8sObject & { spec: any };

describe("tls.mode: none (Step 7.2)", () => {
  const env = makeEnv();
  const ingress = ingressOf(objectsOf(env));

  test("HTTP only: no tls block, no redirect, the health-probe annotations stay", () => {
    expect(ingress.spec.tls).toBeUndefined();
    expect(ingress.metadata.annotations).toEqual(HEALTH);
  });

  test("the URL to register is http://", () => {
    expect(synthStacks(env).clusterJson.output!.data_plane_url.value).toBe("http://proxy.example-corp.com");
  });
});

describe("tls.mode: byo (Appendix B.1)", () => {
  const env = makeEnv({ tls: { mode: "byo" } });
  const objects = objectsOf(env);
  const ingress = ingressOf(objects);

  test("tls block with the host and tars-ingress-tls, host scoping, ssl-redirect, health probes", () => {
    expect(ingress.spec.tls).toEqual([{ hosts: ["proxy.example-corp.com"], secretName: "tars-ingress-tls" }]);
    expect(ingress.spec.rules[0].host).toBe("proxy.example-corp.com");
    expect(ingress.metadata.annotations).toEqual({ ...HEALTH, "appgw.ingress.kubernetes.io/ssl-redirect": "true" });
  });

  test("the certificate never enters the output: the Secret is referenced by name only", () => {
    expect(objects.filter((o) => o.kind === "Secret")).toEqual([]);
    expect(resourcesOf(synthStacks(env).clusterJson, "kubernetes_secret_v1")).toEqual([]);
  });

  test("a custom Secret name is used everywhere", () => {
    const custom = ingressOf(objectsOf(makeEnv({ tls: { mode: "byo", secretName: "corp-wildcard" } })));
    expect(custom.spec.tls[0].secretName).toBe("corp-wildcard");
  });

  test("the URL to register is https://", () => {
    expect(synthStacks(env).clusterJson.output!.data_plane_url.value).toBe("https://proxy.example-corp.com");
  });
});

describe("tls.mode: cert-manager (Appendix B.2)", () => {
  const env = makeEnv({ tls: CM });
  const objects = objectsOf(env);
  const ingress = ingressOf(objects);
  const { clusterJson } = synthStacks(env);

  test("B.2.1: the jetstack chart, pinned v1.18.2, namespace cert-manager, crds.enabled=true", () => {
    expect(resourcesOf(clusterJson, "helm_release")).toEqual([
      expect.objectContaining({
        name: "cert-manager",
        repository: "https://charts.jetstack.io",
        chart: "cert-manager",
        version: "v1.18.2",
        namespace: "cert-manager",
        create_namespace: true,
        set: [{ name: "crds.enabled", value: "true" }],
      }),
    ]);
  });

  test("B.2.2: a cluster-scoped ClusterIssuer (staging by default) with an HTTP-01 solver through AGIC", () => {
    const issuer = findObject(objects, "ClusterIssuer", "letsencrypt-staging");
    expect(issuer.metadata.namespace).toBeUndefined();
    expect(issuer.spec).toEqual({
      acme: {
        email: "platform-oncall@acme-ai.dev",
        server: "https://acme-staging-v02.api.letsencrypt.org/directory",
        privateKeySecretRef: { name: "letsencrypt-staging-account-key" },
        solvers: [{ http01: { ingress: { ingressClassName: "azure-application-gateway" } } }],
      },
    });
  });

  test("letsencrypt-prod uses the production ACME server", () => {
    const prod = objectsOf(makeEnv({ tls: { ...CM, certManager: { ...CM.certManager, issuer: "letsencrypt-prod", stagingVerified: true } } }));
    expect((findObject(prod, "ClusterIssuer", "letsencrypt-prod").spec as any).acme.server).toBe(ACME_SERVERS["letsencrypt-prod"]);
    expect(ingressOf(prod).metadata.annotations!["cert-manager.io/cluster-issuer"]).toBe("letsencrypt-prod");
  });

  test("B.2.3: issuer annotation, ssl-redirect, health probes, and tls.hosts equal to the rule host", () => {
    expect(ingress.metadata.annotations).toEqual({
      ...HEALTH,
      "appgw.ingress.kubernetes.io/ssl-redirect": "true",
      "cert-manager.io/cluster-issuer": "letsencrypt-staging",
    });
    expect(ingress.spec.tls[0].hosts).toEqual([ingress.spec.rules[0].host]);
    expect(ingress.spec.tls[0].secretName).toBe("tars-ingress-tls");
  });

  test("the ClusterIssuer waits for cert-manager's CRD under Argo CD", () => {
    expect(findObject(objects, "ClusterIssuer", "letsencrypt-staging").metadata.annotations).toMatchObject({
      "argocd.argoproj.io/sync-options": "SkipDryRunOnMissingResource=true",
    });
  });
});

describe("DNS (Step 8)", () => {
  const AZURE_DNS = { mode: "azure-dns", azureDns: { zoneName: "example-corp.com", resourceGroup: "rg-dns" } };

  test("azure-dns: an alias A record to the public IP the -azure stack created, with no read of the gateway (defect 2)", () => {
    const { clusterJson } = synthStacks(makeEnv({ dns: AZURE_DNS }));
    expect(dataOf(clusterJson, "azurerm_application_gateway")).toEqual([]);
    expect(dataOf(clusterJson, "azurerm_resources")).toEqual([]);
    expect(resourcesOf(clusterJson, "azurerm_dns_a_record")).toEqual([
      {
        name: "proxy",
        zone_name: "example-corp.com",
        resource_group_name: "rg-dns",
        ttl: 300,
        target_resource_id: expect.stringMatching(/^\$\{data\.terraform_remote_state\.\S+\.outputs\.\S*AppGateway_PublicIp\S*id\S*\}$/),
        tags: { environment: "test", "managed-by": "agent-router-azure", owner: "tests" },
      },
    ]);
  });

  test("azure-dns with the add-on's gateway (ingress.agic.gateway: addon): read from the node resource group once it exists", () => {
    const { clusterJson } = synthStacks(makeEnv({ dns: AZURE_DNS, ingress: { agic: { gateway: "addon" } } }));
    const gateway = dataOf(clusterJson, "azurerm_application_gateway")[0];
    expect(gateway).toMatchObject({ name: "tars-test-appgw", resource_group_name: expect.stringMatching(/terraform_remote_state.*node_resource_group/) });
    const locals = (clusterJson as { locals?: Record<string, string> }).locals!;
    expect(Object.values(locals)).toEqual([
      expect.stringMatching(/^\$\{one\(\[for f in data\.azurerm_application_gateway\.\w+\.frontend_ip_configuration : f\.public_ip_address_id if/),
    ]);
    expect(resourcesOf(clusterJson, "azurerm_dns_a_record")[0].target_resource_id).toMatch(/^\$\{local\.\w+\}$/);
  });

  test("with the add-on's gateway, a missing gateway stops the plan with a wait-and-re-run message, never a provider error (defect 2)", () => {
    const { clusterJson } = synthStacks(makeEnv({ dns: AZURE_DNS, ingress: { agic: { gateway: "addon" } } }));
    const [exists] = Object.entries(clusterJson.data!.azurerm_resources);
    expect(exists[1]).toMatchObject({ name: "tars-test-appgw", type: "Microsoft.Network/applicationGateways" });
    const post = (exists[1] as any).lifecycle.postcondition[0];
    expect(post.condition).toBe("${length(self.resources) == 1}");
    expect(post.error_message).toMatch(/does not exist yet .* Wait until .* then re-run the apply of test-cluster/);
    expect(dataOf(clusterJson, "azurerm_application_gateway")[0].depends_on).toEqual([`data.azurerm_resources.${exists[0]}`]);
  });
  test("record names are relative to the zone; the apex is @", () => {
    expect(recordName("proxy.example.com", "example.com")).toBe("proxy");
    expect(recordName("a.b.example.com", "example.com")).toBe("a.b");
    expect(recordName("example.com", "example.com")).toBe("@");
    expect(() => recordName("proxy.other.com", "example.com")).toThrow(/not inside zone/);
  });

  test("external: no DNS resources; the hostname is still the rule host", () => {
    const env = makeEnv();
    const { clusterJson } = synthStacks(env);
    expect(resourcesOf(clusterJson, "azurerm_dns_a_record")).toEqual([]);
    expect(clusterJson.provider!.azurerm).toBeUndefined();
    expect(ingressOf(objectsOf(env)).spec.rules[0].host).toBe("proxy.example-corp.com");
  });

  test("nip-io: the URL is http://<gateway-ip>.nip.io, from the public IP the -azure stack created (known at plan time); the Ingress has no host", () => {
    const env = makeEnv({ dns: { mode: "nip-io", hostname: undefined } });
    const { clusterJson } = synthStacks(env);
    expect(dataOf(clusterJson, "azurerm_public_ip")).toEqual([]);
    expect(clusterJson.provider!.azurerm).toBeUndefined();
    expect(clusterJson.output!.data_plane_url.value).toMatch(/^http:\/\/\$\{data\.terraform_remote_state\.\S+ip_address\S*\}\.nip\.io$/);
    expect(ingressOf(objectsOf(env)).spec.rules[0].host).toBeUndefined();
  });

  test("nip-io with the add-on's gateway: the IP is read from the gateway's public IP", () => {
    const { clusterJson } = synthStacks(makeEnv({ dns: { mode: "nip-io", hostname: undefined }, ingress: { agic: { gateway: "addon" } } }));
    expect(dataOf(clusterJson, "azurerm_public_ip")).toHaveLength(1);
    expect(clusterJson.output!.data_plane_url.value).toMatch(/^http:\/\/\$\{data\.azurerm_public_ip\.\w+\.ip_address\}\.nip\.io$/);
  });
});
