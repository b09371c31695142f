// Guide: Step 3, "Reusing an existing AKS cluster". Reads the cluster with a data source and
// enforces, at plan time, what the chosen ingress needs from it. Never modifies the cluster.
import { DataAzurermKubernetesCluster } from "../../.gen/providers/azurerm/data-azurerm-kubernetes-cluster";
import { Construct } from "constructs";
import { sh } from "../../config/encode";
import { credentialsOf, type ClusterRef } from "./cluster-ref";

export interface ExistingAksClusterProps {
  readonly name: string;
  readonly resourceGroupName: string;
  /**
   * Fail the plan unless the cluster runs traditional Azure CNI with the Azure dataplane
   * (AGIC's requirement, Step 3) and has the AGIC add-on enabled (Step 7.1, which the
   * project does not do on a cluster it does not own). @default false
   */
  readonly requireAgic?: boolean;
  /** Fail the plan unless the OIDC issuer is enabled (AGC's workload identity). @default false */
  readonly requireOidcIssuer?: boolean;
  /**
   * Fail the plan unless the Key Vault secrets provider add-on runs with rotation on and the
   * OIDC issuer is enabled (the vault's workload identity). @default false
   */
  readonly requireKeyVaultSecretsProvider?: boolean;
}

/**
 * The azurerm data source exposes neither networkPluginMode nor networkDataplane, so the
 * precondition derives them from what it does expose: Azure CNI Overlay always has a pod
 * CIDR (traditional Azure CNI has none), and the Cilium dataplane always runs network
 * policy `cilium`. (`coalesce` would fail on an empty pod CIDR: `try(length())` does not.)
 */
export const AGIC_COMPATIBLE_CONDITION =
  '${self.network_profile[0].network_plugin == "azure" && try(length(self.network_profile[0].pod_cidr), 0) == 0 && self.network_profile[0].network_policy != "cilium"}';

export class ExistingAksCluster extends Construct {
  readonly resource: DataAzurermKubernetesCluster;
  /** What the rest of the stacks use. */
  readonly ref: ClusterRef;
  /** The App Gateway subnet the add-on uses (AGIC mode). */
  readonly agicSubnetId?: string;

  constructor(scope: Construct, id: string, props: ExistingAksClusterProps) {
    super(scope, id);
    const data = new DataAzurermKubernetesCluster(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
    });
    const postconditions: { condition: string; error_message: string }[] = [];
    if (props.requireAgic) {
      postconditions.push({
        condition: AGIC_COMPATIBLE_CONDITION,
        error_message:
          `AGIC does not support cluster ${props.name}'s network (Azure CNI Overlay or the Cilium dataplane; guide Step 3 and the AGIC row "Waiting for overlay extension config"). ` +
          "Set ingress.mode: agc in the environment file (Application Gateway for Containers works on any CNI).",
      });
      postconditions.push({
        condition: "${length(self.ingress_application_gateway) > 0}",
        error_message:
          `Cluster ${props.name} does not have the AGIC add-on (guide Step 7.1). Enable it once, as the runbook shows: ` +
          `${sh`az aks enable-addons -g ${props.resourceGroupName} -n ${props.name} --addons ingress-appgw`} ...`,
      });
    }
    if (props.requireOidcIssuer) {
      postconditions.push({
        condition: "${self.oidc_issuer_enabled}",
        error_message:
          `Cluster ${props.name} has no OIDC issuer, which the ALB controller's workload identity needs (guide Appendix A). ` +
          `Run: ${sh`az aks update -g ${props.resourceGroupName} -n ${props.name} --enable-oidc-issuer --enable-workload-identity`}`,
      });
    }
    if (props.requireKeyVaultSecretsProvider) {
      postconditions.push({
        condition: "${length(self.key_vault_secrets_provider) > 0}",
        error_message:
          `Cluster ${props.name} does not have the Azure Key Vault provider for Secrets Store CSI add-on, which reads the Key Vault (keyVault.vaultId). ` +
          `Enable it once, with rotation: ${sh`az aks enable-addons -g ${props.resourceGroupName} -n ${props.name} --addons azure-keyvault-secrets-provider --enable-secret-rotation`}`,
      });
      postconditions.push({
        condition: "${try(self.key_vault_secrets_provider[0].secret_rotation_enabled, false)}",
        error_message:
          `Cluster ${props.name}'s Key Vault secrets provider add-on has secret rotation off: a certificate renewed in the vault would never reach the cluster. ` +
          `Run: ${sh`az aks addon update -g ${props.resourceGroupName} -n ${props.name} --addon azure-keyvault-secrets-provider --enable-secret-rotation`}`,
      });
      if (!props.requireOidcIssuer) {
        postconditions.push({
          condition: "${self.oidc_issuer_enabled}",
          error_message:
            `Cluster ${props.name} has no OIDC issuer, which the Key Vault identity's federated credentials need. ` +
            `Run: ${sh`az aks update -g ${props.resourceGroupName} -n ${props.name} --enable-oidc-issuer --enable-workload-identity`}`,
        });
      }
    }
    if (postconditions.length) {
      data.addOverride("lifecycle.postcondition", postconditions);
    }
    this.resource = data;
    const agic = props.requireAgic ? data.ingressApplicationGateway.get(0) : undefined;
    this.agicSubnetId = agic?.subnetId;
    this.ref = {
      id: data.id,
      name: data.name,
      resourceGroupName: data.resourceGroupName,
      nodeResourceGroup: data.nodeResourceGroup,
      nodeResourceGroupId: data.nodeResourceGroupId,
      kubeletObjectId: data.kubeletIdentity.get(0).objectId,
      oidcIssuerUrl: data.oidcIssuerUrl,
      agicIdentityObjectId: agic?.ingressApplicationGatewayIdentity.get(0).objectId,
      credentials: credentialsOf(data.kubeConfig.get(0)),
    };
  }
}
