import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** GitOps objects point at a repository; without one they cannot sync, and over plain HTTP anyone on the path chooses what they apply. */
export const gitops: Rule = {
  id: "AR031",
  severity: "error",
  title: "GitOps without a usable repository (none, or plain HTTP in production)",
  guide: "Step 7.2/c.2 applied through Argo CD or Flux (the EnvoyProxy patches reset on every tare install)",
  waivable: false,
  check(env) {
    const g = env.gitops;
    const out: Finding[] = [];
    if ((g.argocd.enabled || g.flux.enabled) && !g.repoUrl) {
      out.push(finding("gitops.repoUrl", "is required when gitops.argocd or gitops.flux is enabled", "add gitops.repoUrl, e.g. https://github.com/acme/platform-gitops.git"));
    }
    if (env.production && g.repoUrl && /^http:\/\//i.test(g.repoUrl)) {
      // Plain HTTP: anyone on the path can serve the controller other manifests, which it
      // applies with its own (cluster-wide) rights, and prunes what they leave out.
      out.push(
        finding(
          "gitops.repoUrl",
          "is a plain http:// repository in a production environment: whoever is on the network path can hand the GitOps controller other manifests, which it applies, and prunes what they leave out, with its own rights",
          `use https:// (${g.repoUrl.replace(/^http:\/\//i, "https://")}) or an ssh URL (git@host:org/repo.git) with a deploy key`,
          g.repoUrl,
        ),
      );
    }
    if (g.path !== undefined && (g.path.startsWith("/") || g.path.split("/").includes(".."))) {
      out.push(finding("gitops.path", "must be a relative path inside the repository", "write it like dist/" + env.name, g.path));
    }
    return out;
  },
};
