// What a GitOps controller may do with dist/<env>/: no more than the folder holds. Flux's
// kustomize-controller and Argo CD's application controller run with cluster-admin; a
// Kustomization without serviceAccountName, or an Application in the `default` project, applies
// whatever the repository says, anywhere. Here Flux impersonates a ServiceAccount whose Roles
// cover exactly the kinds (and, for changes, the names) the folder contains, per namespace, and
// Argo CD's Application lives in an AppProject limited to the repository, the namespaces and the
// kinds the folder contains. docs/azure-behaviours.md, "GitOps controllers' rights".
import { ApiObject } from "cdk8s";
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";
import { compareText } from "../config/text-order";
import { NS_DATAPLANE } from "../plan/names";

/** One object of the folder, as rendered. */
export interface DeliveredObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Undefined: cluster-scoped. */
  readonly namespace?: string;
  /** The rules of a Role or ClusterRole: whoever creates it must hold them already. */
  readonly rules?: readonly k8s.PolicyRule[];
}

export function apiGroupOf(apiVersion: string): string {
  return apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
}

/** The resource (plural, lower-case) of a kind, as the API server names it. */
export function resourceOf(kind: string): string {
  const k = kind.toLowerCase();
  if (/[^aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(k)) return `${k}es`;
  return `${k}s`;
}

/** The folder's objects by scope: the cluster-scoped ones, and the namespaced ones per namespace, sorted. */
export function byScope(objects: readonly DeliveredObject[]): { cluster: DeliveredObject[]; namespaces: Map<string, DeliveredObject[]> } {
  const cluster: DeliveredObject[] = [];
  const namespaced = new Map<string, DeliveredObject[]>();
  for (const o of objects) {
    if (o.namespace === undefined) cluster.push(o);
    else namespaced.set(o.namespace, [...(namespaced.get(o.namespace) ?? []), o]);
  }
  const namespaces = new Map([...namespaced.entries()].sort(([a], [b]) => compareText(a, b)));
  return { cluster, namespaces };
}

/**
 * The rules that let a server-side-applying controller manage `objects` and nothing else:
 * create, list and watch the kinds (create cannot be limited by name: the API server authorizes
 * it before the object has one), get, patch, update and delete only the names. Plus every rule
 * of a Role or ClusterRole among them: Kubernetes refuses to let anyone grant what they do not hold.
 * Read-only, the ReplicaSets and Pods its workloads generate, which health checks read.
 */
export function rulesFor(objects: readonly DeliveredObject[]): k8s.PolicyRule[] {
  const kinds = new Map<string, { group: string; resource: string; names: Set<string> }>();
  for (const o of objects) {
    const group = apiGroupOf(o.apiVersion);
    const resource = resourceOf(o.kind);
    const key = `${group}/${resource}`;
    const entry = kinds.get(key) ?? { group, resource, names: new Set<string>() };
    entry.names.add(o.name);
    kinds.set(key, entry);
  }
  const rules: k8s.PolicyRule[] = [];
  for (const { group, resource, names } of [...kinds.values()].sort((a, b) => compareText(`${a.group}/${a.resource}`, `${b.group}/${b.resource}`))) {
    rules.push({ apiGroups: [group], resources: [resource], verbs: ["create", "list", "watch"] });
    // A Job is named after a checksum of its content (its pod template is immutable:
    // charts/egress-restart.ts), so its next name is not known when this Role is applied.
    const byName = resource === "jobs" && group === "batch" ? {} : { resourceNames: [...names].sort() };
    rules.push({ apiGroups: [group], resources: [resource], ...byName, verbs: ["get", "patch", "update", "delete"] });
  }
  // Flux's health checks (wait: true) read what a workload generates: kstatus lists a
  // Deployment's ReplicaSets and their Pods in its namespace (docs/azure-behaviours.md).
  const kindsHere = new Set(objects.map((o) => o.kind));
  const generated: k8s.PolicyRule[] = [];
  if (kindsHere.has("Deployment")) generated.push({ apiGroups: ["apps"], resources: ["replicasets"], verbs: ["get", "list", "watch"] });
  if (["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"].some((k) => kindsHere.has(k))) generated.push({ apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] });
  rules.push(...generated);
  for (const o of objects) rules.push(...(o.rules ?? []).map((r) => ({ ...r })));
  return rules;
}

export interface FluxServiceAccountProps {
  /** Name of the ServiceAccount, its Roles, ClusterRole and bindings. */
  readonly name: string;
  /** Namespace of the Kustomizations (Flux impersonates a ServiceAccount of that namespace). */
  readonly namespace: string;
  /** What the Kustomizations apply. */
  readonly objects: readonly DeliveredObject[];
}

/** The ServiceAccount Flux impersonates, with a Role per namespace of the folder and a ClusterRole for its cluster-scoped kinds. */
export class FluxServiceAccount extends Construct {
  constructor(scope: Construct, id: string, props: FluxServiceAccountProps) {
    super(scope, id);
    new k8s.KubeServiceAccount(this, "ServiceAccount", { metadata: { name: props.name, namespace: props.namespace }, automountServiceAccountToken: false });
    const subjects = [{ kind: "ServiceAccount", name: props.name, namespace: props.namespace }];
    // A namespace the folder itself creates (AGC's) must exist before its Role: the same Namespace here too.
    for (const o of props.objects.filter((x) => x.kind === "Namespace" && x.apiVersion === "v1")) {
      new k8s.KubeNamespace(this, `Namespace-${o.name}`, { metadata: { name: o.name } });
    }
    const scopes = byScope(props.objects);
    if (scopes.cluster.length) {
      new k8s.KubeClusterRole(this, "ClusterRole", { metadata: { name: props.name }, rules: rulesFor(scopes.cluster) });
      new k8s.KubeClusterRoleBinding(this, "ClusterRoleBinding", {
        metadata: { name: props.name },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: props.name },
        subjects,
      });
    }
    for (const [ns, objects] of scopes.namespaces) {
      const rules = rulesFor(objects);
      new k8s.KubeRole(this, `Role-${ns}`, { metadata: { name: props.name, namespace: ns }, rules });
      new k8s.KubeRoleBinding(this, `RoleBinding-${ns}`, {
        metadata: { name: props.name, namespace: ns },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: props.name },
        subjects,
      });
    }
  }
}

export interface ArgoCdProjectProps {
  readonly name: string;
  /** Namespace Argo CD runs in. */
  readonly namespace: string;
  /** The only repository the project's Applications may sync from. */
  readonly repoUrl: string;
  /** The only cluster they may deploy to. */
  readonly destinationServer: string;
  /** What the Application delivers: its namespaces and kinds are all the project allows. */
  readonly objects: readonly DeliveredObject[];
}

/** An Argo CD AppProject that allows the repository, the folder's namespaces on one server, and the folder's kinds. */
export class ArgoCdProject extends Construct {
  readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: ArgoCdProjectProps) {
    super(scope, id);
    const groupKinds = (objects: readonly DeliveredObject[]) => {
      const seen = new Map<string, { group: string; kind: string }>();
      for (const o of objects) seen.set(`${apiGroupOf(o.apiVersion)}/${o.kind}`, { group: apiGroupOf(o.apiVersion), kind: o.kind });
      return [...seen.entries()].sort(([a], [b]) => compareText(a, b)).map(([, v]) => v);
    };
    // The Application's own destination namespace is tars-dataplane (charts/argocd-application.ts).
    const namespaces = [...new Set([NS_DATAPLANE, ...byScope(props.objects).namespaces.keys()])].sort();
    const clusterScoped = props.objects.filter((o) => !o.namespace);
    const namespaced = props.objects.filter((o) => o.namespace);
    this.resource = new ApiObject(this, "Resource", {
      apiVersion: "argoproj.io/v1alpha1",
      kind: "AppProject",
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        description: "agent-router-azure: only this environment's repository, namespaces and kinds",
        sourceRepos: [props.repoUrl],
        destinations: namespaces.map((namespace) => ({ server: props.destinationServer, namespace })),
        // An empty list allows no cluster-scoped kind at all.
        clusterResourceWhitelist: groupKinds(clusterScoped),
        namespaceResourceWhitelist: groupKinds(namespaced),
      },
    });
  }
}
