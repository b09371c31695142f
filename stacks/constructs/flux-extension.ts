// GitOps that bootstraps itself, Flux: the AKS-managed Flux extension (microsoft.flux) and one
// Flux configuration that follows the environment's repository and applies dist/<env>/gitops/
// (its ServiceAccount and Roles, the GitRepository and the per-phase Kustomizations, which
// impersonate that ServiceAccount: charts/gitops-access.ts). docs/delivery.md says why the
// configuration points at gitops/ and not at the phases; docs/azure-behaviours.md, "Flux as an
// AKS extension", cites the behaviour relied on.
import { KubernetesClusterExtension } from "../../.gen/providers/azurerm/kubernetes-cluster-extension";
import { KubernetesFluxConfiguration } from "../../.gen/providers/azurerm/kubernetes-flux-configuration";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";

/** The repository's credential: values are Terraform tokens (sensitive variables), never literals. */
export type GitCredential = { readonly kind: "https"; readonly user: string; readonly password: string } | { readonly kind: "ssh"; readonly privateKey: string };

export interface FluxExtensionProps {
  /** ID of the AKS cluster. */
  readonly clusterId: string;
  /** Name of the Flux configuration: 1-30 of [a-z0-9-], starting and ending alphanumeric (the provider's rule). */
  readonly name: string;
  /** Namespace of the Flux configuration, where its GitRepository and Kustomization live (gitops.flux.namespace). */
  readonly namespace: string;
  readonly repoUrl: string;
  readonly branch: string;
  /** Path of dist/<env>/gitops/ in the repository, without a leading "./". */
  readonly path: string;
  /** Reconcile interval, in seconds (gitops.flux.interval). */
  readonly intervalSeconds: number;
  /** @default - a public repository */
  readonly credential?: GitCredential;
}

const NAME = /^[a-z\d]([-a-z\d]{0,28}[a-z\d])?$/;

export class FluxExtension extends Construct {
  readonly extension: KubernetesClusterExtension;
  readonly configuration: KubernetesFluxConfiguration;

  constructor(scope: Construct, id: string, props: FluxExtensionProps) {
    super(scope, id);
    if (!Token.isUnresolved(props.name) && !NAME.test(props.name)) {
      throw new Error(`FluxExtension ${id}: name must be 1-30 lowercase letters, digits or '-', starting and ending with a letter or digit, got "${props.name}"`);
    }
    // The extension installs the Flux controllers (source-, kustomize-, helm-, notification-
    // controller) into flux-system, cluster-wide. No `version`: a pinned version is ForceNew in the
    // provider and turns off Azure's minor-version auto-upgrade, so it could only be changed by
    // replacing the extension (docs/azure-behaviours.md, "left on minor-version auto-upgrade").
    this.extension = new KubernetesClusterExtension(this, "Resource", {
      name: "flux",
      clusterId: props.clusterId,
      extensionType: "microsoft.flux",
      releaseNamespace: "flux-system",
    });
    const c = props.credential;
    this.configuration = new KubernetesFluxConfiguration(this, "Configuration", {
      name: props.name,
      clusterId: props.clusterId,
      namespace: props.namespace,
      scope: "cluster",
      gitRepository: {
        url: props.repoUrl,
        referenceType: "branch",
        referenceValue: props.branch,
        syncIntervalInSeconds: props.intervalSeconds,
        httpsUser: c?.kind === "https" ? c.user : undefined,
        httpsKeyBase64: c?.kind === "https" ? Fn.base64encode(c.password) : undefined,
        sshPrivateKeyBase64: c?.kind === "ssh" ? Fn.base64encode(c.privateKey) : undefined,
      },
      kustomizations: [
        {
          name: "gitops",
          path: `./${props.path}`,
          syncIntervalInSeconds: props.intervalSeconds,
          retryIntervalInSeconds: 60,
          // Prune as the phase Kustomizations do: an object removed from gitops/ is removed.
          garbageCollectionEnabled: true,
        },
      ],
      // The configuration's objects need the extension's CRDs and controllers.
      dependsOn: [this.extension],
    });
  }
}

/** "10m", "30s", "1h" (gitops.flux.interval) in seconds. */
export function durationSeconds(duration: string): number {
  const m = /^(\d+)([smh])$/.exec(duration);
  if (!m) throw new Error(`durationSeconds: expected a duration such as 10m, got "${duration}"`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as "s" | "m" | "h"];
}
