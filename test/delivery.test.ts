// Delivery: Terraform state backends and the cross-stack wiring; the GitOps objects.
import { planOf } from "../plan";
import { parse, parseAllDocuments } from "yaml";
import { checkEnvironment } from "../checks";
import { MODES } from "./fixtures/modes";
import { dataOf, findObject, loadEnv, loadProblems, makeEnv, objectsOf, renderFiles, synthStacks, type K8sObject } from "./helpers";

type Any = any;
const AZURERM = { backend: "azurerm", azurerm: { resourceGroupName: "rg-tfstate", storageAccountName: "tfstateacme" } };

describe("Terraform state", () => {
  test("azurerm: Entra ID auth, one key per stack, no credential in the JSON", () => {
    const { azureJson, clusterJson, azure, cluster } = synthStacks(makeEnv({ state: AZURERM }));
    expect(azureJson.terraform!.backend).toEqual({
      azurerm: { resource_group_name: "rg-tfstate", storage_account_name: "tfstateacme", container_name: "tfstate", key: "test/test-azure.tfstate", use_azuread_auth: true },
    });
    expect((clusterJson.terraform!.backend as Any).azurerm.key).toBe("test/test-cluster.tfstate");
    expect(azure + cluster).not.toMatch(/access_key|sas_token|client_secret|"token"/);
  });

  test("azurerm: the -cluster stack reads the -azure stack's state through the same backend", () => {
    const { clusterJson } = synthStacks(makeEnv({ state: AZURERM }));
    expect(dataOf(clusterJson, "terraform_remote_state")).toEqual([
      expect.objectContaining({ backend: "azurerm", config: expect.objectContaining({ key: "test/test-azure.tfstate", use_azuread_auth: true }) }),
    ]);
  });

  test("state.azurerm.subscriptionId: a state account in another subscription, on both backends and the remote state", () => {
    const STATE_SUB = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
    const { azureJson, clusterJson } = synthStacks(makeEnv({ state: { ...AZURERM, azurerm: { ...AZURERM.azurerm, subscriptionId: STATE_SUB } } }));
    expect((azureJson.terraform!.backend as Any).azurerm.subscription_id).toBe(STATE_SUB);
    expect((clusterJson.terraform!.backend as Any).azurerm.subscription_id).toBe(STATE_SUB);
    expect(dataOf(clusterJson, "terraform_remote_state")).toEqual([expect.objectContaining({ config: expect.objectContaining({ subscription_id: STATE_SUB }) })]);
    // Without it, nothing: the backend uses the subscription Terraform authenticates to.
    expect((synthStacks(makeEnv({ state: AZURERM })).azureJson.terraform!.backend as Any).azurerm).not.toHaveProperty("subscription_id");
  });

  test("fails on a state.azurerm.subscriptionId that is not a GUID", () => {
    const problems = loadProblems({ state: { ...AZURERM, azurerm: { ...AZURERM.azurerm, subscriptionId: "my-sub" } } });
    expect(problems).toEqual([expect.objectContaining({ path: "state.azurerm.subscriptionId", value: "my-sub" })]);
  });

  test("Terraform Cloud: a workspace per stack, read across with the remote backend", () => {
    const { azureJson, clusterJson } = synthStacks(makeEnv({ state: { backend: "cloud", cloud: { organization: "acme" } } }));
    expect(azureJson.terraform!.cloud).toEqual({ organization: "acme", hostname: "app.terraform.io", workspaces: { name: "agent-router-test-azure" } });
    expect((clusterJson.terraform!.cloud as Any).workspaces).toEqual({ name: "agent-router-test-cluster" });
    expect(dataOf(clusterJson, "terraform_remote_state")).toEqual([
      expect.objectContaining({ backend: "remote", config: { organization: "acme", hostname: "app.terraform.io", workspaces: { name: "agent-router-test-azure" } } }),
    ]);
  });

  test("a custom key prefix and workspace prefix", () => {
    expect((synthStacks(makeEnv({ state: { ...AZURERM, azurerm: { ...AZURERM.azurerm, keyPrefix: "teams/ai" } } })).azureJson.terraform!.backend as Any).azurerm.key).toBe("teams/ai/test-azure.tfstate");
    expect((synthStacks(makeEnv({ state: { backend: "cloud", cloud: { organization: "acme", workspacePrefix: "ar-" } } })).azureJson.terraform!.cloud as Any).workspaces.name).toBe("ar-test-azure");
  });
});

describe("GitOps", () => {
  const env = makeEnv(MODES["gitops argocd + flux, azurerm backend"]);
  const files = renderFiles(env);
  const objects = objectsOf(env);

  test("an Argo CD Application: the repository path, self-heal, prune of what it tracks", () => {
    const app = findObject(objects, "Application", "agent-router-test") as Any;
    expect(app.metadata.namespace).toBe("argocd");
    expect(app.spec.source).toEqual({ repoURL: "https://git.example-corp.com/platform/gitops.git", targetRevision: "main", path: "dist/test" });
    expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(app.spec.destination).toEqual({ server: "https://kubernetes.default.svc", namespace: "tars-dataplane" });
  });

  test("Flux: a GitRepository and a Kustomization per phase, the patches depending on the platform", () => {
    expect((findObject(objects, "GitRepository", "agent-router-test") as Any).spec).toEqual({
      url: "https://git.example-corp.com/platform/gitops.git",
      ref: { branch: "main" },
      interval: "10m",
    });
    const platform = findObject(objects, "Kustomization", "agent-router-test-platform") as Any;
    const patches = findObject(objects, "Kustomization", "agent-router-test-telemetry-patches") as Any;
    expect(platform.spec).toMatchObject({ path: "./dist/test/platform", prune: true, wait: true });
    expect(platform.spec.dependsOn).toBeUndefined();
    expect(patches.spec).toMatchObject({ path: "./dist/test/telemetry-patches", dependsOn: [{ name: "agent-router-test-platform" }] });
  });

  test("server-side apply and prune limits for what tare owns travel on the object itself", () => {
    const patch = objectsOf(env).find((o) => o.kind === "EnvoyProxy") as K8sObject;
    expect(patch.metadata.annotations).toMatchObject({
      "argocd.argoproj.io/sync-options": "ServerSideApply=true,Prune=false,Delete=false,SkipDryRunOnMissingResource=true",
      "kustomize.toolkit.fluxcd.io/ssa": "Merge",
      "kustomize.toolkit.fluxcd.io/prune": "disabled",
    });
  });

  test("dist/<env>/gitops/ has its own kustomization and is not part of the root one", () => {
    expect(parse(files.get("gitops/kustomization.yaml")!).resources).toEqual(["argocd-application.k8s.yaml", "flux.k8s.yaml"]);
    expect(parse(files.get("kustomization.yaml")!).resources).toEqual(["platform", "telemetry-patches"]);
  });

  test("a custom path in the repository", () => {
    const custom = objectsOf(makeEnv({ gitops: { repoUrl: "https://git.example-corp.com/x.git", path: "clusters/prod/agent-router", argocd: { enabled: true } } }));
    expect((findObject(custom, "Application", "agent-router-test") as Any).spec.source.path).toBe("clusters/prod/agent-router");
  });

  test("nothing GitOps unless enabled", () => {
    expect([...renderFiles(makeEnv()).keys()].filter((f) => f.startsWith("gitops/"))).toEqual([]);
  });

  test("object names carry no hash suffix", () => {
    const names = objectsOf(makeEnv(MODES["agic, cert-manager prod, azure-dns, every exporter, access logs"])).map((o) => o.metadata.name);
    expect(names.filter((n) => /-[0-9a-f]{8}$/.test(n))).toEqual([]);
  });
});

describe("ARCHITECTURE.md", () => {
  const architecture = (patch: Record<string, unknown>) =>
    (jest.requireActual("../runbook") as typeof import("../runbook")).renderOperatorFiles(planOf(makeEnv(patch))).find((f) => f.path === "ARCHITECTURE.md")!.content;

  test("traffic: client, DNS, App Gateway, egress, providers; telemetry: collector and each exporter", () => {
    const text = architecture({ observability: { accessLogs: true, exporters: { azureMonitor: {} } } });
    expect(text).toContain("```mermaid\nflowchart LR");
    expect(text).toMatch(/client\[.*\] -->\|"http:\/\/proxy\.example-corp\.com"\| dns\[/);
    expect(text).toContain('dns --> gw["App Gateway tars-test-appgw');
    expect(text).toContain('gw -->|"/ → egress:10080"| egress');
    expect(text).toContain('egress --> providers["LLM providers, MCP servers"]');
    expect(text).toContain('egress -->|"OTLP router_* metrics, access logs"| collector');
    expect(text).toContain('collector --> exp1["Azure Monitor / tars-dp-insights"]');
  });

  test("AGC: the Gateway and only the data plane's paths", () => {
    const text = architecture(MODES["agc, cert-manager"]);
    expect(text).toContain("Application Gateway for Containers<br/>Gateway tars-gateway (tars-alb)");
    expect(text).toContain('gw -->|"/v1, /mcp, /.well-known → egress:10080"| egress');
  });

  test("every edge joins declared nodes", () => {
    const text = architecture(MODES["agic, cert-manager prod, azure-dns, every exporter, access logs"]);
    const body = text.slice(text.indexOf("flowchart"), text.indexOf("```", text.indexOf("flowchart")));
    const declared = new Set([...body.matchAll(/(\w+)\[/g)].map((m) => m[1]));
    const used = [...body.matchAll(/^\s*(\w+) -/gm)].map((m) => m[1]);
    expect(used.filter((n) => !declared.has(n))).toEqual([]);
  });
});

describe("deleting the GitOps objects leaves what tare owns (defect 6)", () => {
  // Argo CD's cascade delete (resources finalizer) deletes every tracked object unless it says
  // Delete=false (Prune=false is not consulted: controller/appcontroller.go shouldBeDeleted).
  // Flux's garbage collection, on prune and on Kustomization deletion, skips objects annotated
  // kustomize.toolkit.fluxcd.io/prune: disabled (internal/controller/kustomization_controller.go deleteObjects).
  const gitops = { repoUrl: "https://git.example-corp.com/platform/gitops.git", argocd: { enabled: true }, flux: { enabled: true } };
  const envs = Object.entries(MODES).map(([name, patch]) => [name, objectsOf(makeEnv({ ...patch, gitops }))] as const);

  test("the Application cascades deletion and the Kustomizations prune: the protection has to be on the objects", () => {
    const objects = envs[0][1];
    expect((objects.find((o) => o.kind === "Application") as any).metadata.finalizers).toEqual(["resources-finalizer.argocd.argoproj.io"]);
    expect(objects.filter((o) => o.kind === "Kustomization").map((k) => (k as any).spec.prune)).toEqual([true, true]);
  });

  test.each(envs)("%s: every object the project does not own outright says Delete=false and prune: disabled", (_name, objects) => {
    const delivered = objects.filter((o) => !["Application", "GitRepository", "Kustomization"].includes(o.kind));
    const notOurs = delivered.filter((o) => o.metadata.labels?.["app.kubernetes.io/managed-by"] !== "agent-router-azure");
    for (const o of notOurs) {
      const a = o.metadata.annotations ?? {};
      expect([o.kind, (a["argocd.argoproj.io/sync-options"] ?? "").split(",")]).toEqual([o.kind, expect.arrayContaining(["Delete=false", "Prune=false"])]);
      expect([o.kind, a["kustomize.toolkit.fluxcd.io/prune"]]).toEqual([o.kind, "disabled"]);
    }
    const hasPatch = objects.some((o) => o.kind === "EnvoyProxy");
    expect(notOurs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(hasPatch ? ["EnvoyProxy/tars-egress-proxy"] : []);
  });
});

// ---------------------------------------------------------------------------------------
// What the GitOps controllers may do: Flux impersonates a ServiceAccount holding only the
// folder's kinds per namespace; Argo CD's Application lives in an AppProject limited to the
// repository, the folder's namespaces and kinds. Before: no serviceAccountName (the controller's
// cluster-admin) and project `default` (any repository, destination and kind).

interface Rule {
  apiGroups: string[];
  resources: string[];
  resourceNames?: string[];
  verbs: string[];
}

/** Objects of dist/<env>/ apart from gitops/, and those of gitops/. */
function split(env: ReturnType<typeof makeEnv>): { delivered: K8sObject[]; gitops: K8sObject[] } {
  const delivered: K8sObject[] = [];
  const gitops: K8sObject[] = [];
  for (const [file, content] of renderFiles(env)) {
    if (!file.endsWith(".k8s.yaml")) continue;
    for (const doc of parseAllDocuments(content)) (file.startsWith("gitops/") ? gitops : delivered).push(doc.toJS() as K8sObject);
  }
  return { delivered, gitops };
}

const groupOf = (apiVersion: string) => (apiVersion.includes("/") ? apiVersion.split("/")[0] : "");
const pluralOf = (kind: string) => {
  const k = kind.toLowerCase();
  return /[^aeiou]y$/.test(k) ? `${k.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(k) ? `${k}es` : `${k}s`;
};

/** Kubernetes RBAC, as the API server evaluates it: may `sa` do `verb` on group/resource[/name] in `namespace`? */
function allowed(gitops: readonly K8sObject[], sa: { name: string; namespace: string }, verb: string, group: string, resource: string, namespace: string | undefined, name?: string): boolean {
  const bound = (b: Any) => b.subjects.some((s: Any) => s.kind === "ServiceAccount" && s.name === sa.name && s.namespace === sa.namespace);
  const rules: Rule[] = [];
  for (const b of gitops.filter((o) => o.kind === "ClusterRoleBinding" && bound(o))) {
    rules.push(...((gitops.find((o) => o.kind === "ClusterRole" && o.metadata.name === (b as Any).roleRef.name) as Any)?.rules ?? []));
  }
  if (namespace) {
    for (const b of gitops.filter((o) => o.kind === "RoleBinding" && o.metadata.namespace === namespace && bound(o))) {
      rules.push(...((gitops.find((o) => o.kind === "Role" && o.metadata.namespace === namespace && o.metadata.name === (b as Any).roleRef.name) as Any)?.rules ?? []));
    }
  }
  return rules.some(
    (r) =>
      (r.apiGroups.includes(group) || r.apiGroups.includes("*")) &&
      (r.resources.includes(resource) || r.resources.includes("*")) &&
      (r.verbs.includes(verb) || r.verbs.includes("*")) &&
      (!r.resourceNames || (name !== undefined && r.resourceNames.includes(name))),
  );
}

describe("GitOps controllers hold only what the folder needs", () => {
  const env = makeEnv(MODES["gitops argocd + flux, azurerm backend"]);
  const { delivered, gitops } = split(env);
  const sa = { name: "agent-router-test", namespace: "flux-system" };

  test("every Flux Kustomization impersonates the environment's ServiceAccount, which the gitops folder holds", () => {
    const kustomizations = gitops.filter((o) => o.kind === "Kustomization") as Any[];
    expect(kustomizations.map((k) => k.spec.serviceAccountName)).toEqual(["agent-router-test", "agent-router-test"]);
    expect(findObject(gitops, "ServiceAccount", "agent-router-test").metadata.namespace).toBe("flux-system");
  });

  const withGitops = Object.entries(MODES).map(([name, patch]) => [name, split(makeEnv({ ...patch, gitops: MODES["gitops argocd + flux, azurerm backend"].gitops }))] as const);

  test.each(withGitops)("%s: the ServiceAccount may create, read, patch and delete every object of the folder (apply, health check, prune)", (_name, folder) => {
    const missing: string[] = [];
    for (const o of folder.delivered) {
      const [group, resource, ns, name] = [groupOf(o.apiVersion), pluralOf(o.kind), o.metadata.namespace, o.metadata.name];
      for (const verb of ["create", "list", "watch"]) if (!allowed(folder.gitops, sa, verb, group, resource, ns)) missing.push(`${verb} ${o.kind}`);
      for (const verb of ["get", "patch", "update", "delete"]) if (!allowed(folder.gitops, sa, verb, group, resource, ns, name)) missing.push(`${verb} ${o.kind}/${name}`);
    }
    expect(missing).toEqual([]);
  });

  test.each(withGitops)("%s: it holds every rule of every Role in the folder (Kubernetes refuses to grant what the granter lacks)", (_name, folder) => {
    const missing: string[] = [];
    for (const role of folder.delivered.filter((o) => o.kind === "Role") as Any[]) {
      for (const r of role.rules as Rule[]) {
        for (const verb of r.verbs) for (const name of r.resourceNames ?? [undefined]) {
          if (!allowed(folder.gitops, sa, verb, r.apiGroups[0], r.resources[0], role.metadata.namespace, name)) missing.push(`${verb} ${r.resources[0]}/${name} in ${role.metadata.namespace}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test("health checks can read what the workloads generate (kstatus lists a Deployment's ReplicaSets and Pods), read-only", () => {
    for (const verb of ["get", "list", "watch"]) {
      expect([verb, allowed(gitops, sa, verb, "apps", "replicasets", "tars-dataplane")]).toEqual([verb, true]);
      expect([verb, allowed(gitops, sa, verb, "", "pods", "tars-dataplane")]).toEqual([verb, true]);
    }
    expect(allowed(gitops, sa, "delete", "apps", "replicasets", "tars-dataplane", "otel-collector-5d4f")).toBe(false);
  });

  test("and nothing beyond: no wildcard, no Secret, no other namespace, no other object of tare's, no cluster-scoped kind the folder lacks", () => {
    const rules = gitops.filter((o) => o.kind === "Role" || o.kind === "ClusterRole").flatMap((o) => (o as Any).rules as Rule[]);
    expect(rules.flatMap((r) => [...r.apiGroups, ...r.resources, ...r.verbs]).filter((x) => x.includes("*"))).toEqual([]);
    expect(allowed(gitops, sa, "get", "", "secrets", "tars-dataplane", "tars-image-pull-secret")).toBe(false);
    expect(allowed(gitops, sa, "delete", "", "pods", "tars-dataplane", "egress-0")).toBe(false);
    expect(allowed(gitops, sa, "create", "apps", "deployments", "kube-system")).toBe(false);
    expect(allowed(gitops, sa, "patch", "apps", "deployments", "tars-system", "controller-worker")).toBe(false);
    expect(allowed(gitops, sa, "delete", "apps", "deployments", "tars-dataplane", "redis")).toBe(false);
    expect(allowed(gitops, sa, "create", "rbac.authorization.k8s.io", "clusterrolebindings", undefined)).toBe(false);
    expect(allowed(gitops, sa, "create", "apiextensions.k8s.io", "customresourcedefinitions", undefined)).toBe(false);
    expect(new Set(gitops.filter((o) => o.kind === "Role").map((o) => o.metadata.namespace))).toEqual(new Set(delivered.map((o) => o.metadata.namespace).filter(Boolean)));
  });

  test("a namespace the folder creates (AGC's) is in the gitops folder too, so its Role can be applied first", () => {
    const agc = split(makeEnv({ ...MODES["agc, cert-manager"], gitops: MODES["gitops argocd + flux, azurerm backend"].gitops }));
    expect(agc.gitops.filter((o) => o.kind === "Namespace").map((o) => o.metadata.name)).toEqual(["tars-alb"]);
    expect(agc.gitops.some((o) => o.kind === "Role" && o.metadata.namespace === "tars-alb")).toBe(true);
    expect(split(env).gitops.filter((o) => o.kind === "Namespace")).toEqual([]);
  });

  test("the Argo CD Application is in its own AppProject: the repository, the folder's namespaces on the server, the folder's kinds", () => {
    const app = findObject(gitops, "Application", "agent-router-test") as Any;
    expect(app.spec.project).toBe("agent-router-test");
    const project = findObject(gitops, "AppProject", "agent-router-test") as Any;
    expect(project.metadata.namespace).toBe("argocd");
    expect(project.spec.sourceRepos).toEqual(["https://git.example-corp.com/platform/gitops.git"]);
    expect(project.spec.destinations).toEqual([{ server: "https://kubernetes.default.svc", namespace: "tars-dataplane" }, { server: "https://kubernetes.default.svc", namespace: "tars-system" }]);
    const kinds = (objects: readonly K8sObject[]) => [...new Set(objects.map((o) => `${groupOf(o.apiVersion)}/${o.kind}`))].sort();
    const gk = (list: Any[] | undefined) => (list ?? []).map((x) => `${x.group}/${x.kind}`).sort();
    expect(gk(project.spec.clusterResourceWhitelist)).toEqual(kinds(delivered.filter((o) => !o.metadata.namespace)));
    expect(gk(project.spec.namespaceResourceWhitelist)).toEqual(kinds(delivered.filter((o) => o.metadata.namespace)));
    expect(gk(project.spec.clusterResourceWhitelist)).not.toContain("/Namespace");
  });

  test("a project the environment names is used as it is, and no AppProject is emitted", () => {
    const named = split(makeEnv({ gitops: { repoUrl: "https://git.example-corp.com/x.git", argocd: { enabled: true, project: "platform" } } })).gitops;
    expect((findObject(named, "Application", "agent-router-test") as Any).spec.project).toBe("platform");
    expect(named.filter((o) => o.kind === "AppProject")).toEqual([]);
  });
});

describe("a plain http:// GitOps repository (AR031)", () => {
  const http = { repoUrl: "http://git.example-corp.com/platform/gitops.git", flux: { enabled: true } };
  const production = { production: true, cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] }, tls: { mode: "byo" } };
  const ar031 = (patch: Record<string, unknown>) => checkEnvironment(loadEnv(patch)).filter((p) => p.rule === "AR031");

  test("fails in production, naming the field, the value and the https:// fix", () => {
    const [p, ...rest] = ar031({ ...production, gitops: http });
    expect(rest).toEqual([]);
    expect([p.severity, p.path, p.value]).toEqual(["error", "gitops.repoUrl", "http://git.example-corp.com/platform/gitops.git"]);
    expect(p.fix).toContain("https://git.example-corp.com/platform/gitops.git");
  });

  test("https:// and ssh pass in production; http:// passes outside it", () => {
    expect(ar031({ ...production, gitops: { ...http, repoUrl: "https://git.example-corp.com/platform/gitops.git" } })).toEqual([]);
    expect(ar031({ ...production, gitops: { ...http, repoUrl: "git@git.example-corp.com:platform/gitops.git" } })).toEqual([]);
    expect(ar031({ gitops: http })).toEqual([]);
  });
});
