#!/usr/bin/env node
"use strict";
// CI: the real terraform binary on the synthesized stacks of every example and every mode of
// test/fixtures/modes.ts, offline, through ../shared/tools/tfmock (a schema-only provider with
// the azurerm provider's own validation rules stands in for azurerm, helm, kubernetes):
//   validate of every stack, then a simulated apply of <env>-azure followed by <env>-cluster
//   (which proves the cross-stack wiring) and a no-change re-plan, plus the plan-time
//   preconditions of the reuse path and the add-on gateway's wait. TF_CHECK_ONLY=<regexp> runs
//   only the matching jobs.
// Skips, saying so, where ../shared is absent (a user's clone).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const tfmock = path.resolve(root, "..", "shared", "tools", "tfmock", "tfmock.sh");
if (!fs.existsSync(tfmock)) {
  console.log(`SKIPPED terraform checks: ${path.relative(root, tfmock)} not found (it ships with the project's CI workspace, not with a clone).`);
  process.exit(0);
}
if (spawnSync("terraform", ["version"], { stdio: "ignore" }).status !== 0) {
  console.log("SKIPPED terraform checks: no terraform binary on PATH.");
  process.exit(0);
}

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "ara-tf-"));
const synth = spawnSync(process.execPath, [path.join(root, "bin", "agent-router-azure.js"), "synth", "--quiet", "--outdir", outdir], {
  stdio: "inherit",
});
if (synth.status !== 0) process.exit(synth.status ?? 1);

const stacksDir = path.join(outdir, "cdktf.out", "stacks");
const envs = [...new Set(fs.readdirSync(stacksDir).map((s) => s.replace(/-(azure|cluster)$/, "")))].sort();

const fixtures = path.join(root, "test", "fixtures", "terraform");

// Every mode of test/fixtures/modes.ts too (every example and mode through tfmock),
// as environment files with names of their own, synthesized apart from the examples.
require("../bin/ts-hook");
const { writeModeFiles } = require("../test/fixtures/mode-files.ts");
const modes = writeModeFiles(path.join(outdir, "mode-envs"));
const modeStacksDir = path.join(outdir, "modes", "cdktf.out", "stacks");
{
  const args = modes.flatMap((m) => ["--config", m.file]);
  const r = spawnSync(process.execPath, [path.join(root, "bin", "agent-router-azure.js"), "synth", "--quiet", ...args, "--outdir", path.join(outdir, "modes")], {
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
/**
 * A mode's data-source fixtures: an existing AGIC cluster reads like the shared example's, an AGC
 * one as Overlay + Cilium with the OIDC issuer on; a Key Vault on RBAC (key-vault.data.json), and
 * an existing cluster with the Key Vault secrets provider add-on, rotation on, when it reads one.
 */
function modeData(m) {
  const parts = [];
  if (m.config.cluster.existing) parts.push(path.join(fixtures, m.config.ingress?.mode === "agc" ? "existing-agc.data.json" : "shared.data.json"));
  if (m.config.keyVault) {
    parts.push(path.join(fixtures, "key-vault.data.json"));
    if (m.config.cluster.existing) parts.push(path.join(fixtures, "existing-key-vault.data.json"));
  }
  if (parts.length <= 1) return parts[0] ?? "";
  const merged = {};
  for (const part of parts) {
    for (const [type, attrs] of Object.entries(JSON.parse(fs.readFileSync(part, "utf8")))) merged[type] = { ...merged[type], ...attrs };
  }
  const file = path.join(outdir, `data-${m.name}.json`);
  fs.writeFileSync(file, JSON.stringify(merged));
  return file;
}
/** What gets validate + apply: the examples, then the modes (an existing cluster's reads come from a fixture). */
const targets = [
  ...envs.map((env) => ({ env, title: env, dir: stacksDir, data: path.join(fixtures, `${env}.data.json`) })),
  ...modes.map((m) => ({ env: m.name, title: `${m.name} (${m.title})`, dir: modeStacksDir, data: modeData(m) })),
];

// Modes no example uses (e.g. ingress.agic.gateway: addon): environment files under
// test/fixtures/terraform/environments/, synthesized apart and used only by the fixture cases.
const fixtureEnvDir = path.join(fixtures, "environments");
const fixtureStacksDir = path.join(outdir, "fixture-envs", "cdktf.out", "stacks");
const fixtureEnvs = fs.existsSync(fixtureEnvDir) ? fs.readdirSync(fixtureEnvDir).filter((f) => f.endsWith(".yaml")).sort() : [];
if (fixtureEnvs.length) {
  const args = fixtureEnvs.flatMap((f) => ["--config", path.join(fixtureEnvDir, f)]);
  const r = spawnSync(process.execPath, [path.join(root, "bin", "agent-router-azure.js"), "synth", "--quiet", ...args, "--outdir", path.join(outdir, "fixture-envs")], {
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
/** Where the stacks of an environment are: an example's, or a fixture environment's. */
const stackDirOf = (env, stack) =>
  fs.existsSync(path.join(stacksDir, `${env}-${stack}`)) ? path.join(stacksDir, `${env}-${stack}`) : path.join(fixtureStacksDir, `${env}-${stack}`);
const knownEnv = (env) => envs.includes(env) || fs.existsSync(path.join(fixtureStacksDir, `${env}-azure`));

// tfmock replaces every stack's backend with local state, but only rewrites local
// terraform_remote_state. For stacks on the azurerm or Terraform Cloud backends, point the
// (throwaway) copy's remote state at the local state of the stack it reads, so the simulated
// apply exercises the same cross-stack wiring offline. `validate` runs on the original.
const remoteBackend = {};
for (const { env, dir } of targets) {
  const file = path.join(dir, `${env}-cluster`, "cdk.tf.json");
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  const states = (json.data && json.data.terraform_remote_state) || {};
  let changed = false;
  for (const [name, rs] of Object.entries(states)) {
    if (rs.backend === "local") continue;
    remoteBackend[env] = rs.backend;
    const source = name.replace(/^cross-stack-reference-input-/, "");
    states[name] = { backend: "local", config: { path: `terraform.${source}.tfstate` } };
    changed = true;
  }
  if (changed) {
    const copy = path.join(outdir, "local-state", `${env}-cluster`);
    fs.mkdirSync(copy, { recursive: true });
    fs.writeFileSync(path.join(copy, "cdk.tf.json"), JSON.stringify(json, null, 2));
  }
}
/** Jobs: validate and apply per environment, and the precondition cases of test/fixtures/terraform. */
const jobs = [];
for (const { env, title, dir, data } of targets) {
  const azure = path.join(dir, `${env}-azure`);
  const cluster = path.join(dir, `${env}-cluster`);
  // What data sources read from Azure, for environments that read existing resources
  // (an existing cluster's network profile): test/fixtures/terraform/<env>.data.json.
  const withData = data && fs.existsSync(data) ? ["--data", data] : [];
  const applyCluster = remoteBackend[env] ? path.join(outdir, "local-state", `${env}-cluster`) : cluster;
  const note = remoteBackend[env] ? ` (${remoteBackend[env]} backend: remote state simulated locally)` : "";
  jobs.push({ name: `${title}: validate`, args: ["validate", azure, cluster], expect: "ok" });
  jobs.push({ name: `${title}: apply${note}`, args: [...withData, "apply", azure, applyCluster], expect: "ok" });
}
if (fs.existsSync(fixtures)) {
  for (const f of fs.readdirSync(fixtures).filter((f) => f.endsWith(".json") && !f.endsWith(".data.json")).sort()) {
    // {environment, description, expect: "ok" | a message the plan must fail with, data: tfmock fixtures,
    //  stack: "azure" (default: a plan of <env>-azure) | "cluster" (an apply of <env>-azure, then <env>-cluster)}
    const spec = JSON.parse(fs.readFileSync(path.join(fixtures, f), "utf8"));
    if (!knownEnv(spec.environment)) continue;
    const data = path.join(outdir, `fixture-${f}`);
    fs.writeFileSync(data, JSON.stringify(spec.data));
    const azure = stackDirOf(spec.environment, "azure");
    jobs.push({
      name: `${spec.environment}: ${spec.description}`,
      args: spec.stack === "cluster" ? ["--data", data, "apply", azure, stackDirOf(spec.environment, "cluster")] : ["--data", data, "plan", azure],
      expect: spec.expect,
    });
  }
}

// A Kubernetes minor upgrade is a config change that happens: the dev example with
// cluster.kubernetesVersion "1.34" is applied (through tfmock's provider mirror and the stack's own
// local state), then the same stack with "1.35" must plan azurerm_kubernetes_cluster as an update
// in place of kubernetes_version and the node pool's orchestrator_version (AKS having meanwhile
// installed patch 1.34.5, as the patch channel does), apply, and re-plan with no changes.
function upgradeStack(version) {
  const dir = path.join(outdir, "k8s-upgrade", version);
  fs.mkdirSync(dir, { recursive: true });
  const { parse, stringify } = require("yaml");
  const dev = parse(fs.readFileSync(path.join(root, "environments", "dev.yaml"), "utf8"));
  dev.cluster.kubernetesVersion = version;
  fs.writeFileSync(path.join(dir, "dev.yaml"), stringify(dev));
  const r = spawnSync(process.execPath, [path.join(root, "bin", "agent-router-azure.js"), "synth", "--quiet", "--config", path.join(dir, "dev.yaml"), "--outdir", dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`synth of dev with kubernetesVersion ${version} failed: ${r.stderr}`);
  return path.join(dir, "cdktf.out", "stacks", "dev-azure", "cdk.tf.json");
}
jobs.push({
  name: "dev: a Kubernetes minor upgrade (1.34 -> 1.35) plans an in-place update, applies, re-plans clean",
  run: async () => {
    const log = [];
    const from = upgradeStack("1.34");
    const to = upgradeStack("1.35");
    const work = path.join(outdir, "k8s-upgrade", "work", "cdktf.out", "stacks", "dev-azure");
    fs.mkdirSync(work, { recursive: true });
    fs.copyFileSync(from, path.join(work, "cdk.tf.json"));
    const mirror = await spawnCollect("bash", [tfmock, "mirror", path.join(outdir, "k8s-upgrade", "mirror"), work]);
    const tfrc = (mirror.output.match(/^TF_CLI_CONFIG_FILE=(.+)$/m) || [])[1];
    if (!tfrc) return { code: 1, output: `no provider mirror: ${mirror.output}` };
    const fixture = (file, data) => (fs.writeFileSync(file, JSON.stringify(data)), file);
    const fresh = fixture(path.join(outdir, "k8s-upgrade", "fresh.json"), { azurerm_resources: { resources: [] } });
    const patched = fixture(path.join(outdir, "k8s-upgrade", "patched.json"), {
      azurerm_resources: { resources: [{ id: "x", name: "tars-dev", resource_group_name: "rg-agent-router-dev", type: "Microsoft.ContainerService/managedClusters", location: "westeurope", tags: {} }] },
      azurerm_kubernetes_cluster: { kubernetes_version: "1.34.5", agent_pool_profile: [{ name: "system", orchestrator_version: "1.34.5" }] },
    });
    const tf = async (data, ...args) => {
      const r = await spawnCollect("terraform", [`-chdir=${work}`, ...args], { TF_CLI_CONFIG_FILE: tfrc, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0", TFMOCK_DATA: data });
      log.push(`$ terraform ${args.join(" ")} -> ${r.code}`);
      return r;
    };
    const fail = (why, r) => ({ code: 1, output: [...log, why, r ? r.output.slice(-2000) : ""].join("\n") });
    let r = await tf(fresh, "init", "-no-color");
    if (r.code !== 0) return fail("init failed", r);
    r = await tf(fresh, "apply", "-auto-approve", "-no-color", "-lock=false");
    if (r.code !== 0) return fail("first apply (1.34) failed", r);
    fs.copyFileSync(to, path.join(work, "cdk.tf.json"));
    r = await tf(patched, "plan", "-no-color", "-lock=false", "-out=upgrade.tfplan");
    if (r.code !== 0) return fail("upgrade plan failed", r);
    r = await tf(patched, "show", "-json", "upgrade.tfplan");
    const plan = JSON.parse(r.output);
    const changes = plan.resource_changes.filter((c) => c.change.actions.join(",") !== "no-op" && c.change.actions.join(",") !== "read");
    const aks = changes.find((c) => c.type === "azurerm_kubernetes_cluster");
    const summary = changes.map((c) => `${c.address}: ${c.change.actions.join("+")}`).join("; ");
    if (!aks || aks.change.actions.join(",") !== "update") return fail(`expected azurerm_kubernetes_cluster updated in place, got: ${summary || "no change"}`);
    if (changes.some((c) => c.change.actions.includes("delete"))) return fail(`the upgrade would destroy: ${summary}`);
    const before = aks.change.before;
    const after = aks.change.after;
    const versions = `${before.kubernetes_version}/${before.default_node_pool[0].orchestrator_version} -> ${after.kubernetes_version}/${after.default_node_pool[0].orchestrator_version}`;
    if (after.kubernetes_version !== "1.35" || after.default_node_pool[0].orchestrator_version !== "1.35") return fail(`expected both versions to become 1.35: ${versions}`);
    r = await tf(patched, "apply", "-auto-approve", "-no-color", "-lock=false", "upgrade.tfplan");
    if (r.code !== 0) return fail("upgrade apply failed", r);
    r = await tf(patched, "plan", "-detailed-exitcode", "-no-color", "-lock=false");
    if (r.code !== 0) return fail(`re-plan after the upgrade is not clean (exit ${r.code})`, r);
    return { code: 0, output: `control plane/node pool ${versions}, updated in place (${summary}); re-plan clean` };
  },
});

/** Runs a command; resolves with its exit code and its stdout and stderr together. */
function spawnCollect(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

const spawnTfmock = (args, env) => spawnCollect(tfmock, args, env);

async function runJob(job) {
  if (job.run) {
    const { code, output } = await job.run().catch((e) => ({ code: 1, output: String(e && e.stack) }));
    return { job, passed: code === 0, output: output.trim() };
  }
  const { code, output } = await spawnTfmock(job.args, {});
  const passed = job.expect === "ok" ? code === 0 : code !== 0 && output.includes(job.expect);
  return { job, passed, output: output.trim() };
}

(async () => {
  const started = Date.now();
  const results = [];
  // TF_CHECK_ONLY=<regexp>: only the jobs whose name matches (while working on one case).
  const only = process.env.TF_CHECK_ONLY ? new RegExp(process.env.TF_CHECK_ONLY) : undefined;
  const queue = jobs.filter((j) => !only || only.test(j.name));
  const workers = Array.from({ length: Math.max(1, Math.min(os.cpus().length, 4)) }, async () => {
    while (queue.length) {
      const r = await runJob(queue.shift());
      console.log(`${r.passed ? "PASS" : "FAIL"} ${r.job.name}\n${r.output.replace(/^/gm, "     ")}`);
      results.push(r);
    }
  });
  await Promise.all(workers);
  fs.rmSync(outdir, { recursive: true, force: true });
  const failed = results.filter((r) => !r.passed);
  console.log(`terraform checks: ${results.length - failed.length}/${results.length} passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(failed.length ? 1 : 0);
})();
