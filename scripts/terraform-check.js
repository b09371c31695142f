#!/usr/bin/env node
"use strict";
// CI: the real terraform binary on the synthesized example stacks, offline, through
// ../shared/tools/tfmock (a schema-only provider stands in for azurerm, helm, kubernetes):
//   validate of every stack, then a simulated apply of <env>-azure followed by <env>-cluster
//   (which proves the cross-stack wiring), plus the plan-time preconditions of the reuse path.
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

// Modes no example uses (e.g. ingress.agic.gateway: addon): environment files under
// test/fixtures/terraform/environments/, synthesized apart and used only by the fixture cases.
const fixtures = path.join(root, "test", "fixtures", "terraform");
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
for (const env of envs) {
  const file = path.join(stacksDir, `${env}-cluster`, "cdk.tf.json");
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
for (const env of envs) {
  const azure = path.join(stacksDir, `${env}-azure`);
  const cluster = path.join(stacksDir, `${env}-cluster`);
  // What data sources read from Azure, for environments that read existing resources
  // (an existing cluster's network profile): test/fixtures/terraform/<env>.data.json.
  const data = path.join(fixtures, `${env}.data.json`);
  const withData = fs.existsSync(data) ? ["--data", data] : [];
  const applyCluster = remoteBackend[env] ? path.join(outdir, "local-state", `${env}-cluster`) : cluster;
  const note = remoteBackend[env] ? ` (${remoteBackend[env]} backend: remote state simulated locally)` : "";
  jobs.push({ name: `${env}: validate`, args: ["validate", azure, cluster], expect: "ok" });
  jobs.push({ name: `${env}: apply${note}`, args: [...withData, "apply", azure, applyCluster], expect: "ok" });
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

function runJob(job) {
  return new Promise((resolve) => {
    const child = spawn(tfmock, job.args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => {
      const passed = job.expect === "ok" ? code === 0 : code !== 0 && output.includes(job.expect);
      resolve({ job, passed, output: output.trim() });
    });
  });
}

(async () => {
  const started = Date.now();
  const results = [];
  const queue = [...jobs];
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
