import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * Argo CD's `default` project permits any source repository, any destination and every kind
 * (argo-cd docs/user-guide/projects.md, "The Default Project"): an Application in it, with
 * automated prune and self-heal, applies whatever the repository holds, anywhere, as the
 * application controller (cluster-admin). Without gitops.argocd.project the project emits a
 * scoped AppProject instead.
 */
export const argocdDefaultProject: Rule = {
  id: "AR050",
  severity: "warning",
  title: "Argo CD Application in the unrestricted default project",
  guide: "Step 7.2/c.2 applied through Argo CD; docs/security.md, \"GitOps controllers\"",
  waivable: true,
  check(env) {
    const g = env.gitops;
    if (!g.argocd.enabled || g.argocd.project !== "default") return [];
    return [
      finding(
        "gitops.argocd.project",
        "is Argo CD's default project, which allows any repository, any namespace on any cluster and every kind (cluster-scoped ones included): whoever can push to the repository, or spoof it, gets cluster-admin through the application controller",
        `remove gitops.argocd.project: the Application then uses the AppProject agent-router-${env.name} emitted beside it (only gitops.repoUrl, this environment's namespaces and kinds); or name a project restricted the same way`,
        "default",
      ),
    ];
  },
};
