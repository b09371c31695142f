// The environment file's schema: the single source of truth for every field and every
// default. Environment files hold values only; constructs never invent defaults.
// Cross-field rules (overlapping subnets, production policy, ...) live in checks/.
import { z } from "zod";
import { isCidr, parseIp } from "./cidr";
import { MIN_NODE_COUNT, PINNED } from "./presets";

// ---------------------------------------------------------------------------------------
// Field types reused below. Each carries the message a user sees when the value is wrong.

/** No line break, tab or other control character, in any string (C0, DEL, C1, U+2028/2029). */
const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;

/**
 * Invisible and bidirectional formatting characters: a soft hyphen, zero-width spaces and joiners,
 * the directional marks, embeddings, overrides and isolates, the word joiner and invisible
 * operators, and the byte order mark. In a name, tag, hostname or path they make two different
 * values look alike (or reorder what a reviewer sees in a diff, "Trojan Source"), and Azure,
 * Kubernetes and DNS names never need one. Refused in every string field.
 */
export const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/;

/** `U+202E`: how a code point is named in a message. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Every string field starts here: nothing in an environment file may hold a control, invisible or bidirectional character. */
const text = () =>
  z
    .string()
    .regex(NO_CONTROL, "must not contain a line break, tab or other control character")
    .superRefine((value, ctx) => {
      const m = INVISIBLE.exec(value);
      if (m) {
        ctx.addIssue({
          code: "custom",
          message: `must not contain the invisible or bidirectional formatting character ${codePoint(m[0])} (at character ${m.index + 1}): it makes the value look like another one`,
          input: value,
        });
      }
    });

const hostnameRe = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** A GUID (subscription, tenant, object IDs); config/derived.ts parses Key Vault IDs with it too. */
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const cidr = text()
  .refine(isCidr, { message: "must be an IPv4 CIDR with zero host bits, such as 10.224.0.0/16" });
const ipv4 = text()
  .refine((s) => parseIp(s) !== undefined, { message: "must be an IPv4 address, such as 10.0.0.10" });
const hostname = text()
  .regex(hostnameRe, "must be a lowercase DNS name with at least two labels, such as proxy.example.com");
const uuid = text().regex(UUID_RE, "must be a GUID, such as 00000000-0000-0000-0000-000000000000");
const k8sName = text()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, "must be a Kubernetes name: lowercase letters, digits and '-', at most 63 characters");
const chartVersion = text()
  .regex(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, "must be an exact chart version such as 1.2.3 (ranges are not pinned)");
const pinnedImage = text()
  .regex(
    /^[a-z0-9.-]+(:[0-9]+)?(\/[a-z0-9._-]+)+(:[A-Za-z0-9._-]+|@sha256:[a-f0-9]{64}|:[A-Za-z0-9._-]+@sha256:[a-f0-9]{64})$/,
    "must be a pinned image: repository with a version tag or a sha256 digest (not :latest)",
  )
  .refine((s) => !/:latest(@|$)/.test(s), { message: "must not use the :latest tag" });

// Azure's naming rules, from "Naming rules and restrictions for Azure resources"
// (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules),
// restricted to ASCII. docs/azure-behaviours.md, "Names and hostile input", cites each row.

/** Microsoft.Resources/resourcegroups: 1-90 alphanumerics, '_', '-', '.', '(' and ')'; not ending in '.'. */
export const RESOURCE_GROUP_RE = /^[-\w.()]{0,89}[-\w()]$/;
const resourceGroupName = text().regex(
  RESOURCE_GROUP_RE,
  "must be an Azure resource group name: 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'",
);
/** Microsoft.Network/virtualNetworks: 2-64 alphanumerics, '_', '.', '-'; starts alphanumeric, ends alphanumeric or '_'. */
const vnetNameRule = text().regex(
  /^[A-Za-z0-9][-\w.]{0,62}\w$/,
  "must be an Azure virtual network name: 2-64 letters, digits, '_', '.' or '-', starting with a letter or digit and ending with a letter, digit or '_'",
);
/**
 * Microsoft.Insights/components: 1-260 characters, none of % & \ ? /, not ending in a space or '.'.
 * A backtick, legal for Azure, is refused too: the runbook shows the name in a Markdown code span,
 * which cannot hold one.
 */
const appInsightsName = text()
  .regex(/^[^%&\\?/]{0,259}[^%&\\?/ .]$/, "must be an Application Insights name: 1-260 characters without % & \\ ? /, not ending in a space or '.'")
  .refine((v) => !v.includes("`"), "must not contain a backtick (the runbook shows the name as code); choose a name without one");
/** Microsoft.Storage blob containers: 3-63 lowercase letters, digits and single hyphens; starts and ends alphanumeric. */
const blobContainerName = text().regex(
  /^(?=.{3,63}$)(?!.*--)[a-z0-9][a-z0-9-]*[a-z0-9]$/,
  "must be a blob container name: 3-63 lowercase letters, digits or single '-', starting and ending with a letter or digit",
);
/** A Kubernetes object name that may contain dots (DNS-1123 subdomain), e.g. an Argo CD AppProject. */
const k8sSubdomain = text().regex(
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  "must be a Kubernetes name (DNS-1123 subdomain): lowercase letters, digits, '-' and '.', at most 253 characters",
);
/** A relative path of plain segments (no '..', no leading '/'). */
const relativePath = text().regex(
  /^(?!(.*\/)?\.\.?(\/|$))[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
  "must be a relative path of letters, digits, '.', '_', '-' separated by '/', without '..', such as dist/prod",
);

/** Characters RFC 3986 allows in a URI; anything else (spaces, quotes, <>, `, {}) is refused. */
const URI_CHARS = /^[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+$/;

/** Why a URL is refused, or undefined: see safeUrl. */
export function urlProblem(value: string, schemes: readonly string[], example: string): string | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return `must be a URL such as ${example}`;
  }
  if (!URI_CHARS.test(value)) return `must be a URL of plain characters (no spaces, quotes, <, >, backticks or braces), such as ${example}`;
  if (!schemes.includes(u.protocol.slice(0, -1))) return `must be a ${schemes.join(" or ")} URL such as ${example}`;
  if (u.password || (u.username && u.protocol !== "ssh:")) {
    return "must not hold credentials (user:password@ or a token before @): they would be written to Git and the runbook; deliver them through a Secret";
  }
  if (u.search || u.hash) {
    return "must not have a query string or fragment (credentials such as ?api_key= would be written to Git); deliver credentials through a Secret and a ${env:KEY} header";
  }
  return undefined;
}

/**
 * A URL the WHATWG parser accepts, with one of `schemes`, and no credential in it: no
 * user:password@ (or user@ for http/https) and no query string, where tokens such as
 * ?api_key= would land in Git, the ConfigMap and the runbook.
 */
function safeUrl(schemes: readonly string[], example: string) {
  return text().superRefine((value, ctx) => {
    const message = urlProblem(value, schemes, example);
    if (message) ctx.addIssue({ code: "custom", message, input: value });
  });
}

/** A Git repository: an http(s)/ssh URL without credentials, or scp-like git@host:org/repo.git. */
const gitRepoUrl = text().superRefine((value, ctx) => {
  if (/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._~/-]+$/.test(value) && !value.includes("://")) return;
  const message = urlProblem(value, ["https", "http", "ssh"], "https://github.com/acme/platform-config.git");
  if (message) ctx.addIssue({ code: "custom", message, input: value });
});

/** Azure tags: at most 50 per resource; names 1-512 without < > % & \ ? /, values up to 256 (tag-resources#limitations). */
export const MAX_TAGS = 50;
/** Tags the project adds unless given (config/derived.ts resourceTags). */
const ADDED_TAGS = ["environment", "managed-by"];
const tagName = text()
  .min(1)
  .max(512)
  .regex(/^[^<>%&\\?/]*$/, "must be an Azure tag name: no < > % & \\ ? / (tag-resources limitations)");

/**
 * A mapping whose keys the user names: a `__proto__` key is refused instead of silently
 * dropped (zod skips it, and assigning it to a plain object would replace the prototype).
 */
function userKeys<T extends z.ZodType>(record: T) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === "object" && Object.prototype.hasOwnProperty.call(input, "__proto__")) {
      ctx.addIssue({ code: "custom", message: "is a key JavaScript objects cannot hold as data (it would be dropped silently); rename it", path: ["__proto__"], input: "__proto__" });
    }
    return input;
  }, record);
}

/**
 * A WAF custom rule's rateLimitThreshold: at least 1 (azurerm `IntAtLeast(1)`), and a 32-bit
 * integer in Microsoft.Network's API (the .NET SDK's `int? RateLimitThreshold`, PowerShell's
 * `-RateLimitThreshold <Int32>`); a larger number fails at apply. docs/azure-behaviours.md.
 */
export const MAX_RATE_LIMIT_THRESHOLD = 2_147_483_647;

/** AKS: at most 1,000 nodes per node pool (AKS quotas and limits). */
export const MAX_NODE_COUNT = 1000;

/** A list of rule ids that may be waived, each with the reason the team accepts the risk. */
const waiverReason = text()
  .min(10, "must state the reason in at least 10 characters, e.g. \"internal demo cluster, no customer traffic\"");

// ---------------------------------------------------------------------------------------
// Sections.

const Azure = z
  .strictObject({
    subscriptionId: uuid
      .optional()
      .describe(
        "Subscription to deploy into. Optional: without it the azurerm provider uses ARM_SUBSCRIPTION_ID or the az CLI's default. Required by `ingress.mode: agc`, which writes the AGC subnet's resource ID into the YAML.",
      ),
    location: text()
      .regex(/^[a-z0-9]+$/, "must be an Azure region name such as westeurope or eastus2 (lowercase, no spaces)")
      .describe("Azure region of every resource (Step 3.1 LOCATION)."),
    resourceGroup: resourceGroupName.describe("Resource group the project creates (Step 3.3 RESOURCE_GROUP)."),
    tags: userKeys(
      z.record(tagName, text().max(256)).refine((t) => new Set([...ADDED_TAGS, ...Object.keys(t)]).size <= MAX_TAGS, {
        message: `must hold at most ${MAX_TAGS} tags with environment and managed-by (Azure's limit per resource)`,
      }),
    )
      .default({})
      .describe(
        "Tags for the resource group and every taggable resource (Step 3.1 TAGS). `environment` and `managed-by` are added unless given.",
      ),
  })
  .describe("Where the Azure resources go (guide Steps 3.1-3.3).");

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

// Planned maintenance (AKS aksManagedAutoUpgradeSchedule / aksManagedNodeOSUpgradeSchedule), as
// azurerm's maintenance_window_auto_upgrade / maintenance_window_node_os blocks take it.
// Bounds: the provider's schema (duration IntBetween(4, 24)) and the ARM reference of
// managedClusters/maintenanceConfigurations (intervalDays 1-7, intervalWeeks 1-4, intervalMonths
// 1-6). docs/azure-behaviours.md, "Kubernetes versions and maintenance windows".
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MAX_INTERVAL = { Daily: 7, Weekly: 4, AbsoluteMonthly: 6, RelativeMonthly: 6 } as const;
const MaintenanceWindow = z
  .strictObject({
    frequency: z.enum(["Daily", "Weekly", "AbsoluteMonthly", "RelativeMonthly"]).default("Weekly").describe("How often the window opens."),
    interval: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(1)
      .describe("Every how many days, weeks or months (by `frequency`): at most 7 days, 4 weeks or 6 months."),
    dayOfWeek: z.enum(WEEKDAYS).optional().describe("The day, for `Weekly` and `RelativeMonthly`."),
    dayOfMonth: z.number().int().min(1).max(31).optional().describe("The day of the month, for `AbsoluteMonthly`."),
    weekIndex: z.enum(["First", "Second", "Third", "Fourth", "Last"]).optional().describe("Which week of the month, for `RelativeMonthly`."),
    startTime: text()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day as HH:mm, such as 01:00")
      .default("00:00")
      .describe("When the window opens, in `utcOffset`'s time zone."),
    utcOffset: text()
      .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, "must be an offset from UTC as +HH:mm or -HH:mm, such as +01:00")
      .default("+00:00")
      .describe("The window's time zone, as an offset from UTC."),
    durationHours: z
      .number()
      .int("must be a whole number")
      .min(4, "must be at least 4 (AKS's minimum window)")
      .max(24, "must be at most 24")
      .default(4)
      .describe("How long the window stays open, in hours (4-24)."),
    notAllowed: z
      .array(
        z.strictObject({
          start: text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be an RFC 3339 time such as 2026-12-20T00:00:00Z"),
          end: text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be an RFC 3339 time such as 2027-01-04T00:00:00Z"),
        }),
      )
      .default([])
      .describe("Periods with no maintenance at all (a release freeze), as RFC 3339 start and end times."),
  })
  .superRefine((w, ctx) => {
    const need = (field: "dayOfWeek" | "dayOfMonth" | "weekIndex") => {
      if (w[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `is required with frequency ${w.frequency}` });
    };
    if (w.frequency === "Weekly" || w.frequency === "RelativeMonthly") need("dayOfWeek");
    if (w.frequency === "RelativeMonthly") need("weekIndex");
    if (w.frequency === "AbsoluteMonthly") need("dayOfMonth");
    if (w.interval > MAX_INTERVAL[w.frequency]) {
      ctx.addIssue({ code: "custom", path: ["interval"], message: `must be at most ${MAX_INTERVAL[w.frequency]} with frequency ${w.frequency} (AKS's bound)` });
    }
    for (const [i, span] of w.notAllowed.entries()) {
      if (Date.parse(span.end) <= Date.parse(span.start)) ctx.addIssue({ code: "custom", path: ["notAllowed", i, "end"], message: "must be after start" });
    }
  });
export type MaintenanceWindowConfig = z.infer<typeof MaintenanceWindow>;

/** The production defaults of `cluster.maintenance` (config/derived.ts maintenanceWindows applies them). */
export const PRODUCTION_MAINTENANCE: { readonly autoUpgrade: MaintenanceWindowConfig; readonly nodeOs: MaintenanceWindowConfig } = {
  autoUpgrade: { frequency: "Weekly", interval: 1, dayOfWeek: "Sunday", startTime: "00:00", utcOffset: "+00:00", durationHours: 4, notAllowed: [] },
  nodeOs: { frequency: "Weekly", interval: 1, dayOfWeek: "Saturday", startTime: "00:00", utcOffset: "+00:00", durationHours: 4, notAllowed: [] },
};

/** `anytime`: no window, AKS upgrades whenever its channel has something (AKS's own default). */
const WindowOrAnytime = z.union([z.literal("anytime"), MaintenanceWindow]);

const Maintenance = z
  .strictObject({
    autoUpgrade: WindowOrAnytime.optional().describe(
      "When `automaticUpgradeChannel` may upgrade the cluster (aksManagedAutoUpgradeSchedule), or `anytime`. Default: in production Weekly on Sunday 00:00-04:00 UTC, otherwise `anytime`.",
    ),
    nodeOs: WindowOrAnytime.optional().describe(
      "When `nodeOsUpgradeChannel` may update the node images (aksManagedNodeOSUpgradeSchedule), or `anytime`. Default: in production Weekly on Saturday 00:00-04:00 UTC, otherwise `anytime`.",
    ),
  })
  .describe("Planned maintenance windows for automatic upgrades (best effort: AKS may still act outside them for urgent fixes).");

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

const Cluster = z
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

const Network = z
  .strictObject({
    addressSpace: cidr.default("10.224.0.0/12").describe("Address space of the virtual network the project creates (AKS's own default)."),
    clusterSubnet: cidr.default("10.224.0.0/16").describe("Subnet of the cluster nodes (and pods, with traditional Azure CNI)."),
    appGatewaySubnet: cidr
      .default("10.225.0.0/24")
      .describe("Subnet of the Application Gateway (Step 7.1 --appgw-subnet-cidr); a /24 that overlaps nothing."),
    agcSubnet: cidr
      .default("10.226.0.0/24")
      .describe("Subnet delegated to Application Gateway for Containers (Appendix A); a /24 that overlaps nothing."),
  })
  .describe("The virtual network (Steps 3.4 and 7.1). Ignored for the node subnet when `cluster.existing` is set.");

const PrivateRegistry = z
  .strictObject({
    host: hostname.describe("Registry host for `docker login` and the pull secret (Step d.1 PRIVATE_REGISTRY_HOST)."),
    repository: text()
      .regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+$/, "must be HOST/PATH, such as registry.acme.example.com/tare")
      .describe("Where the Agent Router images live (Step d.1 PRIVATE_IMAGE_REGISTRY)."),
    pullSecretName: k8sName
      .default("tars-image-pull-secret")
      .describe("Image-pull Secret the `-cluster` stack creates in tars-system and tars-dataplane (Step d.3 PULL_SECRET)."),
    mirrored: z
      .boolean()
      .default(false)
      .describe("Images are mirrored by a platform team: the runbook skips the `--sync-only` step (Step d.4 tip)."),
  })
  .describe("An existing private registry (Appendix D).");

const Registry = z
  .strictObject({
    mode: z
      .enum(["acr", "acr-admin", "private"])
      .default("acr")
      .describe(
        "`acr`: ACR with AcrPull for the kubelet identity (Steps 4-5.3). `acr-admin`: the Step 5.3 admin-user fallback. `private`: an existing registry (Appendix D).",
      ),
    acrName: text()
      .optional()
      .describe("ACR name (Step 4 ACR_NAME): 5-50 lowercase letters or digits, globally unique. Required by the `acr` modes."),
    adminPullSecret: z
      .enum(["stdin", "cluster"])
      .default("stdin")
      .describe(
        "With `acr-admin`: `stdin` pipes the admin credentials to `tare install --image-pull-secret-stdin` (Step 6); `cluster` has the `-cluster` stack create `tars-image-pull-secret` in both namespaces.",
      ),
    private: PrivateRegistry.optional(),
  })
  .describe("Where the cluster pulls the Agent Router images from (Steps 4-6, Appendix D).");

const Agc = z
  .strictObject({
    albControllerChartVersion: chartVersion
      .default(PINNED.albControllerChart)
      .describe("Version of the ALB controller chart (oci://mcr.microsoft.com/application-lb/charts/alb-controller)."),
    controllerNamespace: k8sName.default("azure-alb-system").describe("Namespace of the ALB controller."),
    installGatewayApiCrds: z
      .boolean()
      .default(true)
      .describe(
        "Let the ALB controller chart install the Gateway API CRDs. Set false on a cluster that already has them (for example one where `tare install` ran first): Helm refuses to adopt CRDs it does not own.",
      ),
    namespace: k8sName
      .default("tars-alb")
      .describe("Namespace of the ApplicationLoadBalancer and the Gateway (created by the project)."),
  })
  .describe("Application Gateway for Containers settings (Appendix A).");

const Agic = z
  .strictObject({
    gateway: z
      .enum(["terraform", "addon"])
      .default("terraform")
      .describe(
        "Who creates the Application Gateway of a cluster the project creates (Step 7.1). `terraform`: the `-azure` stack creates it (Standard_v2 on the App Gateway subnet, " +
          "with a static public IP) and attaches the add-on to it, so the IP, the DNS record and the Proxy URL are known before the `-cluster` stack runs and both stacks deploy in one pass. " +
          "`addon`: the guide's way, the add-on creates it in the node resource group minutes after the cluster; wait for it before applying the `-cluster` stack (the runbook says how). " +
          "Ignored with `cluster.existing` (the add-on is already there).",
      ),
  })
  .describe("AGIC settings (Step 7.1).");

const WafApi = z
  .strictObject({
    maxRequestBodyKb: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "Largest request body /v1/ and /mcp/ must accept, in KB. Unset (default): the API policy rejects no request for its size (request_body_enforcement off; " +
          "Application Gateway's own limits apply), so long contexts and base64 images pass. Set: larger bodies get 413; Microsoft allows 8-2000 KB (AR040).",
      ),
    inspectLimitKb: z
      .number()
      .int()
      .min(0)
      .default(128)
      .describe(
        "How many KB of each API request body the managed rules read (request_body_inspect_limit_in_kb; the rest passes uninspected). Default 128, Microsoft's default. " +
          "At most maxRequestBodyKb when that is set, and at most 2000 (AR040).",
      ),
    maxFileUploadMb: z
      .number()
      .int()
      .min(1)
      .default(100)
      .describe("Largest multipart/form-data upload on the API paths (audio, files), in MB (file_upload_limit_in_mb). Default 100, Microsoft's default; Microsoft allows 1-4000 (AR040)."),
    promptRuleExclusions: z
      .boolean()
      .default(true)
      .describe(
        "Exclude request argument values (the JSON body's fields) from the rule groups that match code, SQL, markup and shell text (SQLI, XSS, RCE, PHP, JAVA, NODEJS, LFI, RFI): " +
          "prompts carry all of these. Headers, the URI and every other group are still inspected. false: the full rule set reads prompts (expect false positives).",
      ),
    rateLimitPerMinute: z
      .number()
      .int()
      .min(1)
      .max(MAX_RATE_LIMIT_THRESHOLD)
      .optional()
      .describe(
        "Requests per client IP and minute on /v1/ and /mcp/ (a RateLimitRule on the API policy). Default: none, since agents burst and many share one egress IP; the data plane enforces its own quotas.",
      ),
  })
  .describe("The API policy: what /v1/ and /mcp/ (the data plane's real endpoints) run under (docs/waf.md).");

const Waf = z
  .strictObject({
    enabled: z
      .boolean()
      .optional()
      .describe(
        "A web application firewall in front of the data plane (docs/waf.md). Default: on in production, off otherwise. Off in production is AR037 (waivable, with the reason).",
      ),
    mode: z
      .enum(["Prevention", "Detection"])
      .optional()
      .describe(
        "`Prevention` blocks what the rules match; `Detection` only logs it. Default: Prevention in production, Detection otherwise. Detection in production is AR038 (waivable, with the reason).",
      ),
    ruleSet: z
      .enum(["DRS-2.1", "CRS-3.2"])
      .default("DRS-2.1")
      .describe(
        "Managed rule set, version pinned: `DRS-2.1` (Microsoft_DefaultRuleSet 2.1, Microsoft's recommended set) or `CRS-3.2` (OWASP 3.2). Both policies (docs/waf.md) run it.",
      ),
    scannerRateLimitPerMinute: z
      .number()
      .int()
      .min(1)
      .max(MAX_RATE_LIMIT_THRESHOLD)
      .default(100)
      .describe(
        "Requests per client IP and minute on every path outside /v1/ and /mcp/ (the paths scanners probe), a RateLimitRule on the strict policy; above it the gateway answers 403.",
      ),
    api: WafApi.prefault({}),
  })
  .describe("Web application firewall for the data plane's public endpoint (docs/waf.md).");

const Ingress = z
  .strictObject({
    mode: z
      .enum(["agic", "agc"])
      .default("agic")
      .describe("`agic`: the AGIC add-on and an Ingress (Step 7). `agc`: Application Gateway for Containers and a Gateway (Appendix A)."),
    agc: Agc.prefault({}),
    agic: Agic.prefault({}),
    waf: Waf.prefault({}),
  })
  .describe("How traffic reaches the data plane (Step 7, Appendix A).");

const CertManager = z
  .strictObject({
    chartVersion: chartVersion.default(PINNED.certManagerChart).describe("jetstack/cert-manager chart version (Step b.2.1)."),
    issuer: z
      .enum(["letsencrypt-staging", "letsencrypt-prod"])
      .default("letsencrypt-staging")
      .describe("ClusterIssuer to use (Step b.2.2). Start with staging; switch once a certificate issued cleanly."),
    email: text()
      .email("must be an email address")
      .optional()
      .describe("Address for Let's Encrypt expiry notices (required; not a placeholder or example.com address)."),
    stagingVerified: z
      .boolean()
      .default(false)
      .describe("Set once a certificate issued cleanly from the staging issuer; silences the warning on `letsencrypt-prod`."),
  })
  .describe("cert-manager and Let's Encrypt (Appendix B.2).");

/**
 * Key Vault object names (certificates, secrets): 1-127 letters, digits and '-'
 * (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftkeyvault).
 */
export const keyVaultObjectName = text().regex(
  /^[0-9A-Za-z-]{1,127}$/,
  "must be a Key Vault object name: 1-127 letters, digits or '-'",
);

const TlsKeyVault = z
  .strictObject({
    certificateName: keyVaultObjectName.describe(
      "Name of the certificate in the Key Vault `keyVault.vaultId` (imported with `az keyvault certificate import`, PEM or PFX, with its private key). Read as the certificate's secret, so the private key comes with it.",
    ),
    syncImage: pinnedImage
      .default(PINNED.pauseImage)
      .describe(
        "Image of the `tars-tls-sync` pod, which keeps the certificate's Secret synced by mounting the SecretProviderClass (the CSI driver syncs a Secret only while a pod mounts it). It runs nothing; pinned: `repository:tag`, or `repository:tag@sha256:<digest>` to pin its content (the pod mounts the TLS private key; docs/security.md, AR047). Mirror it for a private registry.",
      ),
  })
  .describe("Where `tls.mode: key-vault` takes the certificate from.");

const Tls = z
  .strictObject({
    mode: z
      .enum(["none", "byo", "cert-manager", "key-vault"])
      .default("none")
      .describe(
        "`none`: HTTP only (Step 7.2, non-production). `byo`: your certificate in a Secret (B.1). `cert-manager`: Let's Encrypt (B.2). `key-vault`: your certificate in Azure Key Vault (`keyVault.vaultId`, `tls.keyVault.certificateName`), synced into the Secret by the Secrets Store CSI driver (docs/tls.md).",
      ),
    secretName: k8sName.default("tars-ingress-tls").describe("TLS Secret in tars-dataplane, referenced by name only."),
    certManager: CertManager.prefault({}),
    keyVault: TlsKeyVault.optional(),
  })
  .describe("TLS for the data-plane hostname (Step 7.3, Appendix B).");

const AzureDns = z
  .strictObject({
    zoneName: hostname.describe("An existing Azure DNS zone that contains the hostname."),
    resourceGroup: resourceGroupName.describe("Resource group of the zone."),
    ttl: z.number().int().min(30).max(86400).default(300).describe("Record TTL in seconds."),
  })
  .describe("The Azure DNS zone the project writes the record into (Step 8.1).");

const Dns = z
  .strictObject({
    mode: z
      .enum(["azure-dns", "external", "nip-io"])
      .default("external")
      .describe(
        "`azure-dns`: the project writes an A record (alias to the gateway's public IP). `external`: you create the record; the runbook says which. `nip-io`: `<ip>.nip.io`, demo only (Step 8.2).",
      ),
    hostname: hostname.optional().describe("The data-plane hostname (Step 8). Required unless `mode: nip-io`."),
    azureDns: AzureDns.optional(),
    registeredUrl: safeUrl(["https", "http"], "https://proxy.example.com")
      .optional()
      .describe(
        "The Proxy URL already registered on the management plane, if any. Checked against what this environment serves (the Testing row \"HTTP 502 from the dashboard playground\").",
      ),
  })
  .describe("DNS and the URL registered on the management plane (Step 8).");

const SecretRef = {
  secretName: k8sName.describe("Secret in tars-dataplane holding the credential; the collector reads it as environment variables."),
  createSecret: z
    .boolean()
    .optional()
    .describe(
      "Let the `-cluster` stack create the Secret from a sensitive Terraform variable. `false`: you deliver it (External Secrets, CSI, kubectl). Default: true, unless `keyVaultSecrets` is given (then the Secrets Store CSI driver syncs it from Key Vault, and setting `createSecret` is AR045).",
    ),
  keyVaultSecrets: userKeys(
    z
      .record(text().regex(/^[A-Z][A-Z0-9_]*$/, "must be an environment variable name such as DD_API_KEY"), keyVaultObjectName)
      .refine((m) => Object.keys(m).length > 0, { message: "must map at least one key, such as DD_API_KEY: datadog-api-key" }),
  )
    .optional()
    .describe(
      "The credential from Key Vault instead of a Terraform variable, so it never enters Terraform state: each key the collector reads (an environment variable name) mapped to the name of a secret in the top-level `keyVault` vault. The `-cluster` stack then creates no variable and no Secret; the collector mounts SecretProviderClass otel-collector-secrets and the Secrets Store CSI driver syncs `secretName` from the vault (docs/observability.md). Default: none (a sensitive variable or your own Secret).",
    ),
};

const OtlpHttpExporter = z
  .strictObject({
    name: text()
      .regex(/^[a-z][a-z0-9]{0,19}$/, "must be 1-20 lowercase letters or digits, starting with a letter")
      .describe("Suffix of the exporter id (`otlphttp/<name>`)."),
    endpoint: safeUrl(["https", "http"], "https://otlp-gateway-prod-eu-west-0.grafana.net/otlp").describe("OTLP/HTTP endpoint."),
    headers: userKeys(z.record(text().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "must be an HTTP header name such as Authorization or X-Scope-OrgID"), text().max(8192)))
      .default({})
      .describe("Request headers. Credentials only as `${env:KEY}` with KEY one of `secretKeys`."),
    secretName: SecretRef.secretName.optional(),
    secretKeys: z
      .array(text().regex(/^[A-Z][A-Z0-9_]*$/, "must be an environment variable name such as GRAFANA_CLOUD_AUTH"))
      .refine((keys) => new Set(keys).size === keys.length, { message: "must not list a key twice" })
      .default([])
      .describe("Keys of `secretName` injected as environment variables."),
    createSecret: SecretRef.createSecret,
    keyVaultSecrets: SecretRef.keyVaultSecrets,
    logs: z.boolean().default(true).describe("Send access logs to this exporter when `accessLogs` is on."),
  })
  .describe("An OTLP/HTTP backend: Grafana Cloud, SigNoz Cloud, or an in-cluster one (Appendix C, Other backends).");

const Exporters = z
  .strictObject({
    prometheus: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Expose router_* on otel-collector.tars-dataplane.svc:9464 (Step c.1)."),
        operator: z
          .boolean()
          .default(false)
          .describe("Also emit a ServiceMonitor and a PrometheusRule for the Prometheus operator (its CRDs must exist)."),
      })
      .prefault({}),
    azureMonitor: z
      .strictObject({
        logAnalyticsWorkspaceId: text()
          .regex(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.OperationalInsights\/workspaces\/[^/]+$/i, "must be a Log Analytics workspace resource ID")
          .optional()
          .describe("Reuse this workspace instead of the one the project creates."),
        applicationInsightsName: appInsightsName.default("tars-dp-insights").describe("Application Insights component name."),
      })
      .optional()
      .describe("Azure Monitor / Application Insights (Appendix C example). Present = enabled."),
    datadog: z
      .strictObject({
        site: text()
          .regex(/^[a-z0-9.]+$/, "must be a Datadog site such as datadoghq.com or datadoghq.eu")
          .default("datadoghq.com")
          .describe("Datadog site of the organization."),
        secretName: SecretRef.secretName.default("otel-datadog-creds"),
        createSecret: SecretRef.createSecret,
        keyVaultSecrets: SecretRef.keyVaultSecrets,
      })
      .optional()
      .describe("Datadog (key DD_API_KEY). Present = enabled."),
    signalfx: z
      .strictObject({
        realm: text().regex(/^[a-z0-9]+$/, "must be a Splunk realm such as us0 or eu0").describe("Splunk Observability realm."),
        secretName: SecretRef.secretName.default("otel-signalfx-creds"),
        createSecret: SecretRef.createSecret,
        keyVaultSecrets: SecretRef.keyVaultSecrets,
      })
      .optional()
      .describe("Splunk Observability (key SFX_ACCESS_TOKEN). Present = enabled."),
    otlpHttp: z.array(OtlpHttpExporter).default([]),
    otlp: z
      .strictObject({
        endpoint: text()
          .regex(/^[a-z0-9.-]+:\d+$/, "must be HOST:PORT, such as signoz-otel-collector.signoz.svc:4317")
          .describe("In-cluster OTLP/gRPC endpoint."),
        insecure: z.boolean().default(false).describe("Plaintext gRPC (in-cluster only)."),
      })
      .optional()
      .describe("An in-cluster OTLP/gRPC backend (SigNoz, Jaeger, Tempo). Present = enabled."),
  })
  .describe("Where the collector sends telemetry; any combination (Appendix C).");

const Observability = z
  .strictObject({
    collector: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Deploy the OpenTelemetry collector (Step c.1)."),
        image: pinnedImage
          .default(PINNED.otelCollectorImage)
          .describe("Collector image, pinned: `repository:tag`, or `repository:tag@sha256:<digest>` to pin its content (the collector reads every exporter credential; docs/security.md, AR047)."),
        replicas: z.number().int().min(1).max(10).default(1).describe("Collector replicas."),
      })
      .prefault({}),
    metricsSink: z
      .boolean()
      .default(true)
      .describe("Patch the EnvoyProxy metrics sink to the collector (Step c.2)."),
    accessLogs: z
      .boolean()
      .default(false)
      .describe("Forward envoy access logs (\"Forwarding access logs\"): a CronJob appends the collector sink to the live EnvoyProxy when missing (Path A, or Path B when it has no accessLog block), keeping tare's default access logs."),
    restartEgress: z
      .boolean()
      .default(true)
      .describe("Restart deployment/egress after the patches are applied (Step c.3), from a Job (an Argo CD PostSync hook) named after the patch, and from the access-log CronJob when it changed something."),
    exporters: Exporters.prefault({}),
  })
  .describe("Telemetry (Appendix C).");

const Gitops = z
  .strictObject({
    repoUrl: gitRepoUrl.optional().describe("Git repository holding the synthesized YAML."),
    revision: text()
      .regex(/^(?!.*\.\.)(?!-)[A-Za-z0-9._/-]{1,255}$/, "must be a branch or tag name: letters, digits, '.', '_', '/' or '-', not starting with '-', without '..'")
      .default("main")
      .describe("Branch or tag to follow."),
    path: relativePath.optional().describe("Path of this environment's YAML in the repository. Default: dist/<name>."),
    credentials: z
      .enum(["none", "https", "ssh"])
      .default("none")
      .describe("How the engine the stacks install reads a private repository: `none` (public), `https` (user gitops.httpsUser and a token or password, TF_VAR_gitops_https_password), `ssh` (a deploy key, TF_VAR_gitops_ssh_private_key; repoUrl in ssh form). The value is a sensitive Terraform variable of the stack that installs the engine, never in dist/ or cdk.tf.json. Ignored when the engine is not installed by the stacks (`install: false`): give that engine the repository's credentials yourself."),
    httpsUser: text().default("git").describe("User name for `credentials: https` (GitHub and Azure DevOps accept any non-empty name with a token)."),
    argocd: z
      .strictObject({
        enabled: z.boolean().default(false).describe("Emit the Application."),
        install: z
          .boolean()
          .optional()
          .describe("Install Argo CD (the pinned argo-cd Helm chart, namespace gitops.argocd.namespace) from the `-cluster` stack, with a bootstrap Application that applies dist/<name>/gitops/, so committing and pushing is the whole delivery. Default: true for a cluster the project creates, false with `cluster.existing` (a cluster that may already run Argo CD: then apply dist/<name>/gitops/ once with kubectl)."),
        chartVersion: chartVersion.default(PINNED.argoCdChart).describe("argo-cd Helm chart version, pinned (`install`)."),
        namespace: k8sName.default("argocd").describe("Namespace Argo CD runs in."),
        project: k8sSubdomain
          .optional()
          .describe("Argo CD project of the Application. Default: an AppProject agent-router-<name> emitted beside it, allowing only gitops.repoUrl, the namespaces and the kinds of dist/<name>/ on destinationServer. A project named here is used as it is (AR050 warns on `default`, which allows any repository, namespace and kind)."),
        destinationServer: safeUrl(["https"], "https://kubernetes.default.svc")
          .default("https://kubernetes.default.svc")
          .describe("API server Argo CD deploys to (the in-cluster default, or a registered cluster)."),
      })
      .prefault({})
      .describe("Emit an Argo CD Application into dist/<name>/gitops/."),
    flux: z
      .strictObject({
        enabled: z.boolean().default(false).describe("Emit the GitRepository and Kustomizations."),
        install: z
          .boolean()
          .optional()
          .describe("Install Flux as the AKS extension `microsoft.flux` with a Flux configuration that applies dist/<name>/gitops/, from the `-azure` stack, so committing and pushing is the whole delivery. Default: true for a cluster the project creates, false with `cluster.existing` (a cluster that may already run Flux: then apply dist/<name>/gitops/ once with kubectl)."),
        namespace: k8sName.default("flux-system").describe("Namespace Flux runs in."),
        interval: text()
          .regex(/^\d+[smh]$/, "must be a duration such as 5m")
          .default("10m")
          .describe("How often Flux reconciles (and corrects drift, e.g. after a tare install re-run)."),
      })
      .prefault({})
      .describe("Emit a Flux GitRepository and Kustomizations into dist/<name>/gitops/."),
  })
  .describe("GitOps delivery of dist/<name>/.");

const State = z
  .strictObject({
    backend: z.enum(["local", "azurerm", "cloud"]).default("local").describe("Terraform state backend of both stacks."),
    azurerm: z
      .strictObject({
        resourceGroupName: resourceGroupName.describe("Resource group of the storage account."),
        storageAccountName: text()
          .regex(/^[a-z0-9]{3,24}$/, "must be 3-24 lowercase letters or digits")
          .describe("Storage account holding the state (Entra ID auth: grant Storage Blob Data Contributor)."),
        containerName: blobContainerName.default("tfstate").describe("Blob container."),
        keyPrefix: relativePath.optional().describe("State blob prefix. Default: the environment name."),
        subscriptionId: uuid
          .optional()
          .describe(
            "Subscription of the storage account, when it is not the one the stacks deploy into (the backend's subscription_id). Default: the subscription Terraform authenticates to (ARM_SUBSCRIPTION_ID or the az CLI's).",
          ),
      })
      .optional()
      .describe("Azure Storage backend (Entra ID auth, blob-lease locking)."),
    cloud: z
      .strictObject({
        organization: text()
          .regex(/^[A-Za-z0-9_-]{1,255}$/, "must be a Terraform Cloud organization name: letters, digits, '_' or '-'")
          .describe("Terraform Cloud organization."),
        hostname: hostname.default("app.terraform.io").describe("Terraform Cloud or Enterprise host."),
        workspacePrefix: text()
          .regex(/^[A-Za-z0-9_-]{1,60}$/, "must be letters, digits, '_' or '-' (Terraform Cloud workspace names), at most 60")
          .optional().describe("Workspace name prefix. Default: agent-router-."),
      })
      .optional()
      .describe("Terraform Cloud / HCP Terraform: one workspace per stack."),
  })
  .describe("Where Terraform keeps state.");

const KeyVault = z
  .strictObject({
    vaultId: text().describe(
      "Resource ID of an existing Azure Key Vault (RBAC authorization), such as /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>. The cluster reads it through the Secrets Store CSI driver's Azure provider with workload identity; the `-azure` stack gives each reader (the TLS sync pod, the collector) its own identity with Key Vault Secrets User on the secrets it reads only, never the whole vault.",
    ),
    rotationInterval: text()
      .regex(/^[1-9][0-9]{0,3}(s|m|h)$/, "must be a duration such as 2m, 30s or 1h")
      .default("2m")
      .describe(
        "How often the Secrets Store CSI driver polls the vault and updates the synced Secrets (the AKS add-on's `--rotation-poll-interval`; AKS's default is 2m). Applied to a cluster the project creates; a reused cluster keeps its own.",
      ),
  })
  .describe("An existing Key Vault that holds the TLS certificate (`tls.mode: key-vault`) or exporter credentials, so they never enter Terraform state (Appendix B).");

/** The platforms the vendor's installer names its archives after (Step 2: `tare-darwin-arm64.tar.gz`). */
export const TARE_PLATFORMS = ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64"] as const;

/** Exact semantic version (semver.org 2.0.0), without a leading `v`: `0.1.0-beta.4`. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

// Guide: Step 2 (the tare CLI) and Upgrading; docs/data-plane.md.
const DataPlane = z
  .strictObject({
    version: text()
      .refine((v) => !/^v\d/.test(v), { message: "must be written without the leading 'v' (0.1.0-beta.4, not v0.1.0-beta.4): the runbook adds it where the vendor's download path needs it" })
      .refine((v) => /^v\d/.test(v) || SEMVER.test(v), { message: "must be an exact semantic version such as 0.1.0-beta.4 (no range, no 'latest')" })
      .optional()
      .describe(
        "The `tare` CLI version this environment installs and upgrades with; the data plane's version is the chart and images embedded in that binary (`tare upgrade` moves a release \"to the version embedded in the current tare binary\"). Exact semver without the leading `v` (`0.1.0-beta.4`); Step 2 downloads `https://tare.tetrate.ai/tools/tags/v<version>/tare-<platform>.tar.gz`. Default: none, and Step 2 runs the vendor's installer, which installs whatever its stable channel ships; required in production (AR057).",
      ),
    sha256: z
      .strictObject(
        Object.fromEntries(
          TARE_PLATFORMS.map((platform) => [
            platform,
            text()
              .regex(/^[a-f0-9]{64}$/, "must be a SHA-256 digest: 64 lowercase hex characters")
              .optional()
              .describe(`SHA-256 of \`tare-${platform}.tar.gz\` at \`version\`.`),
          ]),
        ) as Record<(typeof TARE_PLATFORMS)[number], z.ZodOptional<ReturnType<typeof text>>>,
      )
      .prefault({})
      .describe(
        "SHA-256 of the `tare-<platform>.tar.gz` archive of `version`, per platform (`linux-amd64`, `linux-arm64`, `darwin-amd64`, `darwin-arm64`). The vendor publishes no checksums that this project found, so these are recorded by the team the first time a version is vetted (Step 2 prints the digest) and then checked on every later download. Default: none; Step 2 then prints the digest instead of checking it.",
      ),
  })
  .describe("The data plane release: which `tare` CLI (and so which chart and images) this environment runs (docs/data-plane.md).");

export const EnvironmentSchema = z
  .strictObject({
    $schema: text().optional().describe("Editor hint; ignored."),
    name: text()
      .regex(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/, "must be 2-20 lowercase letters, digits or '-', starting with a letter")
      .describe("Environment name; prefixes the stacks (`<name>-azure`, `<name>-cluster`) and names dist/<name>/."),
    production: z
      .boolean()
      .default(false)
      .describe("A production environment: TLS, a real hostname and no ACR admin user are enforced."),
    waivers: z
      .record(text().regex(/^AR\d{3}$/, "must be a rule id such as AR012"), waiverReason)
      .default({})
      .describe("Rule ids to waive, each with the reason the team accepts the risk. Only waivable rules can be waived."),
    acknowledgeReplacements: z
      .array(
        z.strictObject({
          address: text()
            .regex(/^[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+$/, "must be a Terraform resource address as the replacement error names it, such as azurerm_kubernetes_cluster.Cluster_EB0386A7")
            .describe("Terraform address of the resource, as the AR055 error names it."),
          reason: waiverReason.describe("Why the team accepts losing the resource (at least 10 characters)."),
        }),
      )
      .default([])
      .describe(
        "Replacements and destroys the team accepts: check and synth compare the stacks with dist/<name>/force-new.json (the last synth's output) and refuse, with AR050, a change that makes Terraform replace or destroy a resource (a renamed cluster, a new location) until it is listed here. Remove an entry once the change is applied.",
      ),
    azure: Azure,
    cluster: Cluster,
    network: Network.prefault({}),
    registry: Registry.prefault({}),
    ingress: Ingress.prefault({}),
    tls: Tls.prefault({}),
    dns: Dns.prefault({}),
    observability: Observability.prefault({}),
    gitops: Gitops.prefault({}),
    state: State.prefault({}),
    keyVault: KeyVault.optional(),
    dataPlane: DataPlane.prefault({}),
  })
  .describe("One Agent Router data-plane environment on Azure.");

/** A parsed environment file, every default applied. */
export type EnvironmentConfig = z.output<typeof EnvironmentSchema>;
