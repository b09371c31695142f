// A secrets-store.csi.x-k8s.io/v1 SecretProviderClass for the Azure Key Vault provider, with
// workload identity. It lives in the `-cluster` stack, not in dist/: `clientID` is the client ID
// of an identity the `-azure` stack creates, unknown until it is applied, and the provider reads
// it only from the class's parameters (Azure/secrets-store-csi-driver-provider-azure
// pkg/provider/provider.go, `types.GetClientID(attrib)`). docs/azure-behaviours.md.
import { Manifest } from "../../.gen/providers/kubernetes/manifest";
import { Token } from "cdktf";
import { Construct } from "constructs";

/** A Key Vault object the class fetches (the provider's `objects` array entry). */
export interface KeyVaultObjectRef {
  readonly objectName: string;
  /** `secret` for a certificate's secret (certificate and private key), `cert` for the public certificate only. */
  readonly objectType: "secret" | "cert" | "key";
  /** File name in the mount. @default objectName */
  readonly objectAlias?: string;
}

/** A Kubernetes Secret the CSI driver keeps in sync with mounted objects while a pod mounts the class. */
export interface SyncedSecret {
  readonly secretName: string;
  readonly type: "Opaque" | "kubernetes.io/tls";
  /** Secret key → mounted object (its alias, or its name). */
  readonly data: readonly { readonly key: string; readonly objectName: string }[];
}

export interface SecretProviderClassProps {
  readonly name: string;
  readonly namespace: string;
  /** Client ID of the workload identity (a token of the `-azure` stack). */
  readonly clientId: string;
  /** Tenant of the vault. */
  readonly tenantId: string;
  readonly keyVaultName: string;
  readonly objects: readonly KeyVaultObjectRef[];
  /** @default none (mount only) */
  readonly secretObjects?: readonly SyncedSecret[];
}

/** Letters, digits, '.', '_', '-': what a Key Vault object name or a file alias is. */
const OBJECT_FIELD = /^[A-Za-z0-9._-]{1,127}$/;

export class SecretProviderClass extends Construct {
  readonly resource: Manifest;

  constructor(scope: Construct, id: string, props: SecretProviderClassProps) {
    super(scope, id);
    if (!props.objects.length) throw new Error(`SecretProviderClass ${id}: objects must not be empty`);
    for (const o of props.objects) {
      for (const [field, value] of [["objectName", o.objectName], ["objectAlias", o.objectAlias]] as const) {
        if (value !== undefined && !Token.isUnresolved(value) && !OBJECT_FIELD.test(value)) {
          throw new Error(`SecretProviderClass ${id}: ${field} must be 1-127 letters, digits, '.', '_' or '-', got ${JSON.stringify(value)}`);
        }
      }
    }
    this.resource = new Manifest(this, "Resource", {
      manifest: {
        apiVersion: "secrets-store.csi.x-k8s.io/v1",
        kind: "SecretProviderClass",
        metadata: { name: props.name, namespace: props.namespace, labels: { "app.kubernetes.io/managed-by": "terraform" } },
        spec: {
          provider: "azure",
          parameters: {
            // Workload identity: neither pod identity nor the kubelet's VM identity.
            usePodIdentity: "false",
            useVMManagedIdentity: "false",
            clientID: props.clientId,
            keyvaultName: props.keyVaultName,
            // `tenantId` is read by every provider version; newer ones prefer `tenantID` and fall
            // back to this one (pkg/provider/types/parameters.go GetTenantID).
            tenantId: props.tenantId,
            objects: objectsParameter(props.objects),
          },
          secretObjects: props.secretObjects?.length
            ? props.secretObjects.map((s) => ({
                secretName: s.secretName,
                type: s.type,
                data: s.data.map((d) => ({ key: d.key, objectName: d.objectName })),
              }))
            : undefined,
        },
      },
    });
  }
}

/**
 * The provider's `objects` parameter: a YAML document `array:` of YAML strings, one per object
 * (pkg/provider/types GetObjectsArray). Values are JSON-quoted, which YAML reads as
 * double-quoted scalars, so no value can end a string or add a field.
 */
export function objectsParameter(objects: readonly KeyVaultObjectRef[]): string {
  const lines = ["array:"];
  for (const o of objects) {
    lines.push("  - |");
    lines.push(`    objectName: ${JSON.stringify(o.objectName)}`);
    lines.push(`    objectType: ${JSON.stringify(o.objectType)}`);
    if (o.objectAlias !== undefined) lines.push(`    objectAlias: ${JSON.stringify(o.objectAlias)}`);
  }
  return `${lines.join("\n")}\n`;
}
