// Which arguments of each Terraform resource type the stacks create force a replacement when
// they change: the provider schemas' `ForceNew: true` (SDKv2), `RequiresReplace` (plugin
// framework, kubernetes_manifest) and the CustomizeDiff rules that force a new resource in some
// transitions only (ForceNewIf, ForceNewIfChange), read at the source of the pinned providers (docs/azure-behaviours.md, "Changes that
// replace a resource"). A type the stacks create and this table misses fails
// test/replacements.test.ts, so a new construct cannot slip past the replacement guard.

/** One argument, as a dotted path into the synthesized resource (blocks are objects or one-element lists). */
export interface ForceNewArgument {
  readonly path: string;
  /** A set (TypeSet): order does not matter. */
  readonly set?: boolean;
  /**
   * ForceNewIfChange: replaces only in some transitions. "from-set": once it had a value (AKS
   * network_policy, network_data_plane, pod_cidr; Log Analytics sku); "unless-overlay": unless the
   * new value is overlay (AKS network_plugin_mode: moving to Azure CNI Overlay is an in-place migration).
   */
  readonly when?: "from-set" | "unless-overlay";
  /**
   * Transitions the provider updates in place although the argument otherwise replaces:
   * [from, to], compared case-insensitively as strings, "*" for any value (AKS network_policy
   * calico to cilium, oidc_issuer_enabled false to true).
   */
  readonly inPlace?: readonly (readonly [unknown, unknown])[];
  /** inPlace applies only when the new configuration has this value at this other path (case-insensitive). */
  readonly inPlaceIf?: { readonly path: string; readonly value: string };
  /** Optional and Computed: removed from the configuration, Terraform keeps the state's value (no change). */
  readonly computed?: boolean;
  /** Optional with a Default: unset in the configuration (or in the record) means this value. */
  readonly default?: unknown;
  /**
   * The provider's DiffSuppressFunc: "case" (suppress.CaseDifference), "location"
   * (location.DiffSuppressFunc: lower case, spaces removed, so "West Europe" is "westeurope").
   */
  readonly compare?: "case" | "location";
  /** Read by the provider from the same value as this other argument (a renamed argument): compared with it when this one was unset. */
  readonly sameAs?: string;
}

const arg = (path: string, extra: Omit<ForceNewArgument, "path"> = {}): ForceNewArgument => ({ path, ...extra });

/**
 * commonschema.ResourceGroupName() and commonschema.Location() are both ForceNew (go-azure-helpers,
 * vendored at v4.79.0); Location() suppresses differences of case and spaces.
 */
const NAMED = [arg("name"), arg("resource_group_name"), arg("location", { compare: "location" })];

/**
 * azurerm 4.79.0 (hashicorp/terraform-provider-azurerm, tag v4.79.0, internal/services/...);
 * helm 3.0.2 (tag v3.0.2, helm/resource_helm_release.go); kubernetes 2.38.0 (tag v2.38.0,
 * kubernetes/schema_metadata.go, manifest/provider/plan.go). What the stacks never set is left out
 * (docs/azure-behaviours.md lists those too).
 */
export const FORCE_NEW: Readonly<Record<string, readonly ForceNewArgument[]>> = {
  // resource/resource_group_resource.go
  azurerm_resource_group: [arg("name"), arg("location", { compare: "location" })],
  // network/virtual_network_resource.go (address_space updates in place)
  azurerm_virtual_network: [...NAMED, arg("edge_zone")],
  // network/subnet_resource.go (address_prefixes and delegation update in place)
  azurerm_subnet: [arg("name"), arg("resource_group_name"), arg("virtual_network_name")],
  // containers/kubernetes_cluster_resource.go: the schema and CustomizeDiff (ForceNewIf, ForceNewIfChange,
  // d.ForceNew). default_node_pool's own arguments change by rotating the pool
  // (temporary_name_for_rotation), not the cluster; its name is ForceNewIf (unless a failed rotation left
  // the temporary name).
  azurerm_kubernetes_cluster: [
    ...NAMED,
    arg("dns_prefix"),
    arg("dns_prefix_private_cluster"),
    arg("node_resource_group", { computed: true }),
    arg("private_cluster_enabled", { default: false }),
    arg("private_dns_zone_id", { computed: true }),
    arg("role_based_access_control_enabled", { default: true }),
    arg("disk_encryption_set_id"),
    arg("edge_zone"),
    arg("default_node_pool.name"),
    // ForceNewIfChange: the API cannot disable the OIDC issuer once enabled (Default true).
    arg("oidc_issuer_enabled", { default: true, inPlace: [[false, true]] }),
    // d.ForceNew on any change, except kubenet to azure with network_plugin_mode overlay (a migration).
    arg("network_profile.network_plugin", { inPlace: [["kubenet", "azure"]], inPlaceIf: { path: "network_profile.network_plugin_mode", value: "overlay" } }),
    arg("network_profile.network_mode", { computed: true }),
    arg("network_profile.dns_service_ip", { computed: true }),
    arg("network_profile.pod_cidr", { computed: true, when: "from-set" }),
    arg("network_profile.pod_cidrs", { computed: true, when: "from-set" }),
    arg("network_profile.service_cidr", { computed: true }),
    arg("network_profile.service_cidrs", { computed: true }),
    arg("network_profile.load_balancer_sku", { default: "standard" }),
    arg("network_profile.ip_versions", { computed: true }),
    arg("network_profile.network_policy", { computed: true, when: "from-set", inPlace: [["azure", "cilium"], ["calico", "cilium"]] }),
    arg("network_profile.network_data_plane", { default: "azure", when: "from-set", inPlace: [["azure", "cilium"]] }),
    arg("network_profile.network_plugin_mode", { when: "unless-overlay" }),
  ],
  // containers/container_registry_resource.go (sku and admin_enabled update in place)
  azurerm_container_registry: [...NAMED, arg("zone_redundancy_enabled", { default: false })],
  // network/public_ip_resource.go
  azurerm_public_ip: [
    ...NAMED,
    arg("edge_zone"),
    arg("ip_version", { default: "IPv4" }),
    arg("sku", { default: "Standard" }),
    arg("sku_tier", { default: "Regional" }),
    arg("public_ip_prefix_id"),
    arg("ip_tags"),
    arg("zones", { set: true }),
  ],
  // network/application_gateway_resource.go
  azurerm_application_gateway: [...NAMED, arg("zones", { set: true })],
  // network/web_application_firewall_policy_resource.go: resource_group_name is
  // azure.SchemaResourceGroupNameDiffSuppress() (helpers/azure/deprecated_soon.go: ForceNew, CaseDifference)
  azurerm_web_application_firewall_policy: [arg("name"), arg("resource_group_name", { compare: "case" }), arg("location", { compare: "location" })],
  // managedidentity/user_assigned_identity_resource.go
  azurerm_user_assigned_identity: [...NAMED],
  // managedidentity/federated_identity_credential_resource.go (issuer, subject and audience update in place).
  // v4.79.0: parent_id (deprecated) and user_assigned_identity_id are ForceNew, Optional, Computed and
  // ExactlyOneOf, both read from the identity's ID, so moving from parent_id to user_assigned_identity_id
  // with the same identity is no change. resource_group_name is ResourceGroupNameDeprecatedComputed(): not ForceNew.
  azurerm_federated_identity_credential: [
    arg("name"),
    arg("parent_id", { computed: true, sameAs: "user_assigned_identity_id" }),
    arg("user_assigned_identity_id", { computed: true, sameAs: "parent_id" }),
  ],
  // authorization/role_assignment_resource.go: every argument but skip_service_principal_aad_check
  // (no Update); name, role_definition_id, role_definition_name, principal_type, condition_version
  // are Optional and Computed; the role definition's id and name suppress case differences.
  azurerm_role_assignment: [
    arg("name", { computed: true }),
    arg("scope"),
    arg("role_definition_id", { computed: true, compare: "case" }),
    arg("role_definition_name", { computed: true, compare: "case" }),
    arg("principal_id"),
    arg("principal_type", { computed: true }),
    arg("description"),
    arg("condition"),
    arg("condition_version", { computed: true }),
    arg("delegated_managed_identity_resource_id"),
  ],
  // authorization/role_definition_resource.go
  azurerm_role_definition: [arg("role_definition_id", { computed: true }), arg("scope")],
  // loganalytics/log_analytics_workspace_resource.go: sku is Optional, Computed, and ForceNew in
  // CustomizeDiff unless it had no value or LACluster, or moves between CapacityReservation and PerGB2018.
  azurerm_log_analytics_workspace: [
    ...NAMED,
    arg("sku", { computed: true, when: "from-set", inPlace: [["LACluster", "*"], ["CapacityReservation", "PerGB2018"], ["PerGB2018", "CapacityReservation"]] }),
  ],
  // applicationinsights/application_insights_resource.go (workspace_id updates in place)
  azurerm_application_insights: [...NAMED, arg("application_type")],
  // applicationinsights/application_insights_workbook_resource.go
  azurerm_application_insights_workbook: [...NAMED, arg("storage_container_id")],
  // monitor/monitor_data_collection_rule_resource.go (kind: ForceNew once set, in CustomizeDiff; never set)
  azurerm_monitor_data_collection_rule: [...NAMED],
  // monitor/monitor_data_collection_rule_association_resource.go: name Default "configurationAccessEndpoint"
  azurerm_monitor_data_collection_rule_association: [arg("name", { default: "configurationAccessEndpoint" }), arg("target_resource_id")],
  // monitor/monitor_diagnostic_setting_resource.go
  azurerm_monitor_diagnostic_setting: [arg("name"), arg("target_resource_id")],
  // dns/dns_a_record_resource.go
  azurerm_dns_a_record: [arg("name"), arg("resource_group_name"), arg("zone_name")],
  // containers/kubernetes_cluster_extension_resource.go (v4.79.0): release_train,
  // release_namespace and target_namespace are Optional+Computed.
  azurerm_kubernetes_cluster_extension: [
    arg("name"),
    arg("cluster_id"),
    arg("extension_type"),
    arg("plan.name"),
    arg("plan.product"),
    arg("plan.publisher"),
    arg("plan.promotion_code"),
    arg("plan.version"),
    arg("release_train", { computed: true }),
    arg("release_namespace", { computed: true }),
    arg("target_namespace", { computed: true }),
    arg("version"),
  ],
  // containers/kubernetes_flux_configuration_resource.go (v4.79.0)
  azurerm_kubernetes_flux_configuration: [arg("name"), arg("cluster_id"), arg("namespace"), arg("scope")],
  // helm/resource_helm_release.go: stringplanmodifier.RequiresReplace() on name and namespace (namespace's
  // default is $HELM_NAMESPACE or "default", so an unset namespace is not assumed to be either)
  helm_release: [arg("name"), arg("namespace")],
  // kubernetes/schema_metadata.go: metadata.name ForceNew, Optional and Computed
  kubernetes_namespace_v1: [arg("metadata.name", { computed: true })],
  // kubernetes/schema_metadata.go (metadata.namespace ForceNew, Default "default"),
  // kubernetes/resource_kubernetes_secret_v1.go (type ForceNew, Default "Opaque")
  kubernetes_secret_v1: [arg("metadata.name", { computed: true }), arg("metadata.namespace", { default: "default" }), arg("type", { default: "Opaque" })],
  // manifest/provider/plan.go: RequiresReplace on manifest.apiVersion, kind, metadata.name, and metadata.namespace for a namespaced kind
  kubernetes_manifest: [arg("manifest.apiVersion"), arg("manifest.kind"), arg("manifest.metadata.name"), arg("manifest.metadata.namespace")],
};

/** What a replacement loses, for the types where it is more than a new resource ID. */
export const LOSES: Readonly<Record<string, string>> = {
  azurerm_resource_group: "the resource group and everything in it",
  azurerm_kubernetes_cluster: "the AKS cluster, every workload and volume in it, and the data plane's registration",
  azurerm_container_registry: "the registry and every image in it",
  azurerm_public_ip: "the gateway's public IP address: DNS records and the registered Proxy URL point at the old one",
  azurerm_application_gateway: "the Application Gateway (traffic stops until AGIC has configured the new one)",
  azurerm_virtual_network: "the virtual network and its subnets (the cluster and the gateway in them)",
  azurerm_subnet: "the subnet (what is deployed in it must go first)",
  azurerm_log_analytics_workspace: "the Log Analytics workspace and its logs",
  azurerm_application_insights: "the Application Insights resource and its telemetry",
  azurerm_user_assigned_identity: "the identity: a new principal, so role assignments and federated credentials are recreated",
  azurerm_dns_a_record: "the DNS record (a gap in name resolution)",
  azurerm_kubernetes_cluster_extension: "the Flux controllers: every Flux object of the cluster is reconciled by none until the new extension runs",
};
