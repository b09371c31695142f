// The <env>-cluster stack: providers configured from the -azure stack, through a
// cross-stack reference that works with every backend.
import { planOf } from "../plan";
import { renderOperatorFiles } from "../runbook";
import { dataOf, makeEnv, resourcesOf, synthStacks } from "./helpers";

const dev = synthStacks(makeEnv());

describe("providers", () => {
  test("kubernetes and helm read the cluster's credentials from the -azure stack's state", () => {
    const remote = dataOf(dev.clusterJson, "terraform_remote_state")[0];
    expect(remote).toMatchObject({ backend: "local", config: { path: "../../../terraform.test-azure.tfstate" } });
    const k8s = dev.clusterJson.provider!.kubernetes[0];
    expect(k8s.host).toMatch(/^\$\{data\.terraform_remote_state\.[^}]+kube_config0host\}$/);
    expect(k8s.client_certificate).toMatch(/^\$\{base64decode\(data\.terraform_remote_state\./);
    const helm = dev.clusterJson.provider!.helm[0] as { kubernetes: Record<string, string> };
    expect(helm.kubernetes.host).toBe(k8s.host);
    expect(helm.kubernetes.cluster_ca_certificate).toBe(k8s.cluster_ca_certificate);
  });

  test("with local accounts disabled they authenticate through kubelogin instead of a client certificate", () => {
    const { clusterJson } = synthStacks(makeEnv({ cluster: { localAccountsDisabled: true, entraId: { enabled: true } } }));
    const k8s = clusterJson.provider!.kubernetes[0] as Record<string, any>;
    expect(k8s.client_certificate).toBeUndefined();
    expect(k8s.exec).toEqual([
      expect.objectContaining({ command: "kubelogin", args: expect.arrayContaining(["get-token", "--server-id", "6dae42f8-4368-4678-94ff-3960e28e3630"]) }),
    ]);
  });

  test("production authenticates through kubelogin by default: no client certificate or key reaches the providers", () => {
    const { clusterJson, cluster } = synthStacks(makeEnv({ production: true, azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, cluster: { tier: "medium" }, tls: { mode: "byo" } }));
    const k8s = clusterJson.provider!.kubernetes[0] as Record<string, any>;
    const helm = (clusterJson.provider!.helm[0] as { kubernetes: Record<string, any> }).kubernetes;
    for (const p of [k8s, helm]) {
      expect(p.client_certificate).toBeUndefined();
      expect(p.client_key).toBeUndefined();
    }
    expect(k8s.exec).toEqual([{ api_version: "client.authentication.k8s.io/v1beta1", command: "kubelogin", args: ["get-token", "--login", "azurecli", "--server-id", "6dae42f8-4368-4678-94ff-3960e28e3630"] }]);
    expect(helm.exec).toEqual({ api_version: "client.authentication.k8s.io/v1beta1", command: "kubelogin", args: ["get-token", "--login", "azurecli", "--server-id", "6dae42f8-4368-4678-94ff-3960e28e3630"] });
    expect(cluster).not.toMatch(/client_key|client_certificate/);
  });

  test("Entra ID with local accounts kept also uses kubelogin (the user kubeconfig of an Entra ID cluster has no certificate)", () => {
    const { clusterJson } = synthStacks(makeEnv({ cluster: { entraId: { enabled: true } } }));
    const k8s = clusterJson.provider!.kubernetes[0] as Record<string, any>;
    expect(k8s.client_certificate).toBeUndefined();
    expect(k8s.exec).toEqual([expect.objectContaining({ command: "kubelogin" })]);
  });

  test("the runbook names the role kubelogin's identity needs: Azure Kubernetes Service RBAC Cluster Admin, or the admin group", () => {
    const runbook = (patch: Record<string, unknown>) => renderOperatorFiles(planOf(makeEnv(patch))).find((f) => f.path === "RUNBOOK.md")!.content;
    const prod = runbook({ production: true, azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, cluster: { tier: "medium" }, tls: { mode: "byo" } });
    expect(prod).toContain("| Azure Kubernetes Service RBAC Cluster Admin | cluster `tars-test`, or resource group `rg-test` before the first apply | the `test-cluster` stack and kubectl through kubelogin (Entra ID, no local accounts) |");
    expect(prod).toContain("kubelogin convert-kubeconfig -l azurecli");
    const group = "0b5a1e8c-2f4d-4c11-9a77-5d3e2c1b0a99";
    const k8sRbac = runbook({ cluster: { entraId: { enabled: true, azureRbac: false, adminGroupObjectIds: [group] } } });
    expect(k8sRbac).toContain(`| Member of an admin group | \`${group}\` (\`cluster.entraId.adminGroupObjectIds\`) |`);
    expect(k8sRbac).not.toContain("Azure Kubernetes Service RBAC Cluster Admin");
    expect(runbook({})).not.toMatch(/RBAC Cluster Admin|kubelogin/);
  });

  test("no azurerm provider when the stack needs none", () => {
    expect(dev.clusterJson.provider!.azurerm).toBeUndefined();
  });
});

describe("state", () => {
  test("local state paths are relative, so output is the same on every machine", () => {
    expect(dev.azureJson.terraform!.backend).toEqual({ local: { path: "../../../terraform.test-azure.tfstate" } });
    expect(dev.clusterJson.terraform!.backend).toEqual({ local: { path: "../../../terraform.test-cluster.tfstate" } });
    expect(dev.azure + dev.cluster).not.toContain(process.cwd());
  });
});

test("the foundation environment puts nothing into the cluster yet", () => {
  expect(resourcesOf(dev.clusterJson, "helm_release")).toHaveLength(0);
  expect(resourcesOf(dev.clusterJson, "kubernetes_secret_v1")).toHaveLength(0);
});

describe("the data plane's namespaces (defect 11)", () => {
  test("when this stack creates tars-system and tars-dataplane, Terraform can never delete them (prevent_destroy)", () => {
    const { clusterJson } = synthStacks(
      makeEnv({ registry: { mode: "private", acrName: undefined, private: { host: "reg.example-corp.com", repository: "reg.example-corp.com/tare" } } }),
    );
    const namespaces = resourcesOf(clusterJson, "kubernetes_namespace_v1") as Record<string, any>[];
    expect(namespaces.map((n) => n.metadata.name).sort()).toEqual(["tars-dataplane", "tars-system"]);
    for (const ns of namespaces) expect(ns.lifecycle).toEqual({ prevent_destroy: true });
    expect((clusterJson as Record<string, any>).removed).toBeUndefined();
  });

  test("a namespace the stack no longer declares is forgotten, not destroyed (removed, destroy = false; Terraform >= 1.7)", () => {
    // dev's -cluster stack declares neither: an earlier config with a pull secret would have.
    const json = dev.clusterJson as Record<string, any>;
    expect(resourcesOf(dev.clusterJson, "kubernetes_namespace_v1")).toHaveLength(0);
    expect(json.removed).toEqual([
      { from: "kubernetes_namespace_v1.NamespaceSystem", lifecycle: { destroy: false } },
      { from: "kubernetes_namespace_v1.NamespaceDataplane", lifecycle: { destroy: false } },
    ]);
    expect(json.terraform.required_version).toBe(">= 1.7.0");
    // Only one of them: an exporter Secret needs tars-dataplane, not tars-system.
    const one = synthStacks(makeEnv({ observability: { exporters: { datadog: {} } } })).clusterJson as Record<string, any>;
    expect(one.removed).toEqual([{ from: "kubernetes_namespace_v1.NamespaceSystem", lifecycle: { destroy: false } }]);
  });
});
