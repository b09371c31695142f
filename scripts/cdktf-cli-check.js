#!/usr/bin/env node
"use strict";
// CI: the README's cdktf CLI path, offline, for every example environment.
//  1. Installs the pinned cdktf CLI (and cdk8s CLI) into a cache folder outside the clone
//     (${XDG_CACHE_HOME:-~/.cache}/agent-router-azure/<cli>-<version>), reused when present.
//  2. The clone stays clean: `git status --porcelain` is unchanged by `npm run synth`,
//     `cdktf synth` (cdktf.json carries a projectId, so cdktf does not rewrite it) and `cdk8s synth`.
//  3. In a copy of the project: `cdktf synth`, a provider mirror of tfmock's schema-only providers
//     (../shared/tools/tfmock/tfmock.sh mirror), then per example
//     `cdktf deploy <env>-azure <env>-cluster --auto-approve` (simulated apply, local state) and a
//     second deploy that must report no changes. Examples on the azurerm or Terraform Cloud
//     backend get local state instead (as scripts/terraform-check.js does): cdktf synth, the
//     backend and the remote state swapped in cdktf.out, then `cdktf deploy --skip-synth`.
//  4. One environment through the CLI never touches another's stack folder: the CLI deletes the
//     stack folders its synth did not list (shown on a stray folder); `AGENT_ROUTER_ENV=dev cdktf
//     synth` is refused with the other environments' folders present, and the documented way,
//     `AGENT_ROUTER_ENV=dev npm run synth` then `cdktf deploy dev-azure dev-cluster --skip-synth`,
//     deploys dev while every other folder keeps its .terraform/ and .terraform.lock.hcl.
// Every CLI run has CHECKPOINT_DISABLE=1 (no telemetry call, so no "[ERROR] … checkpoint-api"
// offline), as the README tells users to set.
// Skips, saying so, without ../shared/tools/tfmock or without terraform on PATH.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
require("../bin/ts-hook");

const CDKTF_CLI = "0.21.0"; // the cdktf library's version (package.json)
const CDK8S_CLI = "2.207.60";
const root = path.resolve(__dirname, "..");
const tfmock = path.resolve(root, "..", "shared", "tools", "tfmock", "tfmock.sh");
process.env.CHECKPOINT_DISABLE = "1";
const cacheBase = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "agent-router-azure");

if (!fs.existsSync(tfmock)) {
  console.log(`SKIPPED cdktf CLI checks: ${path.relative(root, tfmock)} not found (it ships with the project's CI workspace, not with a clone).`);
  process.exit(0);
}
if (spawnSync("terraform", ["version"], { stdio: "ignore" }).status !== 0) {
  console.log("SKIPPED cdktf CLI checks: no terraform binary on PATH (the cdktf CLI runs terraform).");
  process.exit(0);
}

const started = Date.now();
const results = [];
const strip = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").replace(/\r/g, "");
const secs = (ms) => `${(ms / 1000).toFixed(0)} s`;
function run(cmd, args, opts = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 20 * 60 * 1000, ...opts, env: { ...process.env, ...opts.env } });
  return { status: r.status, out: strip(`${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}`), ms: Date.now() - t };
}
function record(name, passed, detail, output) {
  results.push({ name, passed });
  console.log(`${passed ? "PASS" : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
  if (!passed && output) console.log(output.trim().split("\n").slice(-40).join("\n").replace(/^/gm, "     "));
}
const duMiB = (dir) => Math.round(Number(run("du", ["-sk", dir]).out.split(/\s/)[0]) / 1024);

// --- 1. the pinned CLIs, cached outside the clone ------------------------------------------
function install(pkg, version, bin) {
  const dir = path.join(cacheBase, `${pkg}-${version}`);
  const exe = path.join(dir, "node_modules", ".bin", bin);
  const pj = path.join(dir, "node_modules", pkg, "package.json");
  if (fs.existsSync(exe) && fs.existsSync(pj) && JSON.parse(fs.readFileSync(pj, "utf8")).version === version) {
    record(`${pkg}@${version} cached`, true, `${dir}, ${duMiB(dir)} MiB`);
    return exe;
  }
  fs.mkdirSync(dir, { recursive: true });
  const r = run("npm", ["install", "--prefix", dir, "--no-audit", "--no-fund", "--no-save", `${pkg}@${version}`]);
  const ok = r.status === 0 && fs.existsSync(exe);
  record(`${pkg}@${version} installed`, ok, `${dir}, ${secs(r.ms)}, ${ok ? duMiB(dir) : "?"} MiB`, r.out);
  return ok ? exe : undefined;
}
const cdktf = install("cdktf-cli", CDKTF_CLI, "cdktf");
const cdk8s = install("cdk8s-cli", CDK8S_CLI, "cdk8s");
if (cdktf) {
  const v = (run(cdktf, ["--version"]).out.match(/^\d+\.\d+\.\d+$/m) || ["?"])[0];
  record("cdktf --version", v === CDKTF_CLI, v);
}

// --- 2. the clone stays clean -------------------------------------------------------------
const porcelain = () => run("git", ["status", "--porcelain"], { cwd: root }).out;
const before = porcelain();
if (before) console.log(`note: the clone has changes before the check; asserting they stay the same:\n${before}`);
for (const [name, cmd, args] of [
  ["npm run synth", "npm", ["run", "--silent", "synth"]],
  ["cdktf synth", cdktf, ["synth"]],
  ["cdk8s synth", cdk8s, ["synth"]],
]) {
  if (!cmd) continue;
  const r = run(cmd, args, { cwd: root });
  const after = porcelain();
  record(`the clone stays clean after ${name}`, r.status === 0 && after === before, r.status === 0 ? secs(r.ms) : `exit ${r.status}`, r.status !== 0 ? r.out : `git status --porcelain:\n${after}`);
}

// --- 3. cdktf synth and deploy in a copy of the project ------------------------------------
if (cdktf) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ara-cdktf-"));
  const copy = path.join(tmp, "project");
  const files = run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root }).out.split("\0").filter(Boolean);
  for (const f of files) {
    const src = path.join(root, f);
    if (!fs.existsSync(src) || fs.lstatSync(src).isDirectory()) continue;
    fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
    fs.copyFileSync(src, path.join(copy, f));
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"), "dir");

  const synth = run(cdktf, ["synth"], { cwd: copy });
  record("no checkpoint-api error with CHECKPOINT_DISABLE=1", !/checkpoint-api/i.test(synth.out), "", synth.out);
  const cdktfJson = fs.readFileSync(path.join(copy, "cdktf.json"), "utf8") === fs.readFileSync(path.join(root, "cdktf.json"), "utf8");
  record("cdktf synth in a copy; cdktf.json byte-identical", synth.status === 0 && cdktfJson, secs(synth.ms), synth.out);
  const stacksDir = path.join(copy, "cdktf.out", "stacks");
  const stacks = fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir).sort() : [];
  const mirror = run("bash", [tfmock, "mirror", path.join(tmp, "mirror"), ...stacks.map((s) => path.join(stacksDir, s))]);
  const tfrc = (mirror.out.match(/^TF_CLI_CONFIG_FILE=(.+)$/m) || [])[1];
  record("tfmock provider mirror", mirror.status === 0 && !!tfrc, tfrc, mirror.out);

  const readStack = (s) => JSON.parse(fs.readFileSync(path.join(stacksDir, s, "cdk.tf.json"), "utf8"));
  const isRemote = (s) => {
    const tf = readStack(s).terraform ?? {};
    return !!tf.cloud || Object.keys(tf.backend ?? {}).some((b) => b !== "local");
  };
  /** The throwaway copy's stacks on local state, remote state read from it (scripts/terraform-check.js does the same). */
  const localState = (s) => {
    const j = readStack(s);
    delete j.terraform.cloud;
    j.terraform.backend = { local: { path: `../../../terraform.${s}.tfstate` } };
    for (const [name, rs] of Object.entries(j.data?.terraform_remote_state ?? {})) {
      const source = name.replace(/^cross-stack-reference-input-/, "");
      j.data.terraform_remote_state[name] = { backend: "local", config: { path: `../../../terraform.${source}.tfstate` }, ...(rs.workspace ? { workspace: rs.workspace } : {}) };
    }
    fs.writeFileSync(path.join(stacksDir, s, "cdk.tf.json"), JSON.stringify(j, null, 2));
  };

  const envs = [...new Set(stacks.map((s) => s.replace(/-(azure|cluster)$/, "")))];
  for (const env of tfrc ? envs : []) {
    const pair = [`${env}-azure`, `${env}-cluster`];
    const remote = pair.some(isRemote);
    const backend = remote ? Object.keys(readStack(pair[0]).terraform.backend ?? { cloud: 1 })[0] : "local";
    // Sensitive variables without a default (the Secrets' values the runbook asks for): placeholders.
    const vars = {};
    for (const s of pair) for (const [n, v] of Object.entries(readStack(s).variable ?? {})) if (!("default" in v)) vars[`TF_VAR_${n}`] = "mock";
    const data = path.join(root, "test", "fixtures", "terraform", `${env}.data.json`);
    const env_ = { TF_CLI_CONFIG_FILE: tfrc, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TFMOCK_DATA: fs.existsSync(data) ? data : "", ...vars };
    const note = remote ? ` (${backend} backend: local state, --skip-synth)` : "";
    if (remote) pair.forEach(localState);
    const extra = remote ? ["--skip-synth"] : [];
    const first = run(cdktf, ["deploy", ...pair, "--auto-approve", "--skip-provider-lock", ...extra], { cwd: copy, env: env_ });
    const applied = (first.out.match(/Apply complete! Resources: \d+ added/g) || []).length;
    record(`${env}: cdktf deploy ${pair.join(" ")}${note}`, first.status === 0 && applied >= 2, `${secs(first.ms)}, ${(first.out.match(/Apply complete! Resources: [^\n]*/g) || []).join("; ")}`, first.out);
    if (first.status !== 0) continue;
    const second = run(cdktf, ["deploy", ...pair, "--auto-approve", ...extra], { cwd: copy, env: env_ });
    const unchanged = (second.out.match(/No changes\. Your infrastructure matches the configuration/g) || []).length;
    const changes = second.out.match(/Plan: [^\n]*/g) || [];
    const clean = second.status === 0 && !changes.length && unchanged >= 2;
    const detail = `${secs(second.ms)}${changes.length ? `, ${changes.join("; ")}` : ""}`;
    record(`${env}: a second cdktf deploy reports no changes`, clean, detail, second.out);
  }

  // --- 4. one environment through the CLI never touches another's stack folder ----------------
  if (tfrc && envs.includes("dev")) {
    const kept = (s) => ({ terraform: fs.existsSync(path.join(stacksDir, s, ".terraform")), lock: fs.existsSync(path.join(stacksDir, s, ".terraform.lock.hcl")) });
    const others = fs.readdirSync(stacksDir).filter((s) => !s.startsWith("dev-")).sort();
    const before = JSON.stringify(others.map(kept));
    const intact = () => JSON.stringify(fs.readdirSync(stacksDir).filter((s) => !s.startsWith("dev-")).sort()) === JSON.stringify(others) && JSON.stringify(others.map(kept)) === before;
    const haveTerraform = others.filter((s) => kept(s).terraform).length;
    // What the guard protects against: the CLI deletes a stack folder its synth did not list.
    const stray = path.join(stacksDir, "zz-removed-azure");
    fs.mkdirSync(path.join(stray, ".terraform"), { recursive: true });
    fs.writeFileSync(path.join(stray, ".terraform.lock.hcl"), "# hashes\n");
    const full = run(cdktf, ["synth"], { cwd: copy });
    record("the cdktf CLI deletes a stack folder its synth does not list (why one environment must not go through its synth)", full.status === 0 && !fs.existsSync(stray), `${secs(full.ms)}; ${fs.existsSync(stray) ? "kept" : "deleted"}`, full.out);
    // cdktf synth rewrote the remote-backend stacks: put the local-state copies back for the deploy below.
    for (const s of fs.readdirSync(stacksDir)) if (isRemote(s)) localState(s);
    const refused = run(cdktf, ["synth"], { cwd: copy, env: { AGENT_ROUTER_ENV: "dev" } });
    record(
      "AGENT_ROUTER_ENV=dev cdktf synth: refused, every other stack folder kept",
      refused.status !== 0 && /--skip-synth/.test(refused.out) && intact() && haveTerraform > 0,
      `exit ${refused.status}; ${others.length} other stack folders, ${haveTerraform} with .terraform/, ${intact() ? "all kept" : "CHANGED"}`,
      refused.out,
    );
    const node = process.execPath;
    const devVars = {};
    for (const s of ["dev-azure", "dev-cluster"]) for (const [n, v] of Object.entries(readStack(s).variable ?? {})) if (!("default" in v)) devVars[`TF_VAR_${n}`] = "mock";
    const synthDev = run(node, [path.join(copy, "bin", "agent-router-azure.js"), "synth", "--quiet"], { cwd: copy, env: { AGENT_ROUTER_ENV: "dev" } });
    const deployDev = synthDev.status === 0 ? run(cdktf, ["deploy", "dev-azure", "dev-cluster", "--auto-approve", "--skip-synth"], { cwd: copy, env: { TF_CLI_CONFIG_FILE: tfrc, TF_IN_AUTOMATION: "1", ...devVars } }) : synthDev;
    record(
      "AGENT_ROUTER_ENV=dev npm run synth, then cdktf deploy dev-azure dev-cluster --skip-synth: deployed, every other stack folder kept",
      deployDev.status === 0 && intact(),
      `${secs(synthDev.ms + deployDev.ms)}; ${intact() ? "all kept" : "CHANGED"}`,
      deployDev.out,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.passed).length;
console.log(`cdktf CLI checks took ${secs(Date.now() - started)}`);
console.log(`cdktf-cli: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
