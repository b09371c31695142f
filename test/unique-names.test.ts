// Names that must be unique across the environments of one repository: a
// copy of an example with only `name:` changed is an error naming both files and each field.
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { loadEnvironments } from "../config/loader";
import { formatProblem } from "../config/problems";
import { BASE, merge, ROOT, tempDir } from "./helpers";

type Patch = Record<string, unknown>;

/** Writes each environment (BASE + patch) as <name>.yaml into one directory and loads the given ones. */
function load(envs: Record<string, Patch>, given: string[] = Object.keys(envs)) {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "envs"));
  for (const [name, patch] of Object.entries(envs)) fs.writeFileSync(path.join(dir, "envs", `${name}.yaml`), stringify(merge(BASE, { name, ...patch })));
  return loadEnvironments(
    given.map((n) => `envs/${n}.yaml`),
    dir,
  );
}

/** Distinct values for everything but what a test shares on purpose. */
const own = (n: string): Patch => ({
  azure: { resourceGroup: `rg-${n}` },
  cluster: { name: `aks-${n}` },
  registry: { acrName: `acr${n}` },
  dns: { hostname: `${n}.example-corp.com` },
});

test("the committed examples are valid together", () => {
  const files = fs.readdirSync(path.join(ROOT, "environments")).filter((f) => f.endsWith(".yaml"));
  const r = loadEnvironments(files.map((f) => path.join("environments", f)), ROOT);
  expect(r.problems).toEqual([]);
  expect(r.environments).toHaveLength(files.length);
});

test("distinct environments pass", () => {
  expect(load({ ea: own("ea"), eb: own("eb") }).problems).toEqual([]);
});

describe("a copy of dev.yaml with only name: changed", () => {
  const dev = fs.readFileSync(path.join(ROOT, "environments", "dev.yaml"), "utf8");
  function copy(given: string[]) {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "environments"));
    fs.writeFileSync(path.join(dir, "environments", "dev.yaml"), dev);
    fs.writeFileSync(path.join(dir, "environments", "team-a.yaml"), dev.replace(/^name: dev$/m, "name: team-a"));
    return loadEnvironments(given, dir);
  }

  test("fails, naming both files, each field and the fix", () => {
    const lines = copy(["environments/dev.yaml", "environments/team-a.yaml"]).problems.map(formatProblem);
    expect(lines).toEqual([
      'ERROR AR000 environments/team-a.yaml: registry.acrName: is also the ACR name of environments/dev.yaml; ACR names are globally unique (Step 4), so the second registry cannot be created, got "tarsdevacr7f3a" (line 16). fix: give team-a its own registry.acrName',
      'ERROR AR000 environments/team-a.yaml: dns.hostname: is also the hostname of environments/dev.yaml; both data planes would be registered under one URL, with one DNS record and one certificate, got "proxy-dev.acme-ai.dev" (line 19). fix: give team-a its own dns.hostname',
      'ERROR AR000 environments/team-a.yaml: cluster.name: is also the cluster of environments/dev.yaml; tare install puts every data plane in the namespaces tars-system and tars-dataplane, so a second one in the same cluster overwrites the first, got "rg-agent-router-dev/tars-dev" (line 13). fix: give team-a its own cluster.name (or a different resource group)',
      'ERROR AR000 environments/team-a.yaml: azure.resourceGroup: is also the resource group of environments/dev.yaml; the -azure stack that creates it deletes it, with everything in it, on destroy, got "rg-agent-router-dev" (line 7). fix: give team-a its own azure.resourceGroup',
    ]);
  });

  test("fails when only the copy is checked: the files next to it count (check --config environments/team-a.yaml)", () => {
    const r = copy(["environments/team-a.yaml"]);
    expect(r.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      "environments/team-a.yaml registry.acrName",
      "environments/team-a.yaml dns.hostname",
      "environments/team-a.yaml cluster.name",
      "environments/team-a.yaml azure.resourceGroup",
    ]);
    expect(r.problems[0].message).toContain("environments/dev.yaml");
  });

  test("the given file spelled another way is not its own neighbour (a hard link, as Dev.yaml is dev.yaml on macOS)", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "dev.yaml"), dev);
    fs.linkSync(path.join(dir, "dev.yaml"), path.join(dir, "Dev-link.yaml"));
    expect(loadEnvironments(["Dev-link.yaml"], dir).problems).toEqual([]);
  });

  test("a broken neighbour is ignored: it blocks nothing", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "dev.yaml"), dev);
    fs.writeFileSync(path.join(dir, "broken.yaml"), "name: [\n");
    expect(loadEnvironments(["dev.yaml"], dir).problems).toEqual([]);
  });
});

describe("clusters", () => {
  const existing = (rg: string, name: string): Patch => ({ cluster: { name, existing: { resourceGroup: rg } } });

  test("fails when two environments reuse the same existing cluster", () => {
    const r = load({ ea: { ...own("ea"), ...existing("rg-aks", "aks-shared") }, eb: { ...own("eb"), ...existing("rg-aks", "aks-shared") } });
    expect(r.problems.map((p) => [p.file, p.path, p.value])).toEqual([["envs/eb.yaml", "cluster.name", "rg-aks/aks-shared"]]);
  });

  test("fails when one environment reuses the cluster another creates", () => {
    const r = load({ ea: own("ea"), eb: { ...own("eb"), ...existing("rg-ea", "aks-ea") } });
    expect(r.problems.map((p) => [p.file, p.path])).toEqual([["envs/eb.yaml", "cluster.name"]]);
  });

  test("two different clusters in one existing resource group, both only read, pass", () => {
    const a = { ...own("ea"), azure: { resourceGroup: "rg-aks" }, ...existing("rg-aks", "aks-1") };
    const b = { ...own("eb"), azure: { resourceGroup: "rg-aks" }, ...existing("rg-aks", "aks-2") };
    expect(load({ ea: a, eb: b }).problems).toEqual([]);
  });

  test("the same names in two different subscriptions pass", () => {
    const a = { ...own("ea"), azure: { subscriptionId: "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41", resourceGroup: "rg-x" }, cluster: { name: "aks-x" } };
    const b = { ...own("eb"), azure: { subscriptionId: "0b5a1e8c-2f4d-4c11-9a77-5d3e2c1b0a99", resourceGroup: "rg-x" }, cluster: { name: "aks-x" } };
    expect(load({ ea: a, eb: b }).problems).toEqual([]);
  });
});

test("fails when a resource group one environment creates is another's too (case-insensitive, as Azure)", () => {
  const r = load({ ea: own("ea"), eb: { ...own("eb"), azure: { resourceGroup: "RG-EA" } } });
  expect(r.problems.map((p) => [p.file, p.path, p.value])).toEqual([["envs/eb.yaml", "azure.resourceGroup", "RG-EA"]]);
});

test("fails when two environments would share a Terraform Cloud workspace", () => {
  const r = load({
    "ea-bb": { ...own("eabb"), state: { backend: "cloud", cloud: { organization: "acme", workspacePrefix: "x-" } } },
    bb: { ...own("bb"), state: { backend: "cloud", cloud: { organization: "acme", workspacePrefix: "x-ea-" } } },
  });
  expect(r.problems.map((p) => [p.file, p.path, p.value])).toEqual([["envs/bb.yaml", "state.cloud.workspacePrefix", "app.terraform.io/acme/x-ea-bb-azure"]]);
});

test("fails when two environments would sync one GitOps path", () => {
  const gitops = { repoUrl: "https://git.example-corp.com/gitops.git", path: "clusters/main", argocd: { enabled: true } };
  const r = load({ ea: { ...own("ea"), gitops }, eb: { ...own("eb"), gitops: { ...gitops, path: "clusters/main/" } } });
  expect(r.problems.map((p) => [p.file, p.path])).toEqual([["envs/eb.yaml", "gitops.path"]]);
  expect(load({ ea: { ...own("ea"), gitops }, eb: { ...own("eb"), gitops: { ...gitops, revision: "staging" } } }).problems).toEqual([]);
});

test("a FIFO beside the named file is skipped, not read (the sibling scan keeps the loader's limits)", () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "envs"));
  fs.writeFileSync(path.join(dir, "envs", "ea.yaml"), stringify(merge(BASE, { name: "ea", ...own("ea") })));
  const fifo = path.join(dir, "envs", "zz.yaml");
  if (require("child_process").spawnSync("mkfifo", [fifo]).status !== 0) {
    console.log("SKIPPED: mkfifo is not available here");
    return;
  }
  // Reading the FIFO would block this test until jest's timeout.
  const r = loadEnvironments(["envs/ea.yaml"], dir);
  expect(r.problems).toEqual([]);
  expect(r.environments.map((e) => e.env.name)).toEqual(["ea"]);
});
