// The `<env>-cluster` stack: the helm and kubernetes providers, configured from the cluster
// the `-azure` stack created (a cross-stack reference, so no provider depends on a
// resource of its own apply), and what goes into the cluster before `tare install`:
// cert-manager (B.2.1), the ALB controller (Appendix A), the Secrets the YAML only names
// (Appendix C, Appendix D, Step 5.3), and the DNS record that needs the gateway (Step 8.1).
import { HelmProvider } from "../.gen/providers/helm/provider";
import { AzurermProvider } from "../.gen/providers/azurerm/provider";
import { NamespaceV1 } from "../.gen/providers/kubernetes/namespace-v1";
import { KubernetesProvider } from "../.gen/providers/kubernetes/provider";
import { Aspects, Fn, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { acrLoginServer, pullSecretName, resourceTags } from "../config/derived";
import { clusterAuth } from "../plan/cluster";
import { dataPlaneUrl } from "../plan/endpoint";
import { appGatewayName, gatewayByTerraform } from "../plan/ingress";
import { GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE, NS_SYSTEM, stackNames } from "../plan/names";
import { clusterCreatesPullSecret } from "../plan/registry";
import type { Environment } from "../config/loader";
import { collectorKeyVaultSecrets, exportersOf } from "../config/telemetry";
import { clusterStackNamespaces, exporterVariable, registryVariables, type SensitiveVariable } from "../config/variables";
import { azurermProviderConfig, type AzureStack } from "./azure-stack";
import { configureBackend } from "./backend";
import { AlbControllerRelease } from "./constructs/alb-controller-release";
import { CertManagerRelease } from "./constructs/cert-manager-release";
import { AKS_AAD_SERVER_APP_ID, type KubeCredentials } from "./constructs/cluster-ref";
import { DnsRecord } from "./constructs/dns-record";
import { GatewayAddress } from "./constructs/gateway-address";
import { OpaqueSecret, PullSecret } from "./constructs/kube-secret";
import { SecretProviderClass } from "./constructs/secret-provider-class";
import { DefaultTags } from "./default-tags";
import { argoCdBootstrap } from "./gitops-bootstrap";

export class ClusterStack extends TerraformStack {
  constructor(scope: Construct, env: Environment, azure: AzureStack) {
    const name = stackNames(env).cluster;
    super(scope, name);
    this.addDependency(azure);
    configureBackend(this, env, name);
    this.providers(env, azure.cluster.credentials);
    Aspects.of(this).add(new DefaultTags(resourceTags(env)));

    const namespaces = this.dataPlaneNamespaces(env);
    // The namespaces' `removed` blocks and prevent_destroy need Terraform 1.7 or later; an older
    // one fails here with a clear message instead of misreading the configuration.
    this.addOverride("terraform.required_version", ">= 1.7.0");

    if (env.tls.mode === "cert-manager") {
      new CertManagerRelease(this, "CertManager", {
        chartVersion: env.tls.certManager.chartVersion,
        gatewayApi: env.ingress.mode === "agc",
      });
    }
    // GitOps that bootstraps itself: Argo CD from its pinned chart (gitops.argocd.install).
    argoCdBootstrap(this, env);
    if (env.ingress.mode === "agc" && azure.albIdentity) {
      new AlbControllerRelease(this, "AlbController", {
        chartVersion: env.ingress.agc.albControllerChartVersion,
        namespace: env.ingress.agc.controllerNamespace,
        clientId: azure.albIdentity.clientId,
        installGatewayApiCrds: env.ingress.agc.installGatewayApiCrds,
      });
    }

    // tls.mode: key-vault: the certificate's secret (certificate chain and private key,
    // PEM) synced into the kubernetes.io/tls Secret the Ingress or Gateway names, while the
    // tars-tls-sync pod (dist/<env>/platform) mounts this class.
    const kv = azure.keyVaultAccess;
    if (env.tls.mode === "key-vault" && env.tls.keyVault && kv) {
      const certificate = env.tls.keyVault.certificateName;
      new SecretProviderClass(this, "TlsProviderClass", {
        name: KEY_VAULT_NAMES.tlsProviderClass,
        namespace: namespaces.dataplane,
        clientId: kv.clientIdOf(KEY_VAULT_NAMES.tlsServiceAccount),
        tenantId: kv.tenantId,
        keyVaultName: kv.vaultName,
        objects: [{ objectName: certificate, objectType: "secret" }],
        secretObjects: [
          {
            secretName: env.tls.secretName,
            type: "kubernetes.io/tls",
            data: [
              { key: "tls.key", objectName: certificate },
              { key: "tls.crt", objectName: certificate },
            ],
          },
        ],
      });
    }

    // Exporter credentials from Key Vault, one object per key (mounted under the key's
    // name) and one Opaque Secret per exporter, synced while the collector mounts this class.
    const collectorVault = collectorKeyVaultSecrets(env);
    if (collectorVault.objects.length && kv) {
      new SecretProviderClass(this, "CollectorProviderClass", {
        name: KEY_VAULT_NAMES.collectorProviderClass,
        namespace: namespaces.dataplane,
        clientId: kv.clientIdOf(GUIDE_NAMES.collector),
        tenantId: kv.tenantId,
        keyVaultName: kv.vaultName,
        objects: collectorVault.objects.map((o) => ({ objectName: o.objectName, objectType: "secret", objectAlias: o.alias })),
        secretObjects: collectorVault.secrets.map((s) => ({
          secretName: s.secretName,
          type: "Opaque",
          data: s.keys.map((key) => ({ key, objectName: key })),
        })),
      });
    }

    // Appendix C: the collector's credentials, from Application Insights or sensitive variables.
    // Those from Key Vault get no variable and no Secret here: the CSI driver syncs them (below).
    for (const exporter of exportersOf(env)) {
      const secret = exporter.secret;
      if (!secret || secret.source === "external" || secret.source === "key-vault") continue;
      const data: Record<string, string> = {};
      for (const key of secret.keys) {
        data[key] =
          secret.source === "app-insights" && azure.appInsights
            ? azure.appInsights.connectionString
            : this.sensitiveVariable(exporterVariable(secret.name, key, exporter.id));
      }
      new OpaqueSecret(this, `Secret-${secret.name}`, { name: secret.name, namespace: namespaces.dataplane, data });
    }

    // Appendix D and the Step 5.3 fallback: the same pull secret in both namespaces.
    const pullSecret = pullSecretName(env);
    if (clusterCreatesPullSecret(env) && pullSecret) {
      const fromAcr = env.registry.mode === "acr-admin" && azure.registry;
      const variables = registryVariables(env);
      // The registry host is known before apply (a token cannot be a key of the auths map).
      new PullSecret(this, "PullSecret", {
        name: pullSecret,
        namespaces: { System: namespaces.system, Dataplane: namespaces.dataplane },
        server: env.registry.private?.host ?? acrLoginServer(env) ?? "",
        username: fromAcr
          ? azure.registry!.resource.adminUsername
          : this.sensitiveVariable(variables.username),
        password: fromAcr
          ? azure.registry!.resource.adminPassword
          : this.sensitiveVariable(variables.password),
      });
    }

    this.dns(env, azure);
  }

  private providers(env: Environment, credentials: KubeCredentials): void {
    const ca = Fn.base64decode(credentials.clusterCaCertificate);
    // With Entra ID (local accounts disabled, the production default) the user kubeconfig has no
    // client certificate, and none may reach state or this stack's inputs: authenticate as the
    // identity that applies the stack through kubelogin, as `az aks get-credentials` + kubelogin
    // would (docs/azure-behaviours.md, "Entra ID, local accounts and the -cluster stack").
    const kubelogin = {
      apiVersion: "client.authentication.k8s.io/v1beta1",
      command: "kubelogin",
      args: ["get-token", "--login", "azurecli", "--server-id", AKS_AAD_SERVER_APP_ID],
    };
    const { kubelogin: useKubelogin } = clusterAuth(env);
    const auth = useKubelogin
      ? { host: credentials.host, clusterCaCertificate: ca }
      : {
          host: credentials.host,
          clusterCaCertificate: ca,
          clientCertificate: Fn.base64decode(credentials.clientCertificate),
          clientKey: Fn.base64decode(credentials.clientKey),
        };
    new KubernetesProvider(this, "kubernetes", useKubelogin ? { ...auth, exec: [kubelogin] } : auth);
    new HelmProvider(this, "helm", {
      kubernetes: useKubelogin ? { ...auth, exec: kubelogin } : auth,
    });
    if (this.needsAzurerm(env)) {
      new AzurermProvider(this, "azurerm", azurermProviderConfig(env));
    }
  }

  /** The DNS record needs azurerm; so does reading a gateway the add-on created (nip.io or DNS). */
  private needsAzurerm(env: Environment): boolean {
    if (env.ingress.mode !== "agic") return false;
    return env.dns.mode === "azure-dns" || (env.dns.mode === "nip-io" && !gatewayByTerraform(env));
  }

  /**
   * tars-system and tars-dataplane, created here only when this stack puts Secrets into them
   * (otherwise `tare install` creates them, Step 6). `tare install` accepts existing
   * namespaces (Step d.3 creates them first). The data plane lives in them, so Terraform must
   * never delete them: `prevent_destroy` makes a plain `terraform destroy` of this stack stop,
   * and cleanup.sh releases them from state only after `helm uninstall tars` (the guide's
   * Cleanup order), then deletes them with kubectl.
   */
  private dataPlaneNamespaces(env: Environment): { system: string; dataplane: string } {
    const { system: needsSystem, dataplane: needsDataplane } = clusterStackNamespaces(env);
    const make = (id: string, ns: string) =>
      new NamespaceV1(this, id, {
        metadata: { name: ns, labels: { "app.kubernetes.io/managed-by": "terraform" } },
        lifecycle: { preventDestroy: true },
      }).metadata.name;
    // A namespace this stack no longer needs (the config changed: no pull secret, no exporter
    // Secret) must not be destroyed with the data plane in it: prevent_destroy leaves with the
    // resource, so a `removed` block forgets it instead (Terraform 1.7+; a no-op when it was never
    // in state). docs/azure-behaviours.md, "The data plane's namespaces must outlive the -cluster stack".
    const forget = [!needsSystem && "NamespaceSystem", !needsDataplane && "NamespaceDataplane"].filter((id): id is string => !!id);
    if (forget.length) {
      this.addOverride(
        "removed",
        forget.map((id) => ({ from: `kubernetes_namespace_v1.${id}`, lifecycle: { destroy: false } })),
      );
    }
    return {
      system: needsSystem ? make("NamespaceSystem", NS_SYSTEM) : NS_SYSTEM,
      dataplane: needsDataplane ? make("NamespaceDataplane", NS_DATAPLANE) : NS_DATAPLANE,
    };
  }

  private sensitiveVariable({ name, description }: SensitiveVariable): string {
    const existing = this.node.tryFindChild(name);
    const variable =
      (existing as TerraformVariable | undefined) ??
      new TerraformVariable(this, name, { type: "string", sensitive: true, nullable: false, description });
    return variable.stringValue;
  }

  private dns(env: Environment, azure: AzureStack): void {
    let url = dataPlaneUrl(env);
    // The public IP: a resource of the -azure stack (no read, known at plan time), or, for the
    // add-on's own gateway and reused clusters, read from the node resource group.
    // ipAddress is read only when needed (nip.io): for the add-on's gateway it is a data source.
    let address: { id: string; ipAddress: () => string } | undefined;
    const ip = azure.appGateway?.publicIp;
    if (ip && env.ingress.mode === "agic") {
      address = { id: ip.id, ipAddress: () => ip.ipAddress };
    } else if (this.needsAzurerm(env)) {
      const gateway = new GatewayAddress(this, "Gateway", {
        gatewayName: appGatewayName(env),
        nodeResourceGroup: azure.cluster.nodeResourceGroup,
        rerun: `the apply of ${stackNames(env).cluster}`,
      });
      address = { id: gateway.publicIpId, ipAddress: () => gateway.ipAddress() };
    }
    if (address) {
      const azureDns = env.dns.azureDns;
      if (env.dns.mode === "azure-dns" && azureDns && env.dns.hostname) {
        // Guide: Step 8.1.
        new DnsRecord(this, "DnsRecord", {
          zoneName: azureDns.zoneName,
          zoneResourceGroup: azureDns.resourceGroup,
          hostname: env.dns.hostname,
          ttl: azureDns.ttl,
          targetResourceId: address.id,
        });
      }
      // Guide: Step 8.2, "<appgw-ip>.nip.io resolves automatically" (demo only, HTTP).
      if (env.dns.mode === "nip-io") url = `http://${address.ipAddress()}.nip.io`;
    }
    if (url) {
      new TerraformOutput(this, "data_plane_url", {
        value: url,
        description: `Register in the dashboard (System → Settings → Profile → Proxy URL), or: tare install <credential> --serve-url <url>`,
      });
    }
  }
}
