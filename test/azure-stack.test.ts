// The <env>-azure stack: guide Steps 3-5.3 and 7.1.
import { ContainerRegistry } from "../.gen/providers/azurerm/container-registry";
import { ResourceGroup } from "../.gen/providers/azurerm/resource-group";
import { Subnet } from "../.gen/providers/azurerm/subnet";
import { VirtualNetwork } from "../.gen/providers/azurerm/virtual-network";
import { App, TerraformStack } from "cdktf";
import { AksCluster } from "../stacks/constructs/aks-cluster";
import { ContainerRegistry as Registry } from "../stacks/constructs/container-registry";
import { dataOf, makeEnv, resourcesOf, synthStacks } from "./helpers";

const dev = synthStacks(makeEnv());
const aks = () => resourcesOf(dev.azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any>;

describe("Step 3.3: resource group", () => {
  test("is created with the environment's tags plus the project's", () => {
    expect(dev.azure).toHaveResourceWithProperties(ResourceGroup, {
      name: "rg-test",
      location: "westeurope",
      tags: { environment: "test", "managed-by": "agent-router-azure", owner: "tests" },
    });
  });
});

describe("network", () => {
  test("a VNet the project owns, with AKS's default ranges", () => {
    expect(dev.azure).toHaveResourceWithProperties(VirtualNetwork, { address_space: ["10.224.0.0/12"] });
    expect(dev.azure).toHaveResourceWithProperties(Subnet, { name: "aks-nodes", address_prefixes: ["10.224.0.0/16"] });
    expect(dev.azure).toHaveResourceWithProperties(Subnet, { name: "appgw", address_prefixes: ["10.225.0.0/24"] });
  });

  test("no AGC subnet in AGIC mode", () => {
    expect(resourcesOf(dev.azureJson, "azurerm_subnet").map((s) => s.name)).not.toContain("agc");
  });
});

describe("Step 3.4: AKS", () => {
  test("traditional Azure CNI with the Azure dataplane and no overlay", () => {
    const profile = aks().network_profile;
    expect(profile).toMatchObject({ network_plugin: "azure", network_data_plane: "azure" });
    expect(profile.network_plugin_mode).toBeUndefined();
    expect(profile.pod_cidr).toBeUndefined();
  });

  test("managed identity", () => {
    expect(aks().identity).toEqual({ type: "SystemAssigned" });
  });

  test.each([
    ["small", "Standard_B2s"],
    ["medium", "Standard_D4s_v5"],
    ["high", "Standard_D8s_v5"],
  ])("the %s tier is 3 x %s", (tier, vmSize) => {
    const { azureJson } = synthStacks(makeEnv({ cluster: { tier } }));
    expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0].default_node_pool).toMatchObject({ vm_size: vmSize, node_count: 3 });
  });

  test("a custom tier takes vmSize and nodeCount", () => {
    const { azureJson } = synthStacks(makeEnv({ cluster: { tier: "custom", vmSize: "Standard_D16s_v5", nodeCount: 5 } }));
    expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0].default_node_pool).toMatchObject({ vm_size: "Standard_D16s_v5", node_count: 5 });
  });

  test("Step 3.1: the version defaults to the region's default, read once and then left alone", () => {
    expect(dataOf(dev.azureJson, "azurerm_kubernetes_service_versions")[0]).toMatchObject({ location: "westeurope", include_preview: false });
    expect(aks().kubernetes_version).toMatch(/^\$\{data\.azurerm_kubernetes_service_versions\.\w+\.default_version\}$/);
    expect(aks().lifecycle.ignore_changes).toContain("kubernetes_version");
  });

  test("an explicit version is used as is and can be upgraded", () => {
    const { azureJson } = synthStacks(makeEnv({ cluster: { kubernetesVersion: "1.34", automaticUpgradeChannel: "none" } }));
    const cluster = resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any>;
    expect(cluster.kubernetes_version).toBe("1.34");
    expect(cluster.lifecycle).toBeUndefined();
    expect(dataOf(azureJson, "azurerm_kubernetes_service_versions")).toHaveLength(0);
  });

  test("the cluster identity can use its subnet", () => {
    const roles = resourcesOf(dev.azureJson, "azurerm_role_assignment");
    expect(roles).toContainEqual(
      expect.objectContaining({
        role_definition_name: "Network Contributor",
        principal_id: expect.stringContaining(".identity[0].principal_id"),
        scope: expect.stringContaining("azurerm_subnet.Network_ClusterSubnet"),
      }),
    );
  });

  test("fails to construct a cluster with fewer than three nodes", () => {
    const stack = new TerraformStack(new App(), "s");
    expect(
      () =>
        new AksCluster(stack, "Aks", {
          name: "c", resourceGroupName: "rg", location: "westeurope", kubernetesVersion: "1.34", vmSize: "Standard_B2s",
          nodeCount: 2, maxPods: 50, zones: [], subnetId: "id", skuTier: "Free", workloadIdentity: false,
          network: { pluginMode: "none", dataplane: "azure", policy: "calico", serviceCidr: "10.0.0.0/16", dnsServiceIp: "10.0.0.10", podCidr: "10.244.0.0/16" },
          azurePolicy: true, automaticUpgradeChannel: "patch", nodeOsUpgradeChannel: "NodeImage", apiServerAuthorizedIpRanges: [], localAccountsDisabled: false,
        }),
    ).toThrow(/AksCluster Aks: nodeCount must be at least 3 .* got 2/);
  });
});

describe("Steps 4 and 5.3: ACR", () => {
  test("Standard SKU with the admin user disabled", () => {
    expect(dev.azure).toHaveResourceWithProperties(ContainerRegistry, { name: "tarstestacr", sku: "Standard", admin_enabled: false });
  });

  test("AcrPull for the kubelet identity (the --attach-acr equivalent), no pull secret", () => {
    expect(resourcesOf(dev.azureJson, "azurerm_role_assignment")).toContainEqual(
      expect.objectContaining({
        role_definition_name: "AcrPull",
        principal_id: expect.stringContaining(".kubelet_identity[0].object_id"),
        scope: expect.stringContaining("azurerm_container_registry."),
      }),
    );
    expect(resourcesOf(dev.clusterJson, "kubernetes_secret_v1")).toHaveLength(0);
  });

  test("fails to construct a registry with an invalid name", () => {
    const stack = new TerraformStack(new App(), "s");
    expect(() => new Registry(stack, "Acr", { name: "Bad-Name", resourceGroupName: "rg", location: "westeurope" })).toThrow(
      /ContainerRegistry Acr: name must be 5-50 lowercase letters or digits, got "Bad-Name"/,
    );
  });
});

describe("Step 7.1: AGIC, the gateway as a resource of the -azure stack (defect 2)", () => {
  const gateways = () => resourcesOf(dev.azureJson, "azurerm_application_gateway") as Record<string, any>[];
  const agicRoles = (json = dev.azureJson) =>
    resourcesOf(json, "azurerm_role_assignment").filter((r) => String(r.principal_id).includes("ingress_application_gateway_identity[0].object_id"));

  test("App Gateway <cluster>-appgw, Standard_v2, on the App Gateway subnet, with a static Standard public IP", () => {
    expect(gateways()).toHaveLength(1);
    const gw = gateways()[0];
    expect(gw).toMatchObject({ name: "tars-test-appgw", resource_group_name: expect.stringContaining("azurerm_resource_group") });
    expect(gw.sku).toEqual({ name: "Standard_v2", tier: "Standard_v2", capacity: 2 });
    expect(gw.gateway_ip_configuration[0].subnet_id).toContain("azurerm_subnet.Network_AppGatewaySubnet");
    expect(gw.frontend_ip_configuration[0].public_ip_address_id).toMatch(/azurerm_public_ip\.\w+\.id/);
    expect(resourcesOf(dev.azureJson, "azurerm_public_ip")).toEqual([
      expect.objectContaining({ name: "tars-test-appgw-pip", allocation_method: "Static", sku: "Standard" }),
    ]);
  });

  test("Terraform leaves alone every block AGIC rewrites, tags included", () => {
    expect([...gateways()[0].lifecycle.ignore_changes].sort()).toEqual(
      [
        "backend_address_pool",
        "backend_http_settings",
        "frontend_port",
        "http_listener",
        "probe",
        "redirect_configuration",
        "request_routing_rule",
        "rewrite_rule_set",
        "ssl_certificate",
        "tags",
        "url_path_map",
      ].sort(),
    );
  });

  test("the add-on is attached to that gateway by ID (no gateway_name, no subnet: the add-on creates nothing)", () => {
    expect(aks().ingress_application_gateway).toEqual({ gateway_id: expect.stringMatching(/^\$\{azurerm_application_gateway\.\w+\.id\}$/) });
  });

  test("the add-on identity gets Contributor on the gateway, Reader on its resource group, join on its subnet and public IP", () => {
    expect(agicRoles().map((r) => [r.role_definition_name, String(r.scope).replace(/\$\{(\w+)\.\w+\.id\}/, "$1")]).sort()).toEqual(
      [
        ["Contributor", "azurerm_application_gateway"],
        ["Network Contributor", "azurerm_public_ip"],
        ["Network Contributor", "azurerm_subnet"],
        ["Reader", "azurerm_resource_group"],
      ].sort(),
    );
  });

  test("no role assignment on the node resource group, which does not exist before the apply (defect 5)", () => {
    for (const r of resourcesOf(dev.azureJson, "azurerm_role_assignment")) {
      expect(String(r.scope)).not.toContain("node_resource_group_id");
    }
  });

  test("the guide's add-on-created gateway stays available: ingress.agic.gateway: addon", () => {
    const { azureJson } = synthStacks(makeEnv({ ingress: { agic: { gateway: "addon" } } }));
    expect(resourcesOf(azureJson, "azurerm_application_gateway")).toEqual([]);
    expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0].ingress_application_gateway).toEqual({
      gateway_name: "tars-test-appgw",
      subnet_id: expect.stringContaining("azurerm_subnet.Network_AppGatewaySubnet"),
    });
    expect(agicRoles(azureJson).map((r) => [r.role_definition_name, r.scope])).toEqual([
      ["Network Contributor", expect.stringContaining("azurerm_subnet.Network_AppGatewaySubnet")],
    ]);
  });

  test("the public IP is an output, known once this stack is applied (Step 7.3)", () => {
    expect(dev.azureJson.output!.app_gateway_public_ip.value).toMatch(/azurerm_public_ip\.\w+\.ip_address/);
  });

  test("a production environment puts the gateway and its IP in the cluster's zones", () => {
    const { azureJson } = synthStacks(makeEnv({ cluster: { availabilityZones: ["1", "2", "3"] } }));
    expect(resourcesOf(azureJson, "azurerm_application_gateway")[0].zones).toEqual(["1", "2", "3"]);
    expect(resourcesOf(azureJson, "azurerm_public_ip")[0].zones).toEqual(["1", "2", "3"]);
  });
});

describe("OIDC issuer (defect 4)", () => {
  test("is always enabled, AGIC clusters included: AKS 1.34+ enables it and cannot disable it", () => {
    expect(aks().oidc_issuer_enabled).toBe(true);
    expect(aks().workload_identity_enabled).toBe(false);
  });
});

describe("reusing a cluster (defect 3)", () => {
  test("no AGIC role assignment: az aks enable-addons grants them, and the data source's subnet_id is empty with --appgw-subnet-cidr", () => {
    const { azureJson } = synthStacks(makeEnv({ cluster: { existing: { resourceGroup: "rg-aks" } } }));
    for (const r of resourcesOf(azureJson, "azurerm_role_assignment")) {
      expect(String(r.scope)).not.toContain("ingress_application_gateway");
      expect(String(r.principal_id)).not.toContain("ingress_application_gateway");
    }
    expect(resourcesOf(azureJson, "azurerm_application_gateway")).toEqual([]);
  });
});

describe("destroy with Application Insights (defect 7)", () => {
  const AZMON = { observability: { exporters: { azureMonitor: {} } } };
  const features = (json: ReturnType<typeof synthStacks>["azureJson"]) => (json.provider!.azurerm[0] as any).features;

  test("the -azure stack may delete its own resource group although Azure added Smart Detection resources to it", () => {
    expect(features(synthStacks(makeEnv(AZMON)).azureJson)).toEqual([{ resource_group: [{ prevent_deletion_if_contains_resources: false }] }]);
  });

  test("the provider's default check stays where no Application Insights is created, or where the group is not the stack's own", () => {
    expect(features(dev.azureJson)).toEqual([{}]);
    const reused = synthStacks(makeEnv({ ...AZMON, cluster: { existing: { resourceGroup: "rg-test" } } }));
    expect(features(reused.azureJson)).toEqual([{}]);
  });
});

describe("outputs", () => {
  test("cluster name and id, node resource group, ACR login server, AGIC identity, get-credentials command", () => {
    const outputs = dev.azureJson.output!;
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(["cluster_name", "cluster_id", "node_resource_group", "acr_login_server", "agic_identity_object_id", "get_credentials_command"]),
    );
    expect(outputs.get_credentials_command.value).toBe(
      "az aks get-credentials --resource-group rg-test --name tars-test --file ~/kubeconfig-tars-test",
    );
  });

  test("cluster credentials leave the stack only as sensitive outputs", () => {
    const crossStack = Object.entries(dev.azureJson.output!).filter(([k]) => k.startsWith("cross-stack-output-"));
    expect(crossStack.length).toBeGreaterThan(0);
    for (const [, o] of crossStack) expect(o.sensitive).toBe(true);
  });
});

describe("pricing tier", () => {
  test("non-production defaults to Free, production to Standard (uptime SLA)", () => {
    expect(aks().sku_tier).toBe("Free");
    const prod = synthStacks(makeEnv({ production: true, azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, cluster: { tier: "medium" }, tls: { mode: "byo" } }));
    expect(resourcesOf(prod.azureJson, "azurerm_kubernetes_cluster")[0].sku_tier).toBe("Standard");
  });
});

describe("cluster access: Entra ID and local accounts", () => {
  const PROD = { production: true, azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, cluster: { tier: "medium" }, tls: { mode: "byo" } };
  const aksOf = (patch: Record<string, unknown>) => resourcesOf(synthStacks(makeEnv(patch)).azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any>;

  test("production defaults to Entra ID with Azure RBAC and local accounts disabled (no cluster-admin key exists)", () => {
    const { azureJson } = synthStacks(makeEnv(PROD));
    const cluster = resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any>;
    expect(cluster.local_account_disabled).toBe(true);
    // No admin group: the tenant of the identity that applies the stack; access through Azure role assignments.
    expect(cluster.azure_active_directory_role_based_access_control).toEqual({ azure_rbac_enabled: true, tenant_id: "${data.azurerm_client_config.ClientConfig.tenant_id}" });
    expect(dataOf(azureJson, "azurerm_client_config")).toHaveLength(1);
    // Nothing hands a client certificate or key to the -cluster stack.
    expect(JSON.stringify(azureJson.output)).not.toMatch(/client_key|client_certificate/);
  });

  test("admin groups, when given, replace the tenant (azurerm wants one of the two)", () => {
    const groups = ["0b5a1e8c-2f4d-4c11-9a77-5d3e2c1b0a99"];
    const { azureJson } = synthStacks(makeEnv({ ...PROD, cluster: { tier: "medium", entraId: { adminGroupObjectIds: groups } } }));
    const cluster = resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any>;
    expect(cluster.azure_active_directory_role_based_access_control).toEqual({ azure_rbac_enabled: true, admin_group_object_ids: groups });
    expect(dataOf(azureJson, "azurerm_client_config")).toEqual([]);
  });

  test("production can turn local accounts back on (AR051 warns); non-production keeps the previous defaults", () => {
    expect(aksOf({ ...PROD, cluster: { tier: "medium", localAccountsDisabled: false } })).toMatchObject({ local_account_disabled: false, azure_active_directory_role_based_access_control: { azure_rbac_enabled: true } });
    expect(aksOf({ ...PROD, cluster: { tier: "medium", entraId: { enabled: false } } })).toMatchObject({ local_account_disabled: false });
    expect(aksOf({ ...PROD, cluster: { tier: "medium", entraId: { enabled: false } } }).azure_active_directory_role_based_access_control).toBeUndefined();
    expect(aks().local_account_disabled).toBe(false);
    expect(aks().azure_active_directory_role_based_access_control).toBeUndefined();
  });

  test("fails to construct a cluster without local accounts and without Entra ID", () => {
    const stack = new TerraformStack(new App(), "s");
    expect(
      () =>
        new AksCluster(stack, "Aks", {
          name: "c", resourceGroupName: "rg", location: "westeurope", kubernetesVersion: "1.34", vmSize: "Standard_B2s",
          nodeCount: 3, maxPods: 50, zones: [], subnetId: "id", skuTier: "Free", workloadIdentity: false,
          network: { pluginMode: "none", dataplane: "azure", policy: "calico", serviceCidr: "10.0.0.0/16", dnsServiceIp: "10.0.0.10", podCidr: "10.244.0.0/16" },
          azurePolicy: true, automaticUpgradeChannel: "patch", nodeOsUpgradeChannel: "NodeImage", apiServerAuthorizedIpRanges: [], localAccountsDisabled: true,
        }),
    ).toThrow(/AksCluster Aks: localAccountsDisabled needs entraId .*got no entraId/);
  });
});

test("stack output is deterministic", () => {
  expect(synthStacks(makeEnv()).azure).toBe(dev.azure);
});
