// GitOps with Argo CD: one Application per environment, pointed at dist/<env>/ in the GitOps
// repository. The objects carry their sync waves (platform first, the EnvoyProxy patches after
// the data plane) and the patches carry ServerSideApply=true and Prune=false themselves; the
// Application turns on automated sync with self-heal (so a `tare install` re-run is undone) and
// prunes only what it tracks.
import { Construct } from "constructs";
import { NS_DATAPLANE } from "../plan/names";
import { Application } from "../imports/argoproj.io";

export interface ArgoCdApplicationProps {
  readonly name: string;
  /** Namespace Argo CD runs in. */
  readonly namespace: string;
  readonly project: string;
  readonly repoUrl: string;
  readonly revision: string;
  /** Path of dist/<env>/ in the repository. */
  readonly path: string;
  readonly destinationServer: string;
}

export class ArgoCdApplication extends Construct {
  readonly resource: Application;

  constructor(scope: Construct, id: string, props: ArgoCdApplicationProps) {
    super(scope, id);
    this.resource = new Application(this, "Resource", {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        // Deleting the Application deletes what it deployed, except objects marked Delete=false
        // (tare's EnvoyProxy: charts/gitops.ts PARTIAL_OBJECT). Prune=false does not protect them.
        finalizers: ["resources-finalizer.argocd.argoproj.io"],
      },
      spec: {
        project: props.project,
        source: { repoUrl: props.repoUrl, targetRevision: props.revision, path: props.path },
        destination: { server: props.destinationServer, namespace: NS_DATAPLANE },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          // The namespaces belong to tare install; prune after everything else is healthy.
          syncOptions: ["CreateNamespace=false", "PruneLast=true"],
          retry: { limit: 10, backoff: { duration: "30s", factor: 2, maxDuration: "10m" } },
        },
      },
    });
  }
}
