// Delivery: Terraform state backends and the cross-stack wiring; the GitOps objects.
import { parse } from "yaml";
import { MODES } from "./fixtures/modes";
import { dataOf, findObject, loadProblems, makeEnv, objectsOf, renderFiles, synthStacks, type K8sObject } from "./helpers";

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
    (jest.requireActual("../runbook") as typeof import("../runbook")).renderOperatorFiles(makeEnv(patch)).find((f) => f.path === "ARCHITECTURE.md")!.content;

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

describe("deleting the GitOps objects leaves what tare owns (issue 12, defect 6)", () => {
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
