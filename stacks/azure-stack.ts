// The `<env>-azure` stack: everything ARM. Guide Steps 3-5.3, 7.1, Appendix A (identities
// and subnet), Appendix C (Log Analytics, Application Insights).
import { DataAzurermClientConfig } from "../.gen/providers/azurerm/data-azurerm-client-config";
import { DataAzurermKubernetesServiceVersions } from "../.gen/providers/azurerm/data-azurerm-kubernetes-service-versions";
import { DataAzurermResourceGroup } from "../.gen/providers/azurerm/data-azurerm-resource-group";
import { AzurermProvider } from "../.gen/providers/azurerm/provider";
import { ResourceGroup } from "../.gen/providers/azurerm/resource-group";
import type { AzurermProviderFeatures } from "../.gen/providers/azurerm/provider";
import { Aspects, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { agcSubnetId, agcWafPolicyIds, appGatewayPublicIpName, resourceTags, wafApiPolicyId } from "../config/derived";
import { clusterAuth, clusterResourceGroup, getCredentialsCommand, followsPatchChannel, maintenanceWindows, networkPolicy, nodePool, reusesResourceGroup, skuTier } from "../plan/cluster";
import { gitopsInstalls } from "../plan/gitops";
import { appGatewayName, gatewayByTerraform } from "../plan/ingress";
import { keyVaultSubjects, parseKeyVaultId, usesKeyVault } from "../plan/key-vault";
import { KEY_VAULT_NAMES, stackNames, SUBNET_NAMES } from "../plan/names";
import { vnetName, vnetResourceGroup } from "../plan/network";
import { logAnalyticsNeeded } from "../plan/telemetry";
import { wafOnAgicGateway, wafPolicyNames, wafLogsToWorkspace, wafOnAgc, wafSettings } from "../plan/waf";
import type { Environment } from "../config/loader";
import { collectorKeyVaultSecrets, KQL_QUERIES, WAF_KQL_QUERIES } from "../config/telemetry";
import { configureBackend } from "./backend";
import { AgicPermissions } from "./constructs/agic-permissions";
import { AksCluster } from "./constructs/aks-cluster";
import { AppGateway } from "./constructs/app-gateway";
import { AlbControllerIdentity } from "./constructs/alb-controller-identity";
import { AlbSubnet } from "./constructs/alb-subnet";
import { AppInsights } from "./constructs/app-insights";
import type { ClusterRef } from "./constructs/cluster-ref";
import { ContainerInsights } from "./constructs/container-insights";
import { ContainerRegistry } from "./constructs/container-registry";
import { ExistingAksCluster } from "./constructs/existing-aks-cluster";
import { GatewayDiagnostics } from "./constructs/gateway-diagnostics";
import { KeyVaultAccess } from "./constructs/key-vault-access";
import { LogAnalytics } from "./constructs/log-analytics";
import { PlatformNetwork } from "./constructs/platform-network";
import { PROMPT_TEXT_RULE_GROUPS, WafPolicy, WAF_RULE_SETS } from "./constructs/waf-policy";
import { DefaultTags } from "./default-tags";
import { fluxBootstrap } from "./gitops-bootstrap";

/** Provider settings shared by both stacks. */
export function azurermProviderConfig(env: Environment, features: AzurermProviderFeatures = {}) {
  return {
    features: [features],
    subscriptionId: env.azure.subscriptionId,
    resourceProvidersToRegister: providersToRegister(env),
  };
}

/**
 * Resource providers the provider's default registrations ("legacy") leave out: Appendix A's
 * `az provider register --namespace Microsoft.ServiceNetworking` for AGC, and the Flux extension's
 * Microsoft.KubernetesConfiguration (docs/azure-behaviours.md, "GitOps engines the stacks install").
 */
function providersToRegister(env: Environment): string[] | undefined {
  const out = [env.ingress.mode === "agc" && "Microsoft.ServiceNetworking", gitopsInstalls(env).flux && "Microsoft.KubernetesConfiguration"].filter((p): p is string => !!p);
  return out.length ? out : undefined;
}

/**
 * Provider features of the `-azure` stack. When it creates Application Insights in a resource
 * group it owns, Azure adds a Smart Detection action group (and a Failure Anomalies rule) to that
 * group outside Terraform's state; the provider's default check would then refuse to delete the
 * group at `terraform destroy`. The group is the environment's own (created by this stack), so
 * deleting it whole is what destroy means. docs/azure-behaviours.md, "Destroying Application Insights".
 */
export function azureStackFeatures(env: Environment): AzurermProviderFeatures {
  const ownsGroup = !reusesResourceGroup(env);
  if (!ownsGroup || !env.observability.exporters.azureMonitor) return {};
  return { resourceGroup: [{ preventDeletionIfContainsResources: false }] };
}

export class AzureStack extends TerraformStack {
  readonly cluster: ClusterRef;
  readonly registry?: ContainerRegistry;
  readonly albIdentity?: AlbControllerIdentity;
  readonly appInsights?: AppInsights;
  /** The App Gateway and its public IP, when this stack creates them (`ingress.agic.gateway: terraform`). */
  readonly appGateway?: AppGateway;
  /** The WAF policies of that gateway (docs/waf.md): strict on the gateway, API on /v1/ and /mcp/. */
  readonly wafPolicies?: { readonly strict: WafPolicy; readonly api: WafPolicy };
  /** The WAF policies of Application Gateway for Containers (`ingress.mode: agc`, WAF on): the same two, AGC's subset. */
  readonly agcWaf?: { readonly strict: WafPolicy; readonly api: WafPolicy };
  /** The gateway's diagnostic setting to the workspace, when the WAF is on. */
  readonly gatewayDiagnostics?: GatewayDiagnostics;
  /** The Key Vault identity, its role and federation, when the environment reads the vault. */
  readonly keyVaultAccess?: KeyVaultAccess;

  constructor(scope: Construct, env: Environment) {
    const name = stackNames(env).azure;
    super(scope, name);
    configureBackend(this, env, name);
    new AzurermProvider(this, "azurerm", azurermProviderConfig(env, azureStackFeatures(env)));
    Aspects.of(this).add(new DefaultTags(resourceTags(env)));

    const location = env.azure.location;
    const existing = env.cluster.existing;
    // Guide: Step 3.3. A reused cluster's own resource group is read, never managed.
    const rg = reusesResourceGroup(env)
      ? new DataAzurermResourceGroup(this, "ResourceGroup", { name: env.azure.resourceGroup })
      : new ResourceGroup(this, "ResourceGroup", { name: env.azure.resourceGroup, location });
    const rgName = rg.name;

    const workspace = this.logAnalytics(env, rgName);
    const agic = env.ingress.mode === "agic";
    let appGatewaySubnetId: string | undefined;
    let cluster: ClusterRef;
    let albVnetName = vnetName(env);

    if (existing) {
      // Guide: Step 3, "Reusing an existing AKS cluster".
      const reused = new ExistingAksCluster(this, "Cluster", {
        name: env.cluster.name,
        resourceGroupName: existing.resourceGroup,
        requireAgic: agic,
        requireOidcIssuer: !agic,
        requireKeyVaultSecretsProvider: usesKeyVault(env),
      });
      cluster = reused.ref;
      appGatewaySubnetId = reused.agicSubnetId;
    } else {
      const network = new PlatformNetwork(this, "Network", {
        name: vnetName(env),
        resourceGroupName: rgName,
        location,
        addressSpace: env.network.addressSpace,
        clusterSubnet: { name: SUBNET_NAMES.cluster, cidr: env.network.clusterSubnet },
        appGatewaySubnet: agic ? { name: SUBNET_NAMES.appGateway, cidr: env.network.appGatewaySubnet } : undefined,
      });
      albVnetName = network.vnet.name;
      appGatewaySubnetId = network.appGatewaySubnet?.id;
      // Guide: Step 3.1, K8S_VERSION=$(az aks get-versions ... isDefault).
      const version =
        env.cluster.kubernetesVersion ??
        new DataAzurermKubernetesServiceVersions(this, "KubernetesVersions", { location, includePreview: false }).defaultVersion;
      const pool = nodePool(env);
      const auth = clusterAuth(env);
      // Guide: Step 7.1. The gateway the add-on would create, as a resource of this stack.
      if (gatewayByTerraform(env) && appGatewaySubnetId) {
        // The WAF_v2 gateway runs behind two policies (docs/waf.md).
        this.wafPolicies = wafOnAgicGateway(env) ? this.buildWafPolicies(env, rgName) : undefined;
        this.appGateway = new AppGateway(this, "AppGateway", {
          sku: this.wafPolicies ? { name: "WAF_v2" } : undefined,
          firewallPolicyId: this.wafPolicies?.strict.id,
          name: appGatewayName(env),
          resourceGroupName: rgName,
          location,
          subnetId: appGatewaySubnetId,
          publicIpName: appGatewayPublicIpName(env),
          zones: env.cluster.availabilityZones,
        });
        // Only AGIC links the API policy to the gateway (a path rule): without this edge a destroy
        // may delete the policy while the gateway still references it, and Azure refuses.
        const api = this.wafPolicies?.api.resource;
        if (api) this.appGateway.resource.dependsOn = [`${api.terraformResourceType}.${api.friendlyUniqueId}`];
      }
      const aks = new AksCluster(this, "Cluster", {
        name: env.cluster.name,
        resourceGroupName: rgName,
        location,
        kubernetesVersion: version,
        keepInitialVersion: env.cluster.kubernetesVersion === undefined,
        followPatchUpgrades: followsPatchChannel(env) ? { resourceGroupName: env.azure.resourceGroup } : undefined,
        vmSize: pool.vmSize ?? "",
        nodeCount: pool.nodeCount,
        maxPods: env.cluster.maxPods,
        zones: env.cluster.availabilityZones,
        subnetId: network.clusterSubnet.id,
        network: { ...env.cluster.network, policy: networkPolicy(env) },
        skuTier: skuTier(env),
        agic: this.appGateway
          ? { gatewayId: this.appGateway.resource.id }
          : agic && appGatewaySubnetId
            ? { gatewayName: appGatewayName(env), subnetId: appGatewaySubnetId }
            : undefined,
        workloadIdentity: env.ingress.mode === "agc" || usesKeyVault(env),
        keyVaultSecretsProvider: usesKeyVault(env) && env.keyVault ? { rotationInterval: env.keyVault.rotationInterval } : undefined,
        logAnalyticsWorkspaceId: env.cluster.containerInsights ? workspace?.workspaceId : undefined,
        azurePolicy: env.cluster.azurePolicy,
        automaticUpgradeChannel: env.cluster.automaticUpgradeChannel,
        nodeOsUpgradeChannel: env.cluster.nodeOsUpgradeChannel,
        autoUpgradeWindow: maintenanceWindows(env).autoUpgrade,
        nodeOsUpgradeWindow: maintenanceWindows(env).nodeOs,
        apiServerAuthorizedIpRanges: env.cluster.apiServerAuthorizedIpRanges,
        localAccountsDisabled: auth.localAccountsDisabled,
        entraId: auth.entraId && {
          ...auth.entraId,
          // Without admin groups, the tenant of the identity that applies the stack (what the
          // provider itself would fall back to): access then comes from Azure role assignments.
          tenantId: auth.entraId.adminGroupObjectIds.length ? undefined : new DataAzurermClientConfig(this, "ClientConfig").tenantId,
        },
      });
      cluster = aks.ref;
      if (env.cluster.containerInsights && workspace) {
        new ContainerInsights(this, "ContainerInsights", {
          name: `MSCI-${location}-${env.cluster.name}`.slice(0, 64),
          resourceGroupName: rgName,
          location,
          workspaceId: workspace.workspaceId,
          clusterId: aks.ref.id,
        });
      }
    }
    this.cluster = cluster;
    // GitOps that bootstraps itself: Flux as an AKS extension (gitops.flux.install).
    fluxBootstrap(this, env, cluster.id);

    // The WAF's firewall and access logs to the workspace (resource-specific tables).
    if (this.appGateway && workspace && wafLogsToWorkspace(env)) {
      this.gatewayDiagnostics = new GatewayDiagnostics(this, "AppGatewayDiagnostics", {
        gatewayId: this.appGateway.resource.id,
        workspaceId: workspace.workspaceId,
      });
    }

    // Guide: Steps 4 and 5.3.
    if (env.registry.mode !== "private" && env.registry.acrName) {
      const admin = env.registry.mode === "acr-admin";
      this.registry = new ContainerRegistry(this, "Registry", {
        name: env.registry.acrName,
        resourceGroupName: rgName,
        location,
        adminEnabled: admin,
        pullPrincipalId: admin ? undefined : cluster.kubeletObjectId,
      });
    }

    // Guide: Step 7.1. Only on a cluster the project creates: on an existing cluster,
    // `az aks enable-addons` (the runbook's command) grants the add-on identity its network roles
    // itself, and an existing subnet_id may be "" (--appgw-subnet-cidr). docs/azure-behaviours.md.
    if (agic && !existing && cluster.agicIdentityObjectId && appGatewaySubnetId) {
      new AgicPermissions(this, "AgicPermissions", {
        principalId: cluster.agicIdentityObjectId,
        appGatewaySubnetId,
        gateway: this.appGateway
          ? { id: this.appGateway.resource.id, resourceGroupId: rg.id, publicIpId: this.appGateway.publicIp.id }
          : undefined,
        // AGIC's gateway PUTs link both policies (docs/azure-behaviours.md).
        wafPolicyIds: this.wafPolicies ? { Strict: this.wafPolicies.strict.id, Api: this.wafPolicies.api.id } : undefined,
      });
    }
    if (this.wafPolicies) {
      new TerraformOutput(this, "waf_api_policy_id", {
        value: this.wafPolicies.api.id,
        description: `Must equal the waf-policy-for-path annotation of Ingress tars-ingress-api in dist/${env.name}/ (${wafApiPolicyId(env) ?? "set azure.subscriptionId"}).`,
      });
    }

    // Guide: Appendix A.
    if (env.ingress.mode === "agc") {
      const subnet = new AlbSubnet(this, "AgcSubnet", {
        name: SUBNET_NAMES.agc,
        resourceGroupName: existing ? vnetResourceGroup(env) : rgName,
        virtualNetworkName: albVnetName,
        cidr: env.network.agcSubnet,
      });
      // The WAF of Application Gateway for Containers. The ALB controller creates the
      // AGC resource (and links the policies to it) itself, so the stack only creates the policies
      // the WebApplicationFirewallPolicy objects name, and lets the controller join them.
      this.agcWaf = wafOnAgc(env) ? this.buildWafPolicies(env, rgName, "agc") : undefined;
      this.albIdentity = new AlbControllerIdentity(this, "AlbControllerIdentity", {
        name: `${env.cluster.name}-alb-identity`,
        resourceGroupName: rgName,
        location,
        nodeResourceGroupId: cluster.nodeResourceGroupId,
        agcSubnetId: subnet.subnet.id,
        oidcIssuerUrl: cluster.oidcIssuerUrl,
        controllerNamespace: env.ingress.agc.controllerNamespace,
        wafPolicyIds: this.agcWaf ? { gateway: this.agcWaf.strict.id, api: this.agcWaf.api.id } : undefined,
      });
      new TerraformOutput(this, "agc_subnet_id", {
        value: subnet.subnet.id,
        description: `Must equal the ApplicationLoadBalancer's association in dist/${env.name}/ (${agcSubnetId(env) ?? "set azure.subscriptionId"}).`,
      });
    }

    // The Key Vault the TLS certificate (or exporter credentials) come from.
    const vault = env.keyVault && parseKeyVaultId(env.keyVault.vaultId);
    if (usesKeyVault(env) && env.keyVault && vault) {
      // The vault may live in another subscription than the stack's resources: read it there.
      // Registering resource providers needs rights there that reading a vault does not.
      const vaultProvider = new AzurermProvider(this, "azurerm-keyvault", {
        alias: "keyvault",
        features: [{}],
        subscriptionId: vault.subscriptionId,
        resourceProviderRegistrations: "none",
      });
      // Each reader its own identity and only its own objects: the TLS sync the certificate's
      // secret, the collector its exporter credentials. The TLS identity keeps the construct id
      // the single shared identity had (`Resource`).
      const tls = env.tls.mode === "key-vault" ? env.tls.keyVault?.certificateName : undefined;
      const collectorSecrets = collectorKeyVaultSecrets(env).objects.map((o) => o.objectName);
      this.keyVaultAccess = new KeyVaultAccess(this, "KeyVaultAccess", {
        resourceGroupName: rgName,
        location,
        vault: { id: env.keyVault.vaultId, name: vault.name, resourceGroupName: vault.resourceGroup },
        vaultProvider,
        oidcIssuerUrl: cluster.oidcIssuerUrl,
        readers: keyVaultSubjects(env).map(({ namespace, serviceAccount, identityName }) =>
          serviceAccount === KEY_VAULT_NAMES.tlsServiceAccount
            ? { namespace, serviceAccount, name: identityName, identityId: "Resource", secrets: tls ? [tls] : [] }
            : { namespace, serviceAccount, name: identityName, identityId: "CollectorIdentity", secrets: collectorSecrets },
        ),
      });
    }

    // Guide: Appendix C, Azure Monitor.
    const azureMonitor = env.observability.exporters.azureMonitor;
    if (azureMonitor && workspace) {
      this.appInsights = new AppInsights(this, "AppInsights", {
        name: azureMonitor.applicationInsightsName,
        resourceGroupName: rgName,
        location,
        workspaceId: workspace.workspaceId,
        queries: KQL_QUERIES,
        // The WAF panel reads the workspace the gateway's logs go to (docs/waf.md).
        workspaceQueries: this.gatewayDiagnostics ? { workspaceId: workspace.workspaceId, queries: WAF_KQL_QUERIES } : undefined,
        workbookSeed: `${env.azure.resourceGroup}/${azureMonitor.applicationInsightsName}/workbook`,
      });
    }

    this.outputs(env, cluster);
  }

  /**
   * cdktf resolves every stack once before synthesis only to discover cross-stack references
   * *from* it, then again to synthesize. This stack references no other (the dependency runs
   * from -cluster to -azure, and cdktf refuses cycles), so the first pass is skipped. Measured
   * on a 50-environment fleet: 10.7 -> 9.3 ms of CPU per environment for the Terraform side,
   * byte-identical output (docs/performance.md).
   */
  override prepareStack(): void {
    this.ensureBackendExists();
  }

  /**
   * The strict policy (gateway level: every path the API policy does not cover) and the
   * API policy. On Application Gateway for Containers (`target: "agc"`) the same two, without
   * what AGC does not support on a WAF policy (Microsoft, "Web Application Firewall on Application
   * Gateway for Containers", Limitations): rate-limit custom rules, and CRS 3.2 and lower (DRS 2.1
   * whatever `ruleSet` says; AR041 warns).
   */
  private buildWafPolicies(env: Environment, rgName: string, target: "agic" | "agc" = "agic"): { strict: WafPolicy; api: WafPolicy } {
    const agc = target === "agc";
    const waf = { ...env.ingress.waf, ruleSet: agc ? ("DRS-2.1" as const) : env.ingress.waf.ruleSet };
    const { mode } = wafSettings(env);
    const names = wafPolicyNames(env);
    const common = { resourceGroupName: rgName, location: env.azure.location, mode, ruleSet: WAF_RULE_SETS[waf.ruleSet] };
    const strict = new WafPolicy(this, "WafPolicy", {
      ...common,
      name: names.strict,
      // Microsoft's defaults: nothing outside the API needs a large body.
      requestBody: {},
      rateLimit: agc ? undefined : { threshold: waf.scannerRateLimitPerMinute, duration: "OneMin" },
      botManagerVersion: "1.1",
    });
    const api = new WafPolicy(this, "WafApiPolicy", {
      ...common,
      name: names.api,
      requestBody: {
        inspectLimitKb: waf.api.inspectLimitKb,
        enforceMaxSize: waf.api.maxRequestBodyKb !== undefined,
        // With enforcement off the provider still wants a value in 8-2000: Microsoft's maximum.
        maxSizeKb: waf.api.maxRequestBodyKb ?? 2000,
        fileUploadLimitMb: waf.api.maxFileUploadMb,
      },
      argValueExcludedRuleGroups: waf.api.promptRuleExclusions ? PROMPT_TEXT_RULE_GROUPS[waf.ruleSet] : undefined,
      rateLimit: waf.api.rateLimitPerMinute && !agc ? { threshold: waf.api.rateLimitPerMinute, duration: "OneMin" } : undefined,
      scrubBodyArguments: true,
    });
    return { strict, api };
  }

  private logAnalytics(env: Environment, rgName: string): LogAnalytics | undefined {
    const canUseInsights = env.cluster.containerInsights && !env.cluster.existing;
    if (!logAnalyticsNeeded(env) || (!canUseInsights && !env.observability.exporters.azureMonitor && !wafLogsToWorkspace(env))) return undefined;
    return new LogAnalytics(this, "LogAnalytics", {
      name: `${env.cluster.name}-logs`,
      resourceGroupName: rgName,
      location: env.azure.location,
      existingWorkspaceId: env.observability.exporters.azureMonitor?.logAnalyticsWorkspaceId,
    });
  }

  private outputs(env: Environment, cluster: ClusterRef): void {
    new TerraformOutput(this, "cluster_name", { value: cluster.name });
    new TerraformOutput(this, "cluster_id", { value: cluster.id });
    new TerraformOutput(this, "node_resource_group", { value: cluster.nodeResourceGroup });
    // Guide: Step 3.5.
    new TerraformOutput(this, "get_credentials_command", { value: String(getCredentialsCommand({ name: env.cluster.name, resourceGroup: clusterResourceGroup(env) })) });
    if (this.registry) {
      new TerraformOutput(this, "acr_login_server", { value: this.registry.loginServer });
      if (env.registry.mode === "acr-admin") {
        // Guide: Step 5.3 fallback. Only as sensitive outputs: `terraform output -raw acr_admin_password`.
        new TerraformOutput(this, "acr_admin_username", { value: this.registry.resource.adminUsername, sensitive: true });
        new TerraformOutput(this, "acr_admin_password", { value: this.registry.resource.adminPassword, sensitive: true });
      }
    }
    if (cluster.agicIdentityObjectId) {
      new TerraformOutput(this, "agic_identity_object_id", { value: cluster.agicIdentityObjectId });
    }
    if (this.appGateway) {
      // Guide: Step 7.3, known as soon as this stack is applied.
      new TerraformOutput(this, "app_gateway_public_ip", { value: this.appGateway.publicIp.ipAddress });
    }
    if (this.albIdentity) {
      new TerraformOutput(this, "alb_identity_client_id", { value: this.albIdentity.clientId });
    }
    if (this.agcWaf) {
      const ids = agcWafPolicyIds(env);
      new TerraformOutput(this, "agc_waf_policy_ids", {
        value: { gateway: this.agcWaf.strict.id, api: this.agcWaf.api.id },
        description: `Must equal the WebApplicationFirewallPolicy IDs in dist/${env.name}/ (${ids?.gateway ?? "set azure.subscriptionId"}, ${ids?.api ?? "set azure.subscriptionId"}).`,
      });
    }
    if (this.keyVaultAccess) {
      const ids = Object.fromEntries([...this.keyVaultAccess.identities].map(([sa, identity]) => [sa, identity.clientId]));
      new TerraformOutput(this, "key_vault_identity_client_ids", {
        value: ids,
        description: "Client ID of each Key Vault reader's identity, by ServiceAccount (the clientID of its SecretProviderClass).",
      });
    }
    if (this.appInsights) {
      new TerraformOutput(this, "application_insights_name", { value: this.appInsights.component.name });
    }
  }
}
