// What the rest of the stacks need to know about a cluster, whether the project created it
// (AksCluster) or reads an existing one (ExistingAksCluster).

export interface KubeCredentials {
  readonly host: string;
  /** Base64 PEM, as AKS returns it. Empty when local accounts are disabled. */
  readonly clientCertificate: string;
  readonly clientKey: string;
  readonly clusterCaCertificate: string;
}

export interface ClusterRef {
  readonly id: string;
  readonly name: string;
  readonly resourceGroupName: string;
  /** The MC_* resource group AKS manages. */
  readonly nodeResourceGroup: string;
  readonly nodeResourceGroupId: string;
  /** Object id of the kubelet identity (the one that pulls images). */
  readonly kubeletObjectId: string;
  readonly oidcIssuerUrl: string;
  /** Object id of the AGIC add-on's identity (AGIC mode). */
  readonly agicIdentityObjectId?: string;
  readonly credentials: KubeCredentials;
}

/** The credential fields of an AKS kube_config entry (the resource's or the data source's). */
export function credentialsOf(kube: KubeCredentials): KubeCredentials {
  return {
    host: kube.host,
    clientCertificate: kube.clientCertificate,
    clientKey: kube.clientKey,
    clusterCaCertificate: kube.clusterCaCertificate,
  };
}

/** Microsoft Entra ID application of the AKS AAD server, the audience kubelogin asks a token for. */
export const AKS_AAD_SERVER_APP_ID = "6dae42f8-4368-4678-94ff-3960e28e3630";
