// The replacement guard: a change that makes Terraform replace or destroy a resource is an AR055
// error, naming the address and the argument, before anything is applied; acknowledging it in the
// environment file lets synth proceed.
import * as fs from "fs";
import * as path from "path";
import { main } from "../main";
import { compareRecords, recordOf, RECORD_FILE, renderRecord, REPLACEMENT_RULE, replacementProblems, type ReplacementRecord, type StackDocument } from "../checks/replacements";
import { EnvironmentSchema } from "../config/schema";
import { FORCE_NEW } from "../checks/replacements/force-new";
import { MODES } from "./fixtures/modes";
import { makeEnv, ROOT, synthStacks, tempDir } from "./helpers";

function cli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { cwd: ROOT, env: { PATH: process.env.PATH }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const doc = (name: string, resource: Record<string, Record<string, Record<string, unknown>>>): StackDocument => ({ name, json: { resource } });

const BASE_STACK = {
  azurerm_resource_group: { ResourceGroup: { name: "rg-a", location: "westeurope", tags: { a: "1" } } },
  azurerm_virtual_network: { Network: { name: "vnet", location: "westeurope", resource_group_name: "${azurerm_resource_group.ResourceGroup.name}" } },
  azurerm_kubernetes_cluster: {
    Cluster: {
      name: "aks",
      location: "westeurope",
      resource_group_name: "${azurerm_resource_group.ResourceGroup.name}",
      network_profile: { network_plugin: "azure", network_policy: "calico" },
      default_node_pool: { name: "system", vm_size: "Standard_B2s", zones: ["1", "2"] },
    },
  },
  azurerm_role_assignment: { Pull: { scope: "/x", principal_id: "${azurerm_kubernetes_cluster.Cluster.kubelet_identity[0].object_id}", role_definition_name: "AcrPull" } },
  azurerm_public_ip: { Ip: { name: "pip", location: "westeurope", resource_group_name: "rg-a", zones: ["1", "2", "3"], sku: "Standard" } },
};

type Patch = Record<string, Record<string, Record<string, unknown> | undefined>>;
function withChange(patch: Patch): ReplacementRecord {
  const resource = JSON.parse(JSON.stringify(BASE_STACK)) as Record<string, Record<string, Record<string, unknown>>>;
  for (const [type, byName] of Object.entries(patch)) {
    for (const [name, value] of Object.entries(byName)) {
      if (value === undefined) delete resource[type][name];
      else resource[type][name] = { ...resource[type][name], ...value };
    }
  }
  return recordOf([doc("dev-azure", resource)]);
}
const before = recordOf([doc("dev-azure", BASE_STACK)]);

describe("compareRecords", () => {
  test("a ForceNew argument that changes replaces the resource, naming the argument", () => {
    const found = compareRecords(before, withChange({ azurerm_kubernetes_cluster: { Cluster: { name: "aks-2" } } }));
    expect(found[0]).toEqual({ stack: "dev-azure", address: "azurerm_kubernetes_cluster.Cluster", action: "replace", changes: [{ argument: "name", from: "aks", to: "aks-2" }] });
  });

  test("what refers to a replaced resource's computed attributes is replaced with it", () => {
    const found = compareRecords(before, withChange({ azurerm_kubernetes_cluster: { Cluster: { name: "aks-2" } } }));
    expect(found.map((r) => [r.address, r.because])).toEqual([
      ["azurerm_kubernetes_cluster.Cluster", undefined],
      ["azurerm_role_assignment.Pull", "azurerm_kubernetes_cluster.Cluster"],
    ]);
  });

  test("a resource the new output no longer has is destroyed", () => {
    expect(compareRecords(before, withChange({ azurerm_public_ip: { Ip: undefined } }))).toEqual([
      { stack: "dev-azure", address: "azurerm_public_ip.Ip", action: "destroy", changes: [] },
    ]);
  });

  test("a renamed resource group is followed through ${...name} references to everything in it", () => {
    const found = compareRecords(before, withChange({ azurerm_resource_group: { ResourceGroup: { name: "rg-b" } } }));
    expect(found.filter((r) => !r.because).map((r) => r.address)).toEqual(["azurerm_resource_group.ResourceGroup"]);
    expect(found.find((r) => r.address === "azurerm_virtual_network.Network")).toMatchObject({ action: "replace", because: "azurerm_resource_group.ResourceGroup" });
  });

  test("updates in place replace nothing: tags, vm_size, node pool zones, a new resource, zones reordered", () => {
    const after = withChange({
      azurerm_resource_group: { ResourceGroup: { tags: { a: "2" } } },
      azurerm_kubernetes_cluster: { Cluster: { default_node_pool: { name: "system", vm_size: "Standard_D4s_v5", zones: ["1"] } } },
      azurerm_public_ip: { Ip: { zones: ["3", "1", "2"] }, Other: { name: "new" } },
    });
    expect(compareRecords(before, after)).toEqual([]);
  });

  test("ForceNewIfChange: network_policy replaces once it had a value; moving to overlay does not", () => {
    const policy = compareRecords(before, withChange({ azurerm_kubernetes_cluster: { Cluster: { network_profile: { network_plugin: "azure", network_policy: "azure" } } } }));
    expect(policy[0].changes).toEqual([{ argument: "network_profile.network_policy", from: "calico", to: "azure" }]);
    const overlay = withChange({ azurerm_kubernetes_cluster: { Cluster: { network_profile: { network_plugin: "azure", network_policy: "calico", network_plugin_mode: "overlay" } } } });
    expect(compareRecords(before, overlay)).toEqual([]);
  });
  test("a renamed, computed argument (parent_id to user_assigned_identity_id) with the same identity replaces nothing", () => {
    const credential = (args: Record<string, unknown>) => recordOf([doc("s", { azurerm_federated_identity_credential: { Fed: { name: "fed", ...args } } })]);
    const old = credential({ resource_group_name: "rg", parent_id: "/id/a" });
    expect(compareRecords(old, credential({ user_assigned_identity_id: "/id/a" }))).toEqual([]);
    expect(compareRecords(old, credential({ user_assigned_identity_id: "/id/b" }))).toMatchObject([
      { address: "azurerm_federated_identity_credential.Fed", action: "replace", changes: [{ argument: "user_assigned_identity_id", from: "/id/a", to: "/id/b" }] },
    ]);
  });

  // azurerm v4.79.0 (kubernetes_cluster_resource.go CustomizeDiff and schema), and the other pinned
  // providers: each case fails on the table written from v4.55.0.
  describe("the pinned providers' conditional and defaulted ForceNew arguments", () => {
    /** One resource of `type`, old and new arguments: the changes that replace it ([] when none). */
    const changesOf = (type: string, from: Record<string, unknown>, to: Record<string, unknown>) => {
      const rec = (args: Record<string, unknown>) => recordOf([doc("s", { [type]: { R: args } })]);
      return compareRecords(rec(from), rec(to)).flatMap((r) => r.changes.map((c) => [c.argument, c.from, c.to]));
    };
    const aks = (network_profile: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name: "aks", network_profile, ...extra });

    test("network_policy: azure or calico to cilium is an in-place upgrade; other moves replace; removing it keeps the state's", () => {
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_policy: "calico" }), aks({ network_policy: "cilium" }))).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_policy: "azure" }), aks({ network_policy: "cilium" }))).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_policy: "cilium" }), aks({ network_policy: "calico" }))).toEqual([["network_profile.network_policy", "cilium", "calico"]]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_policy: "calico" }), aks({}))).toEqual([]);
    });

    test("network_data_plane (Default azure): azure to cilium in place, also from unset; cilium to azure replaces", () => {
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_data_plane: "azure" }), aks({ network_data_plane: "cilium" }))).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({}), aks({ network_data_plane: "cilium" }))).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_data_plane: "cilium" }), aks({}))).toEqual([["network_profile.network_data_plane", "cilium", "azure"]]);
    });

    test("network_plugin: kubenet to azure with network_plugin_mode overlay is a migration; without overlay, or azure to none, it replaces", () => {
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_plugin: "kubenet" }), aks({ network_plugin: "azure", network_plugin_mode: "overlay" }))).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_plugin: "kubenet" }), aks({ network_plugin: "azure" }))).toEqual([["network_profile.network_plugin", "kubenet", "azure"]]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ network_plugin: "azure" }), aks({ network_plugin: "none" }))).toEqual([["network_profile.network_plugin", "azure", "none"]]);
    });

    test("pod_cidr: replaces once it had a value, not when first set; removed, the state keeps it", () => {
      expect(changesOf("azurerm_kubernetes_cluster", aks({ pod_cidr: "10.244.0.0/16" }), aks({ pod_cidr: "10.245.0.0/16" }))).toEqual([["network_profile.pod_cidr", "10.244.0.0/16", "10.245.0.0/16"]]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({}), aks({ pod_cidr: "10.244.0.0/16" }))).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ pod_cidr: "10.244.0.0/16" }), aks({}))).toEqual([]);
    });

    test("oidc_issuer_enabled (Default true): disabling replaces the cluster; enabling, or leaving it unset, does not", () => {
      expect(changesOf("azurerm_kubernetes_cluster", aks({}, { oidc_issuer_enabled: true }), aks({}, { oidc_issuer_enabled: false }))).toEqual([["oidc_issuer_enabled", true, false]]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({}), aks({}, { oidc_issuer_enabled: false }))).toEqual([["oidc_issuer_enabled", true, false]]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({}, { oidc_issuer_enabled: false }), aks({}, { oidc_issuer_enabled: true }))).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({}, { oidc_issuer_enabled: true }), aks({}))).toEqual([]);
    });

    test("Log Analytics sku: replaces once set, except between CapacityReservation and PerGB2018, or from LACluster", () => {
      const law = (sku?: string) => ({ name: "logs", ...(sku ? { sku } : {}) });
      expect(changesOf("azurerm_log_analytics_workspace", law("PerGB2018"), law("Standalone"))).toEqual([["sku", "PerGB2018", "Standalone"]]);
      expect(changesOf("azurerm_log_analytics_workspace", law("PerGB2018"), law("CapacityReservation"))).toEqual([]);
      expect(changesOf("azurerm_log_analytics_workspace", law("LACluster"), law("PerGB2018"))).toEqual([]);
      expect(changesOf("azurerm_log_analytics_workspace", law(), law("PerGB2018"))).toEqual([]);
      expect(changesOf("azurerm_log_analytics_workspace", law("PerGB2018"), law())).toEqual([]);
    });

    test("an argument with a Default compares unset as that value", () => {
      expect(changesOf("azurerm_public_ip", { name: "pip", sku: "Standard", sku_tier: "Regional", ip_version: "IPv4" }, { name: "pip" })).toEqual([]);
      expect(changesOf("azurerm_public_ip", { name: "pip" }, { name: "pip", ip_version: "IPv6" })).toEqual([["ip_version", "IPv4", "IPv6"]]);
      expect(changesOf("azurerm_monitor_data_collection_rule_association", { name: "configurationAccessEndpoint" }, {})).toEqual([]);
      expect(changesOf("azurerm_kubernetes_cluster", aks({ load_balancer_sku: "standard" }), aks({}))).toEqual([]);
      expect(changesOf("kubernetes_secret_v1", { metadata: { name: "s", namespace: "default" }, type: "Opaque" }, { metadata: { name: "s" } })).toEqual([]);
      expect(changesOf("kubernetes_secret_v1", { metadata: { name: "s" } }, { metadata: { name: "s" }, type: "kubernetes.io/tls" })).toEqual([["type", "Opaque", "kubernetes.io/tls"]]);
    });

    test("what the provider's DiffSuppressFunc ignores is no change: a location's case and spaces, a role name's case", () => {
      expect(changesOf("azurerm_resource_group", { name: "rg", location: "westeurope" }, { name: "rg", location: "West Europe" })).toEqual([]);
      expect(changesOf("azurerm_resource_group", { name: "rg", location: "westeurope" }, { name: "rg", location: "northeurope" })).toEqual([["location", "westeurope", "northeurope"]]);
      expect(changesOf("azurerm_role_assignment", { scope: "/s", principal_id: "p", role_definition_name: "AcrPull" }, { scope: "/s", principal_id: "p", role_definition_name: "acrpull" })).toEqual([]);
    });

    test("Optional and Computed arguments removed from the configuration keep the state's value", () => {
      const assignment = { scope: "/s", principal_id: "p", role_definition_name: "AcrPull" };
      expect(changesOf("azurerm_role_assignment", { ...assignment, name: "00000000-0000-0000-0000-000000000001", principal_type: "ServicePrincipal" }, assignment)).toEqual([]);
      expect(changesOf("kubernetes_namespace_v1", { metadata: { name: "ns" } }, { metadata: {} })).toEqual([]);
    });

    test("a federated credential's resource_group_name is no longer ForceNew (deprecated, Optional, Computed)", () => {
      const fed = (rg: string) => ({ name: "fed", resource_group_name: rg, user_assigned_identity_id: "/id/a" });
      expect(changesOf("azurerm_federated_identity_credential", fed("rg-a"), fed("rg-b"))).toEqual([]);
    });
  });

  test("a stack the previous record lacks is new: nothing to compare", () => {
    expect(compareRecords({}, before)).toEqual([]);
  });

  test("the record is deterministic: keys sorted whatever the synthesized order", () => {
    const reversed = Object.fromEntries(Object.entries(BASE_STACK).reverse());
    expect(renderRecord(recordOf([doc("dev-azure", reversed)]))).toBe(renderRecord(before));
  });
});

describe("replacementProblems", () => {
  const stacks = [doc("dev-azure", { ...BASE_STACK, azurerm_kubernetes_cluster: { Cluster: { ...BASE_STACK.azurerm_kubernetes_cluster.Cluster, name: "aks-2" } } })];
  const input = { file: "environments/dev.yaml", lineOf: () => 7, acknowledgements: [], recordPath: "dist/dev/force-new.json" };

  test("fails with one error per root, naming the address, replace, the argument and what goes with it", () => {
    const problems = replacementProblems(input, renderRecord(before), stacks);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", rule: "AR055", file: "environments/dev.yaml" });
    expect(problems[0].message).toContain('Terraform would replace azurerm_kubernetes_cluster.Cluster (stack dev-azure): name changes from "aks" to "aks-2"');
    expect(problems[0].message).toContain("replaced or destroyed with it: azurerm_role_assignment.Pull");
    expect(problems[0].fix).toContain("acknowledgeReplacements: [{ address: azurerm_kubernetes_cluster.Cluster");
  });

  test("an acknowledgement turns it into info, with the reason", () => {
    const acknowledged = { ...input, acknowledgements: [{ address: "azurerm_kubernetes_cluster.Cluster", reason: "new naming scheme, cluster is empty" }] };
    const problems = replacementProblems(acknowledged, renderRecord(before), stacks);
    expect(problems.map((p) => p.severity)).toEqual(["info"]);
    expect(problems[0].message).toContain("(acknowledged: new naming scheme, cluster is empty)");
  });

  test("warns about an acknowledgement that matches nothing (it would let a later change pass)", () => {
    const stale = { ...input, acknowledgements: [{ address: "azurerm_public_ip.Ip", reason: "moved to another zone" }] };
    const problems = replacementProblems(stale, renderRecord(before), [doc("dev-azure", BASE_STACK)]);
    expect(problems).toEqual([expect.objectContaining({ severity: "warning", path: "acknowledgeReplacements[0].address", value: "azurerm_public_ip.Ip" })]);
    expect(problems[0].message).toContain("nothing to acknowledge");
  });

  test("a first synth (no record yet) compares nothing", () => {
    expect(replacementProblems(input, undefined, stacks)).toEqual([]);
  });

  test("fails on a record that is not one, naming it and the fix", () => {
    const problems = replacementProblems(input, "{ not json", stacks);
    expect(problems[0]).toMatchObject({ severity: "error", rule: "AR055" });
    expect(problems[0].message).toContain("dist/dev/force-new.json is not valid JSON");
    expect(problems[0].fix).toContain("git checkout -- dist/dev/force-new.json");
  });
});

test("every resource type any mode creates has its ForceNew arguments listed", () => {
  const types = new Set<string>();
  for (const patch of Object.values(MODES)) {
    const { azureJson, clusterJson } = synthStacks(makeEnv(patch));
    for (const json of [azureJson, clusterJson]) Object.keys(json.resource ?? {}).forEach((t) => types.add(t));
  }
  expect([...types].filter((t) => !(t in FORCE_NEW)).sort()).toEqual([]);
});

describe("check and synth against the committed dist/", () => {
  const devText = fs.readFileSync(path.join(ROOT, "environments", "dev.yaml"), "utf8");
  const renamed = devText.replace(/^(cluster:\n(?:[ \t].*\n)*?\s+name:\s*)tars-dev\s*$/m, "$1tars-dev-renamed");
  const acknowledging = (addresses: string[]) =>
    `${renamed}\nacknowledgeReplacements:\n${addresses.map((a) => `  - address: ${a}\n    reason: new naming scheme, nothing in it yet\n`).join("")}`;

  test("the test edit renames the created cluster", () => {
    expect(renamed).not.toBe(devText);
    expect(renamed).toContain("tars-dev-renamed");
  });

  test("renaming the cluster of an example fails check, naming azurerm_kubernetes_cluster and replace", () => {
    const dir = tempDir();
    const file = path.join(dir, "dev.yaml");
    fs.writeFileSync(file, renamed);
    const run = cli(["check", "--config", file]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("ERROR AR055");
    expect(run.err).toMatch(/Terraform would replace azurerm_kubernetes_cluster\.Cluster_EB0386A7 \(stack dev-azure\): name changes from "tars-dev" to "tars-dev-renamed"/);
    expect(run.err).toContain("dist/dev/force-new.json");
  });

  test("synth refuses it too and writes nothing; acknowledged, synth writes the new record", () => {
    const out = tempDir();
    fs.cpSync(path.join(ROOT, "dist", "dev"), path.join(out, "dist", "dev"), { recursive: true });
    const dir = tempDir();
    const file = path.join(dir, "dev.yaml");
    fs.writeFileSync(file, renamed);
    const refused = cli(["synth", "--config", file, "--outdir", out]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("azurerm_kubernetes_cluster.Cluster_EB0386A7");
    expect(fs.readFileSync(path.join(out, "dist", "dev", RECORD_FILE), "utf8")).toBe(fs.readFileSync(path.join(ROOT, "dist", "dev", RECORD_FILE), "utf8"));

    // Every name derived from cluster.name changes with it: each root is named, the cluster first among them.
    const roots = [...refused.err.matchAll(/Terraform would (?:replace|destroy) (\S+) /g)].map((m) => m[1]);
    expect(roots).toEqual(expect.arrayContaining(["azurerm_kubernetes_cluster.Cluster_EB0386A7", "azurerm_virtual_network.Network_1C6012B5", "azurerm_public_ip.AppGateway_PublicIp_A2EDD0CB"]));
    fs.writeFileSync(file, acknowledging(roots.filter((a) => a !== "azurerm_log_analytics_workspace.LogAnalytics_675DAA21")));
    const partly = cli(["synth", "--config", file, "--outdir", out]);
    expect(partly.code).toBe(1);
    expect(partly.err.match(/ERROR AR055/g)).toHaveLength(1);
    expect(partly.err).toContain("azurerm_log_analytics_workspace.LogAnalytics_675DAA21");

    fs.writeFileSync(file, acknowledging(roots));
    const done = cli(["synth", "--config", file, "--outdir", out, "--quiet"]);
    expect(done.err).toBe("");
    expect(done.code).toBe(0);
    expect(fs.readFileSync(path.join(out, "dist", "dev", RECORD_FILE), "utf8")).toContain('"name": "tars-dev-renamed"');
    // Applied: the acknowledgement now matches nothing, and check says to remove it.
    const after = cli(["check", "--config", file, "--outdir", out]);
    expect(after.code).toBe(0);
    expect(after.out).toContain("WARNING AR055");
    expect(after.out).toContain("nothing to acknowledge");
  });

  test("the committed examples replace nothing", () => {
    const run = cli(["check"]);
    expect(run.out + run.err).not.toContain("AR055");
  });
});

test("the schema's description of acknowledgeReplacements names the guard's own rule id", () => {
  // It once named AR050 (an Argo CD rule): the id a user searches the docs for must be the one the error prints.
  const description = (EnvironmentSchema.shape.acknowledgeReplacements as unknown as { description?: string }).description ?? "";
  expect(description.match(/\bAR\d{3}\b/g)).toEqual([REPLACEMENT_RULE]);
});
