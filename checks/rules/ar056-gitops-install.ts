import { gitopsInstalls } from "../../plan/gitops";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/**
 * GitOps that bootstraps itself (gitops.<engine>.install): each installed engine applies all of
 * dist/<name>/gitops/, so two of them would each apply the other's objects (the Argo CD bootstrap
 * project refuses Flux's kinds, and Flux would create Argo CD's Application beside it). And the
 * credential the stacks hand the engine must fit the URL: a deploy key cannot open an https://
 * URL, nor a token an ssh one (docs/delivery.md).
 */
export const gitopsInstall: Rule = {
  id: "AR056",
  severity: "error",
  title: "GitOps engine install or repository credential that cannot work",
  guide: "Step 7.2/c.2 applied through Argo CD or Flux installed by the stacks",
  waivable: false,
  check(env) {
    const g = env.gitops;
    const out: Finding[] = [];
    const installs = gitopsInstalls(env);
    if (installs.argocd && installs.flux) {
      out.push(
        finding(
          "gitops.flux.install",
          "and gitops.argocd.install are both on: each engine applies all of dist/" + env.name + "/gitops/, the other's objects included, so the bootstrap fails (Argo CD's project refuses Flux's kinds) or both deliver the same folder",
          "install one engine: set gitops.flux.install: false (or gitops.argocd.install: false), or enable only one of them",
          true,
        ),
      );
    }
    if (g.repoUrl && (installs.argocd || installs.flux)) {
      const ssh = /^(ssh:\/\/|[A-Za-z0-9._-]+@[^:/]+:)/.test(g.repoUrl);
      if (g.credentials === "ssh" && !ssh) {
        out.push(finding("gitops.credentials", `is ssh, but gitops.repoUrl is not an ssh URL: the engine would not use the key`, "write gitops.repoUrl as ssh://git@host/org/repo.git, or use credentials: https with a token", "ssh"));
      }
      if (g.credentials === "https" && ssh) {
        out.push(finding("gitops.credentials", `is https, but gitops.repoUrl is an ssh URL: the engine would not use the token`, "write gitops.repoUrl as https://host/org/repo.git, or use credentials: ssh with a deploy key", "https"));
      }
      // The AKS Flux configuration accepts only these forms (provider: KubernetesGitRepositoryUrl).
      if (installs.flux && !/^(https?:\/\/|git@|ssh:\/\/)/.test(g.repoUrl)) {
        out.push(finding("gitops.repoUrl", "cannot be read by the AKS Flux configuration, which takes only http://, https://, git@ or ssh:// URLs", "write it as https://host/org/repo.git or ssh://git@host/org/repo.git", g.repoUrl));
      }
    }
    return out;
  },
};
