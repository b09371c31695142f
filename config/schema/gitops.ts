// The `gitops` block: Argo CD or Flux delivery of dist/<name>/.
import { z } from "zod";
import { PINNED } from "../presets";
import { chartVersion, gitRepoUrl, k8sName, k8sSubdomain, relativePath, safeUrl, text } from "./fields";

export const Gitops = z
  .strictObject({
    repoUrl: gitRepoUrl.optional().describe("Git repository holding the synthesized YAML."),
    revision: text()
      .regex(/^(?!.*\.\.)(?!-)[A-Za-z0-9._/-]{1,255}$/, "must be a branch or tag name: letters, digits, '.', '_', '/' or '-', not starting with '-', without '..'")
      .default("main")
      .describe("Branch or tag to follow."),
    path: relativePath.optional().describe("Path of this environment's YAML in the repository. Default: dist/<name>."),
    credentials: z
      .enum(["none", "https", "ssh"])
      .default("none")
      .describe("How the engine the stacks install reads a private repository: `none` (public), `https` (user gitops.httpsUser and a token or password, TF_VAR_gitops_https_password), `ssh` (a deploy key, TF_VAR_gitops_ssh_private_key; repoUrl in ssh form). The value is a sensitive Terraform variable of the stack that installs the engine, never in dist/ or cdk.tf.json. Ignored when the engine is not installed by the stacks (`install: false`): give that engine the repository's credentials yourself."),
    httpsUser: text().default("git").describe("User name for `credentials: https` (GitHub and Azure DevOps accept any non-empty name with a token)."),
    argocd: z
      .strictObject({
        enabled: z.boolean().default(false).describe("Emit the Application."),
        install: z
          .boolean()
          .optional()
          .describe("Install Argo CD (the pinned argo-cd Helm chart, namespace gitops.argocd.namespace) from the `-cluster` stack, with a bootstrap Application that applies dist/<name>/gitops/, so committing and pushing is the whole delivery. Default: true for a cluster the project creates, false with `cluster.existing` (a cluster that may already run Argo CD: then apply dist/<name>/gitops/ once with kubectl)."),
        chartVersion: chartVersion.default(PINNED.argoCdChart).describe("argo-cd Helm chart version, pinned (`install`)."),
        namespace: k8sName.default("argocd").describe("Namespace Argo CD runs in."),
        project: k8sSubdomain
          .optional()
          .describe("Argo CD project of the Application. Default: an AppProject agent-router-<name> emitted beside it, allowing only gitops.repoUrl, the namespaces and the kinds of dist/<name>/ on destinationServer. A project named here is used as it is (AR050 warns on `default`, which allows any repository, namespace and kind)."),
        destinationServer: safeUrl(["https"], "https://kubernetes.default.svc")
          .default("https://kubernetes.default.svc")
          .describe("API server Argo CD deploys to (the in-cluster default, or a registered cluster)."),
      })
      .prefault({})
      .describe("Emit an Argo CD Application into dist/<name>/gitops/."),
    flux: z
      .strictObject({
        enabled: z.boolean().default(false).describe("Emit the GitRepository and Kustomizations."),
        install: z
          .boolean()
          .optional()
          .describe("Install Flux as the AKS extension `microsoft.flux` with a Flux configuration that applies dist/<name>/gitops/, from the `-azure` stack, so committing and pushing is the whole delivery. Default: true for a cluster the project creates, false with `cluster.existing` (a cluster that may already run Flux: then apply dist/<name>/gitops/ once with kubectl)."),
        namespace: k8sName.default("flux-system").describe("Namespace Flux runs in."),
        interval: text()
          .regex(/^\d+[smh]$/, "must be a duration such as 5m")
          .default("10m")
          .describe("How often Flux reconciles (and corrects drift, e.g. after a tare install re-run)."),
      })
      .prefault({})
      .describe("Emit a Flux GitRepository and Kustomizations into dist/<name>/gitops/."),
  })
  .describe("GitOps delivery of dist/<name>/.");
