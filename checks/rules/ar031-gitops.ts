import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** GitOps objects point at a repository; without one they cannot sync. */
export const gitops: Rule = {
  id: "AR031",
  severity: "error",
  title: "GitOps enabled without a repository",
  guide: "Step 7.2/c.2 applied through Argo CD or Flux (the EnvoyProxy patches reset on every tare install)",
  waivable: false,
  check(env) {
    const g = env.gitops;
    const out: Finding[] = [];
    if ((g.argocd.enabled || g.flux.enabled) && !g.repoUrl) {
      out.push(finding("gitops.repoUrl", "is required when gitops.argocd or gitops.flux is enabled", "add gitops.repoUrl, e.g. https://github.com/acme/platform-gitops.git"));
    }
    if (g.path !== undefined && (g.path.startsWith("/") || g.path.split("/").includes(".."))) {
      out.push(finding("gitops.path", "must be a relative path inside the repository", "write it like dist/" + env.name, g.path));
    }
    return out;
  },
};
