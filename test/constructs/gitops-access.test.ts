import { ArgoCdProject, byScope, FluxServiceAccount, type DeliveredObject } from "../../charts/gitops-access";
import { kinds, one, synthChart } from "./synth-chart";

const ns = (kind: string, name: string, namespace: string): DeliveredObject => ({ apiVersion: kind === "Deployment" ? "apps/v1" : "v1", kind, name, namespace });
const OBJECTS: DeliveredObject[] = [
  ns("Deployment", "otel-collector", "tars-dataplane"),
  { apiVersion: "cert-manager.io/v1", kind: "ClusterIssuer", name: "letsencrypt-prod" },
  ns("Service", "tars-alb", "alb-infra"),
  ns("Service", "otel-collector", "tars-dataplane"),
];

describe("byScope", () => {
  test("keeps cluster-scoped objects apart and groups the others by namespace, sorted, in their order", () => {
    const { cluster, namespaces } = byScope(OBJECTS);
    expect(cluster.map((o) => o.name)).toEqual(["letsencrypt-prod"]);
    expect([...namespaces.keys()]).toEqual(["alb-infra", "tars-dataplane"]);
    expect(namespaces.get("tars-dataplane")?.map((o) => o.kind)).toEqual(["Deployment", "Service"]);
  });
});

describe("FluxServiceAccount", () => {
  test("a ClusterRole for the cluster-scoped kinds, then a Role per namespace, each bound to the ServiceAccount", () => {
    const objects = synthChart((s) => new FluxServiceAccount(s, "Access", { name: "agent-router-dev", namespace: "flux-system", objects: OBJECTS }));
    expect(kinds(objects)).toEqual([
      "ServiceAccount/agent-router-dev",
      "ClusterRole/agent-router-dev",
      "ClusterRoleBinding/agent-router-dev",
      "Role/agent-router-dev",
      "RoleBinding/agent-router-dev",
      "Role/agent-router-dev",
      "RoleBinding/agent-router-dev",
    ]);
    expect(objects.filter((o) => o.kind === "Role").map((o) => o.metadata.namespace)).toEqual(["alb-infra", "tars-dataplane"]);
    expect(one(objects, "ClusterRole").rules[0]).toEqual({ apiGroups: ["cert-manager.io"], resources: ["clusterissuers"], verbs: ["create", "list", "watch"] });
  });

  test("no ClusterRole when the folder holds no cluster-scoped object", () => {
    const objects = synthChart((s) => new FluxServiceAccount(s, "Access", { name: "agent-router-dev", namespace: "flux-system", objects: OBJECTS.filter((o) => o.namespace) }));
    expect(objects.filter((o) => o.kind.startsWith("ClusterRole"))).toEqual([]);
  });
});

describe("ArgoCdProject", () => {
  const project = (objects: DeliveredObject[]) =>
    one(
      synthChart((s) => new ArgoCdProject(s, "Project", { name: "agent-router-dev", namespace: "argocd", repoUrl: "https://git.example.org/ops.git", destinationServer: "https://kubernetes.default.svc", objects })),
      "AppProject",
    ).spec;

  test("allows tars-dataplane and each namespace of the folder, and exactly the folder's kinds per scope", () => {
    const spec = project(OBJECTS);
    expect(spec.destinations.map((d: { namespace: string }) => d.namespace)).toEqual(["alb-infra", "tars-dataplane"]);
    expect(spec.clusterResourceWhitelist).toEqual([{ group: "cert-manager.io", kind: "ClusterIssuer" }]);
    expect(spec.namespaceResourceWhitelist).toEqual([
      { group: "", kind: "Service" },
      { group: "apps", kind: "Deployment" },
    ]);
  });

  test("with only cluster-scoped objects: tars-dataplane alone, never an empty namespace", () => {
    const spec = project(OBJECTS.filter((o) => !o.namespace));
    expect(spec.destinations).toEqual([{ server: "https://kubernetes.default.svc", namespace: "tars-dataplane" }]);
    expect(spec.namespaceResourceWhitelist).toEqual([]);
  });
});
