// GitOps that bootstraps itself: the stacks install the engine (Flux as the AKS extension in the
// -azure stack, Argo CD from its pinned chart in the -cluster stack), point it at
// dist/<env>/gitops/, and read a private repository through a sensitive variable.
import { planOf } from "../plan";
import { PINNED } from "../config/presets";
import { renderOperatorFiles } from "../runbook";
import { App, TerraformStack } from "cdktf";
import { gitopsBootstrapName } from "../plan/gitops";
import { durationSeconds, FluxExtension } from "../stacks/constructs/flux-extension";
import { makeEnv, renderFiles, resourcesOf, synthStacks } from "./helpers";

type Any = any;
const REPO = "https://git.example-corp.com/platform/gitops.git";
const SSH_REPO = "ssh://git@git.example-corp.com/platform/gitops.git";
const EXISTING = { name: "aks-shared", existing: { resourceGroup: "rg-aks" } };
const FLUX = { gitops: { repoUrl: REPO, flux: { enabled: true } } };
const ARGO = { gitops: { repoUrl: REPO, argocd: { enabled: true } } };
const operatorFile = (patch: Record<string, unknown>, file: string) => renderOperatorFiles(planOf(makeEnv(patch))).find((f) => f.path === file)!.content;
const helmCharts = (json: Any) => resourcesOf(json, "helm_release").map((r: Any) => r.chart);

describe("Flux as the AKS extension (-azure stack)", () => {
  test("a cluster the project creates gets the microsoft.flux extension and a configuration on dist/<env>/gitops", () => {
    const { azureJson } = synthStacks(makeEnv(FLUX));
    expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster_extension")).toEqual([
      expect.objectContaining({ name: "flux", extension_type: "microsoft.flux", release_namespace: "flux-system", cluster_id: expect.stringContaining("azurerm_kubernetes_cluster.") }),
    ]);
    const [config] = resourcesOf(azureJson, "azurerm_kubernetes_flux_configuration") as Any[];
    expect(config).toMatchObject({
      name: "ar-test",
      namespace: "flux-system",
      scope: "cluster",
      git_repository: { url: REPO, reference_type: "branch", reference_value: "main", sync_interval_in_seconds: 600 },
      kustomizations: [{ name: "gitops", path: "./dist/test/gitops", garbage_collection_enabled: true }],
      depends_on: [expect.stringContaining("azurerm_kubernetes_cluster_extension.")],
    });
    expect(config.git_repository).not.toHaveProperty("https_user");
    expect(azureJson.variable ?? {}).toEqual({});
  });

  test("the extension is left on Azure's minor-version auto-upgrade: no version, no release train", () => {
    // A version turns auto-upgrade off and is ForceNew: every later change would replace the extension.
    const [extension] = resourcesOf(synthStacks(makeEnv(FLUX)).azureJson, "azurerm_kubernetes_cluster_extension") as Any[];
    expect(extension).not.toHaveProperty("version");
    expect(extension).not.toHaveProperty("release_train");
  });

  test("the provider registers Microsoft.KubernetesConfiguration, which its default registrations leave out", () => {
    const provider = (json: Any) => json.provider.azurerm[0];
    expect(provider(synthStacks(makeEnv(FLUX)).azureJson).resource_providers_to_register).toEqual(["Microsoft.KubernetesConfiguration"]);
    expect(provider(synthStacks(makeEnv(ARGO)).azureJson)).not.toHaveProperty("resource_providers_to_register");
  });

  test("the configuration follows gitops.revision, gitops.path and gitops.flux.interval", () => {
    const { azureJson } = synthStacks(makeEnv({ gitops: { repoUrl: REPO, revision: "release/1", path: "clusters/eu", flux: { enabled: true, interval: "2m" } } }));
    expect(resourcesOf(azureJson, "azurerm_kubernetes_flux_configuration")[0]).toMatchObject({
      git_repository: { reference_value: "release/1", sync_interval_in_seconds: 120 },
      kustomizations: [{ path: "./clusters/eu/gitops", sync_interval_in_seconds: 120 }],
    });
  });

  test("https credentials: a sensitive variable of the -azure stack, base64-encoded into https_key_base64, never in dist/", () => {
    const env = makeEnv({ gitops: { repoUrl: REPO, credentials: "https", httpsUser: "flux", flux: { enabled: true } } });
    const { azureJson, clusterJson } = synthStacks(env);
    expect(azureJson.variable).toEqual({ gitops_https_password: expect.objectContaining({ sensitive: true, nullable: false, type: "string" }) });
    expect(clusterJson.variable ?? {}).not.toHaveProperty("gitops_https_password");
    expect(resourcesOf(azureJson, "azurerm_kubernetes_flux_configuration")[0]).toMatchObject({
      git_repository: { https_user: "flux", https_key_base64: "${base64encode(var.gitops_https_password)}" },
    });
    for (const content of renderFiles(env).values()) expect(content).not.toMatch(/gitops_https_password|https_key/);
  });

  test("ssh credentials: the deploy key goes to ssh_private_key_base64", () => {
    const { azureJson } = synthStacks(makeEnv({ gitops: { repoUrl: SSH_REPO, credentials: "ssh", flux: { enabled: true } } }));
    expect(resourcesOf(azureJson, "azurerm_kubernetes_flux_configuration")[0]).toMatchObject({
      git_repository: { url: SSH_REPO, ssh_private_key_base64: "${base64encode(var.gitops_ssh_private_key)}" },
    });
  });

  test("the runbook asks for the -azure stack's credential and cleanup.sh passes it only to that stack", () => {
    const patch = { gitops: { repoUrl: REPO, credentials: "https", flux: { enabled: true } }, registry: { mode: "private", acrName: undefined, private: { host: "registry.acme.example.com", repository: "registry.acme.example.com/tare" } } };
    expect(operatorFile(patch, "RUNBOOK.md")).toContain("`test-azure` needs the GitOps repository's credential");
    const cleanup = operatorFile(patch, "cleanup.sh");
    expect(cleanup).toMatch(/if \[ "\$1" = test-azure \]; then\n\s+run terraform -chdir="\$dir" destroy -auto-approve -input=false -var gitops_https_password=unused\n/);
    expect(cleanup).toMatch(/else\n\s+run terraform -chdir="\$dir" destroy -auto-approve -input=false -var registry_username=unused -var registry_password=unused\n/);
  });

  test("the configuration's name fits the provider's rule (at most 30 of [a-z0-9-]) for every environment name", () => {
    // Environment names are at most 20 characters (config/schema.ts).
    const name = gitopsBootstrapName(makeEnv({ name: "eu-west-production-1" }));
    expect(name).toMatch(/^[a-z\d]([-a-z\d]{0,28}[a-z\d])?$/);
    expect(name).toBe("ar-eu-west-production-1");
  });

  test("cleanup.sh gives the -azure stack none of the -cluster stack's variables (Terraform rejects undeclared ones)", () => {
    const cleanup = operatorFile({ registry: { mode: "private", acrName: undefined, private: { host: "registry.acme.example.com", repository: "registry.acme.example.com/tare" } } }, "cleanup.sh");
    expect(cleanup).toMatch(/if \[ "\$1" = test-azure \]; then\n\s+run terraform -chdir="\$dir" destroy -auto-approve -input=false \n/);
    expect(cleanup).toContain("-var registry_username=unused -var registry_password=unused");
  });

  test("fails on a Flux configuration name the provider rejects, naming it", () => {
    const stack = new TerraformStack(new App(), "s");
    const props = { clusterId: "id", namespace: "flux-system", repoUrl: REPO, branch: "main", path: "dist/x/gitops", intervalSeconds: 60 };
    expect(() => new FluxExtension(stack, "Flux", { ...props, name: "Agent_Router" })).toThrow('FluxExtension Flux: name must be 1-30 lowercase letters, digits or \'-\', starting and ending with a letter or digit, got "Agent_Router"');
  });

  test("gitops.flux.interval in seconds; fails on anything else", () => {
    expect(durationSeconds("1h")).toBe(3600);
    expect(durationSeconds("45s")).toBe(45);
    expect(() => durationSeconds("5 minutes")).toThrow('expected a duration such as 10m, got "5 minutes"');
  });
});

describe("Argo CD from its pinned chart (-cluster stack)", () => {
  test("a cluster the project creates gets argo-cd, then the bootstrap Application on dist/<env>/gitops", () => {
    const { clusterJson, azureJson } = synthStacks(makeEnv(ARGO));
    const releases = resourcesOf(clusterJson, "helm_release") as Any[];
    const argocd = releases.find((r) => r.chart === "argo-cd");
    expect(argocd).toMatchObject({ name: "argocd", namespace: "argocd", create_namespace: true, version: PINNED.argoCdChart, repository: "https://argoproj.github.io/argo-helm", wait: true });
    // CRDs kept on uninstall: destroying the release must not cascade-delete the Applications.
    expect(argocd.set).toEqual([{ name: "crds.install", value: "true" }, { name: "crds.keep", value: "true" }]);
    const bootstrap = releases.find((r) => r.chart === "argocd-apps");
    expect(bootstrap).toMatchObject({ version: PINNED.argoCdAppsChart, namespace: "argocd", depends_on: [expect.stringMatching(/^helm_release\.ArgoCd_/)] });
    const values = require("yaml").parse(bootstrap.values[0]);
    expect(values.applications["ar-test"]).toMatchObject({ project: "ar-test", source: { repoURL: REPO, targetRevision: "main", path: "dist/test/gitops" }, syncPolicy: { automated: { prune: true } } });
    // The bootstrap project allows the gitops/ folder's kinds, in Argo CD's namespace, and nothing else.
    expect(values.projects["ar-test"]).toMatchObject({
      sourceRepos: [REPO],
      destinations: [{ server: "https://kubernetes.default.svc", namespace: "argocd" }],
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: [{ group: "argoproj.io", kind: "AppProject" }, { group: "argoproj.io", kind: "Application" }],
    });
    expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster_extension")).toEqual([]);
    expect(resourcesOf(clusterJson, "kubernetes_secret_v1")).toEqual([]);
  });

  test("gitops.argocd.chartVersion and namespace are honoured", () => {
    const { clusterJson } = synthStacks(makeEnv({ gitops: { repoUrl: REPO, argocd: { enabled: true, chartVersion: "9.0.0", namespace: "gitops" } } }));
    expect(resourcesOf(clusterJson, "helm_release").find((r: Any) => r.chart === "argo-cd")).toMatchObject({ version: "9.0.0", namespace: "gitops" });
  });

  test("ssh credentials: a repository Secret from a sensitive -cluster variable, never in dist/", () => {
    const env = makeEnv({ gitops: { repoUrl: SSH_REPO, credentials: "ssh", argocd: { enabled: true } } });
    const { clusterJson, azureJson } = synthStacks(env);
    expect(clusterJson.variable).toMatchObject({ gitops_ssh_private_key: { sensitive: true, nullable: false } });
    expect(azureJson.variable ?? {}).toEqual({});
    expect(resourcesOf(clusterJson, "kubernetes_secret_v1")).toEqual([
      expect.objectContaining({
        metadata: expect.objectContaining({ namespace: "argocd", labels: expect.objectContaining({ "argocd.argoproj.io/secret-type": "repository" }) }),
        data: { type: "git", url: SSH_REPO, sshPrivateKey: "${var.gitops_ssh_private_key}" },
        depends_on: [expect.stringMatching(/^helm_release\.ArgoCd_/)],
      }),
    ]);
    for (const content of renderFiles(env).values()) expect(content).not.toMatch(/gitops_ssh_private_key|sshPrivateKey/);
  });

  test("https credentials: username and password keys", () => {
    const { clusterJson } = synthStacks(makeEnv({ gitops: { repoUrl: REPO, credentials: "https", argocd: { enabled: true } } }));
    expect((resourcesOf(clusterJson, "kubernetes_secret_v1")[0] as Any).data).toEqual({ type: "git", url: REPO, username: "git", password: "${var.gitops_https_password}" });
  });
});

describe("cleanup.sh stops the installed engine before deleting what it delivers", () => {
  test("Flux: the Flux configuration goes first, or it would re-apply gitops/ from the repository", () => {
    const cleanup = operatorFile(FLUX, "cleanup.sh");
    const stop = cleanup.indexOf("run az k8s-configuration flux delete --resource-group rg-test --cluster-name tars-test --cluster-type managedClusters --name ar-test --yes || true");
    expect(stop).toBeGreaterThan(0);
    expect(stop).toBeLessThan(cleanup.indexOf('run kubectl delete -k "$here/gitops"'));
  });

  test("Argo CD: the bootstrap Application stops syncing first, or self-heal would re-create the Application", () => {
    const cleanup = operatorFile(ARGO, "cleanup.sh");
    const stop = cleanup.indexOf(`run kubectl patch applications.argoproj.io ar-test -n argocd --type merge -p '{"spec":{"syncPolicy":null}}' || true`);
    expect(stop).toBeGreaterThan(0);
    expect(stop).toBeLessThan(cleanup.indexOf('run kubectl delete -k "$here/gitops"'));
  });

  test("an engine the stacks did not install is left alone", () => {
    const cleanup = operatorFile({ ...FLUX, cluster: EXISTING }, "cleanup.sh");
    expect(cleanup).not.toContain("k8s-configuration flux delete");
    expect(cleanup).toContain('run kubectl delete -k "$here/gitops"');
  });
});

describe("gitops.<engine>.install: a cluster that already runs the engine", () => {
  test("an existing cluster gets no engine by default, and the runbook keeps kubectl apply -k gitops", () => {
    for (const g of [FLUX, ARGO]) {
      const { azureJson, clusterJson } = synthStacks(makeEnv({ ...g, cluster: EXISTING }));
      expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster_extension")).toEqual([]);
      expect(resourcesOf(azureJson, "azurerm_kubernetes_flux_configuration")).toEqual([]);
      expect(helmCharts(clusterJson)).not.toContain("argo-cd");
      expect(operatorFile({ ...g, cluster: EXISTING }, "RUNBOOK.md")).toContain("kubectl apply -k dist/test/gitops");
    }
  });

  test("install: false on a cluster the project creates installs nothing", () => {
    const { azureJson } = synthStacks(makeEnv({ gitops: { repoUrl: REPO, flux: { enabled: true, install: false } } }));
    expect(resourcesOf(azureJson, "azurerm_kubernetes_cluster_extension")).toEqual([]);
    const { clusterJson } = synthStacks(makeEnv({ gitops: { repoUrl: REPO, argocd: { enabled: true, install: false } } }));
    expect(helmCharts(clusterJson)).not.toContain("argo-cd");
  });

  test("install: true on an existing cluster installs the engine there", () => {
    const { azureJson } = synthStacks(makeEnv({ gitops: { repoUrl: REPO, flux: { enabled: true, install: true } }, cluster: EXISTING }));
    expect(resourcesOf(azureJson, "azurerm_kubernetes_flux_configuration")).toEqual([expect.objectContaining({ cluster_id: expect.stringContaining("data.azurerm_kubernetes_cluster.") })]);
  });

  test("with the engine installed, the runbook's GitOps step is commit and push, without kubectl apply", () => {
    for (const [g, engine] of [
      [FLUX, "Flux (the AKS extension, Flux configuration `ar-test` in `test-azure`)"],
      [ARGO, "Argo CD (Application `ar-test` in namespace `argocd`, from `test-cluster`)"],
    ] as const) {
      const text = operatorFile(g, "RUNBOOK.md");
      expect(text).toContain(`Commit \`dist/test/\` to \`${REPO}\` (path \`dist/test\`, branch \`main\`) and push. Nothing to apply by hand:`);
      expect(text).toContain(`${engine} applies \`gitops/\``);
      expect(text).not.toContain("kubectl apply -k dist/test/gitops");
    }
  });
});
