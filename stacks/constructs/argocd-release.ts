// GitOps that bootstraps itself, Argo CD: the pinned argo-cd Helm chart, the repository Secret
// of a private repository (from a sensitive variable: never in dist/), and, once Argo CD's CRDs
// exist, a bootstrap AppProject and Application (argo-helm's argocd-apps chart) that apply
// dist/<env>/gitops/: the environment's own AppProject and Application. docs/delivery.md says why;
// docs/azure-behaviours.md, "Argo CD installed by the -cluster stack", cites the behaviour relied on.
import { Release } from "../../.gen/providers/helm/release";
import { SecretV1 } from "../../.gen/providers/kubernetes/secret-v1";
import { Construct } from "constructs";
import { stringifyYaml } from "../../config/fast-yaml";
import type { GitCredential } from "./flux-extension";

export const ARGO_HELM_REPOSITORY = "https://argoproj.github.io/argo-helm";

export interface ArgoCdReleaseProps {
  /** Exact argo-cd chart version (gitops.argocd.chartVersion). */
  readonly chartVersion: string;
  /** Exact argocd-apps chart version. */
  readonly appsChartVersion: string;
  /** Namespace Argo CD runs in (gitops.argocd.namespace); the release creates it. */
  readonly namespace: string;
  /** Name of the bootstrap AppProject, Application and repository Secret. */
  readonly name: string;
  readonly repoUrl: string;
  readonly revision: string;
  /** Path of dist/<env>/gitops/ in the repository. */
  readonly path: string;
  /** @default - a public repository */
  readonly credential?: GitCredential;
}

export class ArgoCdRelease extends Construct {
  readonly release: Release;

  constructor(scope: Construct, id: string, props: ArgoCdReleaseProps) {
    super(scope, id);
    // The chart installs its CRDs and keeps them on uninstall (crds.install, crds.keep: set here,
    // not left to the defaults), so deleting the release does not cascade into the Applications.
    this.release = new Release(this, "Resource", {
      name: "argocd",
      repository: ARGO_HELM_REPOSITORY,
      chart: "argo-cd",
      version: props.chartVersion,
      namespace: props.namespace,
      createNamespace: true,
      set: [
        { name: "crds.install", value: "true" },
        { name: "crds.keep", value: "true" },
      ],
      wait: true,
      timeout: 600,
    });
    const dependsOn = [this.release];
    const c = props.credential;
    if (c) {
      // Argo CD reads a repository's credentials from any Secret in its namespace labelled
      // argocd.argoproj.io/secret-type: repository whose url matches the Application's repoURL.
      new SecretV1(this, "Repository", {
        metadata: {
          name: `repo-${props.name}`,
          namespace: props.namespace,
          labels: { "argocd.argoproj.io/secret-type": "repository", "app.kubernetes.io/managed-by": "terraform" },
        },
        type: "Opaque",
        data: c.kind === "https" ? { type: "git", url: props.repoUrl, username: c.user, password: c.password } : { type: "git", url: props.repoUrl, sshPrivateKey: c.privateKey },
        dependsOn,
      });
    }
    // A separate release: Helm resolves every kind of a release before installing it, so the
    // Application cannot ride in the argo-cd release that brings its CRD (extraObjects).
    const inCluster = "https://kubernetes.default.svc";
    new Release(this, "Bootstrap", {
      name: `${props.name}-bootstrap`,
      repository: ARGO_HELM_REPOSITORY,
      chart: "argocd-apps",
      version: props.appsChartVersion,
      namespace: props.namespace,
      values: [
        stringifyYaml({
          projects: {
            [props.name]: {
              namespace: props.namespace,
              description: "Bootstrap of dist/<env>/gitops/: only the AppProject and Application it holds",
              sourceRepos: [props.repoUrl],
              destinations: [{ server: inCluster, namespace: props.namespace }],
              clusterResourceWhitelist: [],
              namespaceResourceWhitelist: [
                { group: "argoproj.io", kind: "AppProject" },
                { group: "argoproj.io", kind: "Application" },
              ],
            },
          },
          applications: {
            [props.name]: {
              namespace: props.namespace,
              project: props.name,
              source: { repoURL: props.repoUrl, targetRevision: props.revision, path: props.path },
              destination: { server: inCluster, namespace: props.namespace },
              syncPolicy: { automated: { prune: true, selfHeal: true } },
            },
          },
        }),
      ],
      wait: true,
      timeout: 300,
      dependsOn,
    });
  }
}
