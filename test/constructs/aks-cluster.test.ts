import { AksCluster, type AksClusterProps } from "../../stacks/constructs/aks-cluster";
import { only, synthConstruct } from "./synth-construct";

const props: AksClusterProps = {
  name: "tars-test",
  resourceGroupName: "rg-test",
  location: "westeurope",
  kubernetesVersion: "1.34",
  vmSize: "Standard_D4s_v5",
  nodeCount: 3,
  maxPods: 50,
  zones: [],
  subnetId: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-test/providers/Microsoft.Network/virtualNetworks/v/subnets/s",
  network: { pluginMode: "none", dataplane: "azure", policy: "azure", serviceCidr: "10.0.0.0/16", dnsServiceIp: "10.0.0.10", podCidr: "10.244.0.0/16" },
  skuTier: "Free",
  workloadIdentity: true,
  azurePolicy: true,
  automaticUpgradeChannel: "patch",
  nodeOsUpgradeChannel: "NodeImage",
  apiServerAuthorizedIpRanges: [],
  localAccountsDisabled: false,
};

describe("AksCluster", () => {
  test("an explicit version sets the control plane and the node pool alike", () => {
    const { resource } = synthConstruct((s) => new AksCluster(s, "aks", props));
    const aks = only(resource, "azurerm_kubernetes_cluster");
    expect([aks.kubernetes_version, aks.default_node_pool.orchestrator_version]).toEqual(["1.34", "1.34"]);
  });

  test("the initial version is kept: the node pool's is left to AKS and both are ignored later", () => {
    const { resource } = synthConstruct((s) => new AksCluster(s, "aks", { ...props, keepInitialVersion: true }));
    const aks = only(resource, "azurerm_kubernetes_cluster");
    expect(aks.default_node_pool.orchestrator_version).toBeUndefined();
    expect(aks.lifecycle).toEqual({ ignore_changes: ["kubernetes_version", "default_node_pool[0].orchestrator_version"] });
  });

  test("maps a maintenance window to the provider's block", () => {
    const window = { frequency: "AbsoluteMonthly" as const, interval: 2, dayOfMonth: 15, startTime: "01:30", utcOffset: "-05:00", durationHours: 8, notAllowed: [] };
    const { resource } = synthConstruct((s) => new AksCluster(s, "aks", { ...props, autoUpgradeWindow: window }));
    expect(only(resource, "azurerm_kubernetes_cluster").maintenance_window_auto_upgrade).toEqual({
      frequency: "AbsoluteMonthly",
      interval: 2,
      day_of_month: 15,
      start_time: "01:30",
      utc_offset: "-05:00",
      duration: 8,
    });
  });

  test("fails to follow patch upgrades of an exact version, naming it", () => {
    expect(() => synthConstruct((s) => new AksCluster(s, "aks", { ...props, kubernetesVersion: "1.34.2", followPatchUpgrades: { resourceGroupName: "rg-test" } }))).toThrow(
      'AksCluster aks: kubernetesVersion must be a minor version such as 1.34 to follow patch upgrades, got "1.34.2"',
    );
  });

  test("fails on fewer than three nodes", () => {
    expect(() => synthConstruct((s) => new AksCluster(s, "aks", { ...props, nodeCount: 2 }))).toThrow("AksCluster aks: nodeCount must be at least 3 (guide: Cluster sizing), got 2");
  });

  test("Azure CNI Overlay gets the overlay mode and the pod CIDR; traditional Azure CNI neither", () => {
    const overlay = { ...props.network, pluginMode: "overlay" as const, policy: "none" as const };
    const profile = (network: AksClusterProps["network"]) => only(synthConstruct((s) => new AksCluster(s, "aks", { ...props, network })).resource, "azurerm_kubernetes_cluster").network_profile;
    expect(profile(overlay)).toMatchObject({ network_plugin: "azure", network_plugin_mode: "overlay", pod_cidr: "10.244.0.0/16" });
    expect(profile(overlay).network_policy).toBeUndefined();
    expect(profile(props.network)).toMatchObject({ network_plugin: "azure", network_policy: "azure" });
    expect(profile(props.network).network_plugin_mode).toBeUndefined();
    expect(profile(props.network).pod_cidr).toBeUndefined();
  });

  test("Entra ID names its admin groups, or without groups the tenant", () => {
    const aad = (entraId: AksClusterProps["entraId"]) =>
      only(synthConstruct((s) => new AksCluster(s, "aks", { ...props, entraId })).resource, "azurerm_kubernetes_cluster").azure_active_directory_role_based_access_control;
    expect(aad({ azureRbac: true, adminGroupObjectIds: ["g1"], tenantId: "t1" })).toEqual({ azure_rbac_enabled: true, admin_group_object_ids: ["g1"] });
    expect(aad({ azureRbac: false, adminGroupObjectIds: [], tenantId: "t1" })).toEqual({ azure_rbac_enabled: false, tenant_id: "t1" });
    expect(aad(undefined)).toBeUndefined();
  });

  test("fails to disable local accounts without Entra ID, and on Entra ID with neither groups nor tenant", () => {
    expect(() => synthConstruct((s) => new AksCluster(s, "aks", { ...props, localAccountsDisabled: true }))).toThrow(
      "AksCluster aks: localAccountsDisabled needs entraId (otherwise nobody could authenticate), got no entraId",
    );
    expect(() => synthConstruct((s) => new AksCluster(s, "aks", { ...props, entraId: { azureRbac: true, adminGroupObjectIds: [] } }))).toThrow(
      "AksCluster aks: entraId needs adminGroupObjectIds or tenantId, got neither",
    );
  });
});
