// The providers of the `<env>-cluster` stack, configured from the cluster the `-azure` stack
// created or read (a cross-stack reference, so no provider depends on a resource of its own apply).
import { HelmProvider } from "../../.gen/providers/helm/provider";
import { AzurermProvider } from "../../.gen/providers/azurerm/provider";
import { KubernetesProvider } from "../../.gen/providers/kubernetes/provider";
import { Fn, type TerraformStack } from "cdktf";
import type { Plan } from "../../plan";
import { azurermProviderConfig } from "../azure/provider";
import { AKS_AAD_SERVER_APP_ID, type KubeCredentials } from "../constructs/cluster-ref";

export function clusterProviders(stack: TerraformStack, plan: Plan, credentials: KubeCredentials): void {
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
  const useKubelogin = plan.cluster.auth.kubelogin;
  const auth = useKubelogin
    ? { host: credentials.host, clusterCaCertificate: ca }
    : {
        host: credentials.host,
        clusterCaCertificate: ca,
        clientCertificate: Fn.base64decode(credentials.clientCertificate),
        clientKey: Fn.base64decode(credentials.clientKey),
      };
  new KubernetesProvider(stack, "kubernetes", useKubelogin ? { ...auth, exec: [kubelogin] } : auth);
  new HelmProvider(stack, "helm", {
    kubernetes: useKubelogin ? { ...auth, exec: kubelogin } : auth,
  });
  if (needsAzurerm(plan)) {
    new AzurermProvider(stack, "azurerm", azurermProviderConfig(plan));
  }
}

/** The DNS record needs azurerm; so does reading a gateway the add-on created (nip.io or DNS). */
export function needsAzurerm(plan: Plan): boolean {
  if (plan.ingress.mode !== "agic") return false;
  return plan.dns.mode === "azure-dns" || (plan.dns.mode === "nip-io" && plan.ingress.gateway.by !== "terraform");
}
