// Apply order and ownership for Argo CD and Flux, as annotations on the objects. Phases are
// also directories in dist/<env>/ (Flux orders them with Kustomization dependsOn).
import { ApiObject } from "cdk8s";
import type { IConstruct } from "constructs";

export type Phase = "platform" | "telemetry-patches";

/** Argo CD sync wave per phase: the data plane's own objects come after it exists. */
export const SYNC_WAVE: Readonly<Record<Phase, string>> = { platform: "0", "telemetry-patches": "10" };

export const MANAGED_BY_LABELS = {
  "app.kubernetes.io/managed-by": "agent-router-azure",
  "app.kubernetes.io/part-of": "agent-router",
} as const;

export function addAnnotations(obj: ApiObject, annotations: Readonly<Record<string, string>>): void {
  for (const [k, v] of Object.entries(annotations)) obj.metadata.addAnnotation(k, v);
}

/** The same annotations on every API object under `scope` that `include` accepts. */
export function annotateAll(scope: IConstruct, annotations: Readonly<Record<string, string>>, include: (obj: ApiObject) => boolean = () => true): void {
  for (const child of scope.node.findAll()) if (child instanceof ApiObject && include(child)) addAnnotations(child, annotations);
}

/** Objects whose CRD is installed by the -cluster stack (cert-manager, ALB controller). */
export const NEEDS_CRD = { "argocd.argoproj.io/sync-options": "SkipDryRunOnMissingResource=true" } as const;

/**
 * A partial object merged into one that `tare install` owns: server-side apply that keeps
 * the other fields, never pruned, never deleted with the Argo CD Application or the Flux
 * Kustomization (Argo CD's cascade delete ignores Prune=false and honours only Delete=false;
 * Flux's garbage collection skips prune: disabled), diffed on managed fields only.
 */
export const PARTIAL_OBJECT = {
  "argocd.argoproj.io/sync-options": "ServerSideApply=true,Prune=false,Delete=false,SkipDryRunOnMissingResource=true",
  "argocd.argoproj.io/compare-options": "ServerSideDiff=true",
  "kustomize.toolkit.fluxcd.io/ssa": "Merge",
  "kustomize.toolkit.fluxcd.io/prune": "disabled",
} as const;
