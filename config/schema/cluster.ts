// The `cluster` block: the AKS cluster, its network profile, Entra ID and maintenance.
import { z } from "zod";
import { MIN_NODE_COUNT } from "../presets";
import { cidr, ipv4, MAX_NODE_COUNT, resourceGroupName, text, uuid, vnetNameRule } from "./fields";
import { Maintenance } from "./maintenance";

const ClusterNetwork = z
  .strictObject({
    pluginMode: z
      .enum(["none", "overlay"])
      .default("none")
      .describe("Azure CNI mode. `none` is traditional Azure CNI (Step 3.4); `overlay` needs `ingress.mode: agc`."),
    dataplane: z
      .enum(["azure", "cilium"])
      .default("azure")
      .describe("Network dataplane (Step 3.4 --network-dataplane). `cilium` needs `ingress.mode: agc`."),
    policy: z
      .enum(["azure", "calico", "cilium", "none"])
      .optional()
      .describe("Network policy engine. Default: `cilium` with the Cilium dataplane, otherwise `calico`."),
    serviceCidr: cidr.default("10.0.0.0/16").describe("Kubernetes service CIDR; must not overlap the virtual network."),
    dnsServiceIp: ipv4.default("10.0.0.10").describe("Cluster DNS service IP; must lie inside `serviceCidr`."),
    podCidr: cidr
      .default("10.244.0.0/16")
      .describe("Pod CIDR, used only with `pluginMode: overlay`; must not overlap the virtual network."),
  })
  .describe("The cluster's network profile (Step 3.4, and Step 3's AGIC compatibility check).");

const Existing = z
  .strictObject({
    resourceGroup: resourceGroupName.describe("Resource group of the existing cluster."),
    vnetName: vnetNameRule
      .optional()
      .describe("Virtual network of the existing cluster; needed by `ingress.mode: agc` to add the AGC subnet."),
    vnetResourceGroup: resourceGroupName
      .optional()
      .describe("Resource group of that virtual network. Default: `cluster.existing.resourceGroup`."),
  })
  .describe(
    "Reuse an existing AKS cluster named `cluster.name` instead of creating one (Step 3, \"Reusing an existing AKS cluster\"). The stack reads it with a data source and never modifies or destroys it.",
  );

const EntraId = z
  .strictObject({
    enabled: z
      .boolean()
      .optional()
      .describe(
        "Microsoft Entra ID integration for the Kubernetes API. Default: on in production, off otherwise. The `-cluster` stack then authenticates through kubelogin as the identity that applies it, which needs Azure Kubernetes Service RBAC Cluster Admin on the cluster (or membership of an admin group); the runbook names it.",
      ),
    azureRbac: z
      .boolean()
      .default(true)
      .describe("Authorize Kubernetes API calls with Azure RBAC (role assignments such as Azure Kubernetes Service RBAC Cluster Admin). `false`: Kubernetes RBAC, with `adminGroupObjectIds` as cluster-admin."),
    adminGroupObjectIds: z
      .array(uuid)
      .default([])
      .describe("Entra ID groups that are cluster admins. Optional with `azureRbac`: without groups the cluster trusts the tenant of the identity that applies the stack, and access comes from Azure role assignments only."),
  })
  .describe("Microsoft Entra ID authentication and authorization for the cluster (security option).");

export const Cluster = z
  .strictObject({
    name: text()
      .regex(
        /^[a-zA-Z0-9]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/,
        "must be 1-63 letters, digits, '-' or '_', starting and ending with a letter or digit",
      )
      .describe("AKS cluster name (Step 3.1 AKS_CLUSTER_NAME)."),
    existing: Existing.optional(),
    sku: z
      .enum(["base", "automatic"])
      .default("base")
      .describe("AKS SKU. `automatic` (AKS Automatic) is refused: the guide does not support it."),
    tier: z
      .enum(["small", "medium", "high", "custom"])
      .default("medium")
      .describe(
        "Sizing tier from the guide's Cluster sizing table: small = 3 x Standard_B2s, medium = 3 x Standard_D4s_v5, high = 3 x Standard_D8s_v5; `custom` takes `vmSize` and `nodeCount`.",
      ),
    vmSize: text()
      .regex(/^Standard_[A-Za-z0-9_]+$/, "must be an Azure VM size such as Standard_D4s_v5")
      .optional()
      .describe("Node VM size; required with `tier: custom`, otherwise overrides the tier's size."),
    nodeCount: z
      .number()
      .int("must be a whole number")
      .max(MAX_NODE_COUNT, `must be at most ${MAX_NODE_COUNT} (AKS: nodes per node pool)`)
      .optional()
      .describe(`Node count; overrides the tier's count. Never fewer than ${MIN_NODE_COUNT}.`),
    kubernetesVersion: text()
      .regex(/^\d+\.\d+(\.\d+)?$/, "must be a Kubernetes version such as 1.34 or 1.34.2")
      .optional()
      .describe(
        "Kubernetes version of the control plane and the node pool. Default: the region's default version, read with the azurerm_kubernetes_service_versions data source at the first apply (Step 3.1 `az aks get-versions`) and then left alone (upgrades follow `automaticUpgradeChannel`). Set it (a minor version such as 1.34 with the `patch` channel) to upgrade by a config change: one minor version at a time, the control plane first, then the node pool, in one apply (RUNBOOK.md, \"Upgrading Kubernetes\").",
      ),
    skuTier: z
      .enum(["Free", "Standard", "Premium"])
      .optional()
      .describe("AKS pricing tier. Default: `Standard` (uptime SLA) in production, `Free` otherwise."),
    availabilityZones: z
      .array(z.enum(["1", "2", "3"]))
      .refine((zones) => new Set(zones).size === zones.length, { message: "must not list a zone twice" })
      .default([])
      .describe("Availability zones of the node pool; empty means regional (no zone pinning)."),
    maxPods: z
      .number()
      .int()
      .min(30, "must be at least 30")
      .max(250, "must be at most 250")
      .default(50)
      .describe("Maximum pods per node (at least 50 recommended by the AKS security baselines)."),
    network: ClusterNetwork.prefault({}),
    apiServerAuthorizedIpRanges: z
      .array(cidr)
      .default([])
      .describe(
        "CIDRs allowed to reach the Kubernetes API server. Empty keeps the public API server open to all, which the guide's `az aks get-credentials` flow assumes; set it in production.",
      ),
    localAccountsDisabled: z
      .boolean()
      .optional()
      .describe(
        "Disable local (certificate) accounts, so no cluster-admin client key exists in Terraform state or the `-cluster` stack's inputs; requires `entraId.enabled` (AR028). The `-cluster` stack then authenticates with kubelogin. Default: true in production on a cluster the project creates, false otherwise (a reused cluster is never modified). `false` in production is AR051 (waivable, with the reason).",
      ),
    entraId: EntraId.prefault({}),
    azurePolicy: z.boolean().default(true).describe("Enable the Azure Policy add-on."),
    automaticUpgradeChannel: z
      .enum(["none", "patch", "rapid", "stable", "node-image"])
      .default("patch")
      .describe("AKS automatic upgrade channel."),
    nodeOsUpgradeChannel: z
      .enum(["None", "Unmanaged", "SecurityPatch", "NodeImage"])
      .default("NodeImage")
      .describe("Node OS upgrade channel."),
    maintenance: Maintenance.prefault({}),
    containerInsights: z
      .boolean()
      .default(true)
      .describe(
        "Container Insights (the OMS agent) to Log Analytics. The operator then needs Log Analytics Contributor on the workspace's resource group (guide: Azure permissions; AGIC troubleshooting, LinkedAuthorizationFailed).",
      ),
  })
  .describe("The AKS cluster (guide Step 3).");
