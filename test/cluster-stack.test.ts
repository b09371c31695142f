// The <env>-cluster stack: providers configured from the -azure stack, through a
// cross-stack reference that works with every backend.
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

describe("the data plane's namespaces (issue 12, defect 11)", () => {
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
