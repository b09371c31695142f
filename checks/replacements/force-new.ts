// Which arguments of each Terraform resource type the stacks create force a replacement when
// they change: the provider schemas' `ForceNew: true` (SDKv2) or `RequiresReplace` (plugin
// framework), read at the source of the pinned providers (docs/azure-behaviours.md, "Changes that
// replace a resource"). A type the stacks create and this table misses fails
// test/replacements.test.ts, so a new construct cannot slip past the replacement guard.

/** One argument, as a dotted path into the synthesized resource (blocks are objects or one-element lists). */
export interface ForceNewArgument {
  readonly path: string;
  /** A set (TypeSet): order does not matter. */
  readonly set?: boolean;
  /**
   * ForceNewIfChange: replaces only in some transitions. "from-set": once it had a value (AKS
   * network_policy, network_data_plane); "unless-overlay": unless the new value is overlay (AKS
   * network_plugin_mode: moving to Azure CNI Overlay is an in-place migration).
   */
  readonly when?: "from-set" | "unless-overlay";
  /** Optional and Computed: removed from the configuration, Terraform keeps the state's value (no change). */
  readonly computed?: boolean;
  /** Read by the provider from the same value as this other argument (a renamed argument): compared with it when this one was unset. */
  readonly sameAs?: string;
}

const arg = (path: string, extra: Omit<ForceNewArgument, "path"> = {}): ForceNewArgument => ({ path, ...extra });

/** commonschema.ResourceGroupName() and commonschema.Location() are both ForceNew (go-azure-helpers). */
const NAMED = ["name", "resource_group_name", "location"].map((p) => arg(p));

/**
 * azurerm 4.55.0 (hashicorp/terraform-provider-azurerm, tag v4.55.0, internal/services/...);
 * helm 3 (helm/resource_helm_release.go); kubernetes 2 (kubernetes/schema_metadata.go,
 * manifest/provider/plan.go). What the stacks never set is left out.
 */
export const FORCE_NEW: Readonly<Record<string, readonly ForceNewArgument[]>> = {
  // resource/resource_group_resource.go
  azurerm_resource_group: [arg("name"), arg("location")],
  // network/virtual_network_resource.go
  azurerm_virtual_network: [...NAMED, arg("edge_zone")],
  // network/subnet_resource.go
  azurerm_subnet: [arg("name"), arg("resource_group_name"), arg("virtual_network_name")],
  // containers/kubernetes_cluster_resource.go: the schema and CustomizeDiff (ForceNewIf, ForceNewIfChange).
  // default_node_pool's own arguments change by rotating the pool (temporary_name_for_rotation), not the cluster.
  azurerm_kubernetes_cluster: [
    ...NAMED,
    arg("dns_prefix"),
    arg("dns_prefix_private_cluster"),
    arg("node_resource_group"),
    arg("private_cluster_enabled"),
    arg("private_dns_zone_id"),
    arg("role_based_access_control_enabled"),
    arg("disk_encryption_set_id"),
    arg("edge_zone"),
    arg("default_node_pool.name"),
    arg("network_profile.network_plugin"),
    arg("network_profile.network_mode"),
    arg("network_profile.dns_service_ip"),
    arg("network_profile.pod_cidr"),
    arg("network_profile.pod_cidrs"),
    arg("network_profile.service_cidr"),
    arg("network_profile.service_cidrs"),
    arg("network_profile.load_balancer_sku"),
    arg("network_profile.ip_versions"),
    arg("network_profile.network_policy", { when: "from-set" }),
    arg("network_profile.network_data_plane", { when: "from-set" }),
    arg("network_profile.network_plugin_mode", { when: "unless-overlay" }),
  ],
  // containers/container_registry_resource.go
  azurerm_container_registry: [...NAMED, arg("zone_redundancy_enabled")],
  // network/public_ip_resource.go
  azurerm_public_ip: [...NAMED, arg("edge_zone"), arg("ip_version"), arg("sku"), arg("sku_tier"), arg("public_ip_prefix_id"), arg("ip_tags"), arg("zones", { set: true })],
  // network/application_gateway_resource.go
  azurerm_application_gateway: [...NAMED, arg("zones", { set: true })],
  // network/web_application_firewall_policy_resource.go
  azurerm_web_application_firewall_policy: [...NAMED],
  // managedidentity/user_assigned_identity_resource.go
  azurerm_user_assigned_identity: [...NAMED],
  // managedidentity/federated_identity_credential_resource.go (issuer, subject and audience update in place).
  // v4.79.0: parent_id (deprecated) and user_assigned_identity_id are ForceNew, Optional, Computed and
  // ExactlyOneOf; both, and resource_group_name, are read from the identity's ID, so moving from
  // parent_id to user_assigned_identity_id with the same identity is no change.
  azurerm_federated_identity_credential: [
    arg("name"),
    arg("resource_group_name", { computed: true }),
    arg("parent_id", { computed: true, sameAs: "user_assigned_identity_id" }),
    arg("user_assigned_identity_id", { computed: true, sameAs: "parent_id" }),
  ],
  // authorization/role_assignment_resource.go: every argument
  azurerm_role_assignment: ["name", "scope", "role_definition_id", "role_definition_name", "principal_id", "principal_type", "description", "condition", "condition_version", "delegated_managed_identity_resource_id"].map((p) => arg(p)),
  // authorization/role_definition_resource.go
  azurerm_role_definition: [arg("role_definition_id"), arg("scope")],
  // loganalytics/log_analytics_workspace_resource.go
  azurerm_log_analytics_workspace: [...NAMED],
  // applicationinsights/application_insights_resource.go
  azurerm_application_insights: [...NAMED, arg("application_type")],
  // applicationinsights/application_insights_workbook_resource.go
  azurerm_application_insights_workbook: [...NAMED, arg("storage_container_id")],
  // monitor/monitor_data_collection_rule_resource.go
  azurerm_monitor_data_collection_rule: [...NAMED],
  // monitor/monitor_data_collection_rule_association_resource.go
  azurerm_monitor_data_collection_rule_association: [arg("name"), arg("target_resource_id")],
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
  // helm/resource_helm_release.go: stringplanmodifier.RequiresReplace() on name and namespace
  helm_release: [arg("name"), arg("namespace")],
  // kubernetes/schema_metadata.go: metadata.name (and namespace) ForceNew
  kubernetes_namespace_v1: [arg("metadata.name")],
  // kubernetes/resource_kubernetes_secret_v1.go: metadata, and type ForceNew
  kubernetes_secret_v1: [arg("metadata.name"), arg("metadata.namespace"), arg("type")],
  // manifest/provider/plan.go: RequiresReplace on manifest.apiVersion, kind, metadata.name (and namespace)
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
