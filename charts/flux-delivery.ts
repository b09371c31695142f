// GitOps with Flux: a GitRepository and one Kustomization per phase of dist/<env>/, chained
// with dependsOn (Flux's equivalent of Argo CD's sync waves: the EnvoyProxy patches wait for
// the platform objects to be ready). Flux applies server-side; the patches' own annotations
// (ssa: Merge, prune: disabled) keep the fields tare owns and never delete its object.
import { Construct } from "constructs";
import { GitRepository } from "../imports/source.toolkit.fluxcd.io";
import { Kustomization, KustomizationSpecSourceRefKind } from "../imports/kustomize.toolkit.fluxcd.io";

export interface FluxDeliveryProps {
  readonly name: string;
  /** Namespace Flux runs in. */
  readonly namespace: string;
  readonly repoUrl: string;
  readonly branch: string;
  /** Path of dist/<env>/ in the repository. */
  readonly path: string;
  /** Phase directories in apply order. */
  readonly phases: readonly string[];
  readonly interval: string;
  /**
   * ServiceAccount (in `namespace`) the kustomize-controller impersonates to apply, prune and
   * health-check; without one it uses its own cluster-admin rights (charts/gitops-access.ts).
   */
  readonly serviceAccountName: string;
}

export class FluxDelivery extends Construct {
  constructor(scope: Construct, id: string, props: FluxDeliveryProps) {
    super(scope, id);
    new GitRepository(this, "Source", {
      metadata: { name: props.name, namespace: props.namespace },
      spec: { url: props.repoUrl, ref: { branch: props.branch }, interval: props.interval },
    });
    let previous: string | undefined;
    for (const phase of props.phases) {
      const name = `${props.name}-${phase}`;
      new Kustomization(this, phase, {
        metadata: { name, namespace: props.namespace },
        spec: {
          interval: props.interval,
          retryInterval: "1m",
          timeout: "5m",
          path: `./${props.path}/${phase}`,
          serviceAccountName: props.serviceAccountName,
          prune: true,
          wait: true,
          sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: props.name },
          dependsOn: previous ? [{ name: previous }] : undefined,
        },
      });
      previous = name;
    }
  }
}
