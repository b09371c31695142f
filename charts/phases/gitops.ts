// dist/<env>/gitops/: what points Argo CD or Flux at dist/<env>/. Not part of the root
// kustomization: it is applied once, by hand or by an app-of-apps (`kubectl apply -k gitops`).
import { App } from "cdk8s";
import type { Plan } from "../../plan";
import { ArgoCdApplication } from "../argocd-application";
import { FluxDelivery } from "../flux-delivery";
import { ArgoCdProject, FluxServiceAccount, type DeliveredObject } from "../gitops-access";
import { MANAGED_BY_LABELS } from "../gitops";
import { renderCharts, stableChart, type ManifestFile } from "../synth";

/** The gitops/ files of the plan's engines (none without a repository or an engine). */
export function renderGitops(plan: Plan, phases: readonly string[], delivered: readonly DeliveredObject[]): ManifestFile[] {
  const g = plan.gitops;
  if (!g.repoUrl || (!g.argocd.enabled && !g.flux.enabled)) return [];
  const app = new App();
  const name = `agent-router-${plan.name}`;
  const labels = { ...MANAGED_BY_LABELS };
  if (g.argocd.enabled) {
    const chart = stableChart(app, "argocd-application", undefined, labels);
    // Unless the environment names a project of its own, one that allows only this folder.
    if (!g.argocd.project) {
      new ArgoCdProject(chart, "Project", {
        name,
        namespace: g.argocd.namespace,
        repoUrl: g.repoUrl,
        destinationServer: g.argocd.destinationServer,
        objects: delivered,
      });
    }
    new ArgoCdApplication(chart, "Application", {
      name,
      namespace: g.argocd.namespace,
      project: g.argocd.project ?? name,
      repoUrl: g.repoUrl,
      revision: g.revision,
      path: g.path,
      destinationServer: g.argocd.destinationServer,
    });
  }
  if (g.flux.enabled) {
    const chart = stableChart(app, "flux", undefined, labels);
    new FluxServiceAccount(chart, "Access", { name, namespace: g.flux.namespace, objects: delivered });
    new FluxDelivery(chart, "Flux", {
      name,
      namespace: g.flux.namespace,
      serviceAccountName: name,
      repoUrl: g.repoUrl,
      branch: g.revision,
      path: g.path,
      phases,
      interval: g.flux.interval,
    });
  }
  return renderCharts(app, "gitops");
}
