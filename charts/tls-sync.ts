// tls.mode: key-vault. The Secrets Store CSI driver creates and updates the Secrets of
// a SecretProviderClass's `secretObjects` only while a pod mounts a volume of that class, and
// deletes them when the last such pod goes. This Deployment is that pod: a pause container (it
// runs nothing) with the class mounted, under the ServiceAccount the vault's identity is
// federated with. docs/azure-behaviours.md, "Key Vault and the Secrets Store CSI driver".
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";
import { KEY_VAULT_NAMES, NS_DATAPLANE } from "../plan/names";
import { PodIsolation } from "./network-policy";
import { restrictedPod, RESTRICTED_CONTAINER } from "./pod-security";

export const TLS_SYNC_LABELS = { app: KEY_VAULT_NAMES.tlsServiceAccount } as const;

/** The pause image's user (build/pause: USER 65535:65535); set explicitly anyway. */
const PAUSE_UID = 65535;

/** The Secrets Store CSI driver's name (CSIDriver secrets-store.csi.k8s.io). */
export const SECRETS_STORE_CSI_DRIVER = "secrets-store.csi.k8s.io";

export interface TlsSyncProps {
  /** Pinned image that runs nothing (registry.k8s.io/pause). */
  readonly image: string;
}

export class TlsSync extends Construct {
  readonly deployment: k8s.KubeDeployment;

  constructor(scope: Construct, id: string, props: TlsSyncProps) {
    super(scope, id);
    const ns = NS_DATAPLANE;
    const name = KEY_VAULT_NAMES.tlsServiceAccount;
    // No token is mounted: the kubelet requests the token the Azure provider exchanges (audience
    // api://AzureADTokenExchange) for the CSI driver itself (CSIDriver tokenRequests).
    new k8s.KubeServiceAccount(this, "ServiceAccount", {
      metadata: { name, namespace: ns },
      automountServiceAccountToken: false,
    });
    // The pause container opens no connection and serves none (the CSI driver fetches the
    // certificate from the node): nothing in, nothing out.
    new PodIsolation(this, "NetworkPolicy", { name, namespace: ns, podLabels: TLS_SYNC_LABELS });
    this.deployment = new k8s.KubeDeployment(this, "Deployment", {
      metadata: { name, namespace: ns },
      spec: {
        replicas: 1,
        selector: { matchLabels: { ...TLS_SYNC_LABELS } },
        template: {
          metadata: { labels: { ...TLS_SYNC_LABELS } },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: false,
            securityContext: restrictedPod(PAUSE_UID),
            containers: [
              {
                name: "sync",
                image: props.image,
                volumeMounts: [{ name: "tls", mountPath: "/mnt/secrets-store", readOnly: true }],
                resources: {
                  requests: { cpu: k8s.Quantity.fromString("5m"), memory: k8s.Quantity.fromString("8Mi") },
                  limits: { cpu: k8s.Quantity.fromString("20m"), memory: k8s.Quantity.fromString("16Mi") },
                },
                securityContext: RESTRICTED_CONTAINER,
              },
            ],
            volumes: [
              {
                name: "tls",
                csi: {
                  driver: SECRETS_STORE_CSI_DRIVER,
                  readOnly: true,
                  volumeAttributes: { secretProviderClass: KEY_VAULT_NAMES.tlsProviderClass },
                },
              },
            ],
          },
        },
      },
    });
  }
}
