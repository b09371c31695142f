// The committed Terraform (docs/delivery.md, "Terraform in Git"): `npm run synth` copies each
// example's stacks to terraform/<env>/<stack>/cdk.tf.json, which reviewers read in pull requests
// and Terraform Cloud's VCS workflow runs (working directory per stack). It must be exactly a
// fresh synth, free of local paths, plan from where it is committed (state paths included), and
// never lose what Terraform keeps beside it. The cdktf CLI guard keeps a one-environment
// `cdktf synth|deploy` from deleting the other environments' stack folders.
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../main";
import { exampleFiles, readTree, ROOT, tempDir } from "./helpers";

const TERRAFORM_DIR = "terraform";
const committed = path.join(ROOT, TERRAFORM_DIR);
const examples = exampleFiles().map((f) => path.basename(f, ".yaml")).sort();

function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

type TfJson = { terraform: { backend?: Record<string, { path?: string }> }; data?: { terraform_remote_state?: Record<string, { backend: string; config: { path?: string } }> } };
const stackDirs = () => examples.flatMap((env) => [`${env}-azure`, `${env}-cluster`].map((stack) => path.join(committed, env, stack)));

describe("terraform/: the stacks in Git", () => {
  test("npm run synth writes it (package.json passes --terraform-dir terraform)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.synth).toContain(`--terraform-dir ${TERRAFORM_DIR}`);
  });

  test("it is exactly what a fresh synth writes, byte for byte the same files as cdktf.out (run npm run synth and commit)", () => {
    const outdir = tempDir();
    const r = run(["synth", "--quiet", "--outdir", outdir, "--terraform-dir", TERRAFORM_DIR]);
    expect(r).toMatchObject({ code: 0, err: "" });
    const fresh = readTree(path.join(outdir, TERRAFORM_DIR));
    const mine = new Map([...readTree(committed)].filter(([f]) => !f.endsWith(".terraform.lock.hcl")));
    const differing = [...new Set([...fresh.keys(), ...mine.keys()])].filter((f) => fresh.get(f) !== mine.get(f)).sort();
    expect(differing).toEqual([]);
    for (const [file, text] of fresh) {
      const stack = path.basename(path.dirname(file));
      expect(text).toBe(fs.readFileSync(path.join(outdir, "cdktf.out", "stacks", stack, "cdk.tf.json"), "utf8"));
    }
  });

  test("it holds the example environments' stacks and nothing else", () => {
    expect(fs.readdirSync(committed).sort()).toEqual(examples);
    for (const env of examples) expect(fs.readdirSync(path.join(committed, env)).sort()).toEqual([`${env}-azure`, `${env}-cluster`]);
  });

  test("no local path: the same bytes on every machine", () => {
    for (const [file, text] of readTree(committed)) {
      // As a folder (with its separator): "/work" is also the start of ".../workspaces".
      for (const local of [ROOT, os.tmpdir(), os.homedir(), path.dirname(ROOT)]) expect({ file, local: text.includes(local + path.sep) }).toEqual({ file, local: false });
      expect({ file, absolute: /"(\/(home|root|Users|tmp|var|work)\/|[A-Za-z]:\\\\)/.test(text) }).toEqual({ file, absolute: false });
    }
  });

  test("local state and the cross-stack terraform_remote_state resolve to the project root from the committed folder, as from cdktf.out", () => {
    let local = 0;
    for (const dir of stackDirs()) {
      const json = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8")) as TfJson;
      const stack = path.basename(dir);
      const statePath = json.terraform.backend?.local?.path;
      if (statePath !== undefined) {
        local++;
        expect(path.resolve(dir, statePath)).toBe(path.join(ROOT, `terraform.${stack}.tfstate`));
        expect(path.resolve(ROOT, "cdktf.out", "stacks", stack, statePath)).toBe(path.join(ROOT, `terraform.${stack}.tfstate`));
      }
      for (const [name, rs] of Object.entries(json.data?.terraform_remote_state ?? {})) {
        if (rs.backend !== "local") continue;
        const source = name.replace(/^cross-stack-reference-input-/, "");
        expect(path.resolve(dir, rs.config.path!)).toBe(path.join(ROOT, `terraform.${source}.tfstate`));
      }
    }
    expect(local).toBeGreaterThan(0);
  });

  test("a synth keeps what Terraform puts beside the stacks, and the folders of environments it did not synthesize", () => {
    const outdir = tempDir();
    expect(run(["synth", "--quiet", "--outdir", outdir, "--terraform-dir", TERRAFORM_DIR]).code).toBe(0);
    const devAzure = path.join(outdir, TERRAFORM_DIR, "dev", "dev-azure");
    const lock = path.join(devAzure, ".terraform.lock.hcl");
    fs.writeFileSync(lock, "# provider hashes\n");
    fs.mkdirSync(path.join(devAzure, ".terraform"));
    const prod = path.join(outdir, TERRAFORM_DIR, "prod", "prod-azure", "cdk.tf.json");
    fs.writeFileSync(prod, "{}\n");
    fs.rmSync(path.join(devAzure, "cdk.tf.json"));
    expect(run(["synth", "--quiet", "--outdir", outdir, "--terraform-dir", TERRAFORM_DIR], { AGENT_ROUTER_ENV: "dev" }).code).toBe(0);
    expect(fs.readFileSync(lock, "utf8")).toBe("# provider hashes\n");
    expect(fs.existsSync(path.join(devAzure, ".terraform"))).toBe(true);
    expect(fs.existsSync(path.join(devAzure, "cdk.tf.json"))).toBe(true);
    expect(fs.readFileSync(prod, "utf8")).toBe("{}\n");
  });

  test("a symlink is refused, never written through; a name that is not one folder is a usage error", () => {
    const outdir = tempDir();
    const elsewhere = tempDir();
    fs.symlinkSync(elsewhere, path.join(outdir, TERRAFORM_DIR));
    const r = run(["synth", "--quiet", "--outdir", outdir, "--terraform-dir", TERRAFORM_DIR, "--config", "environments/dev.yaml"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("is a symbolic link");
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    for (const bad of ["infra/terraform", "..", "cdktf.out", "dist", ".hidden"]) {
      expect(run(["synth", "--terraform-dir", bad])).toMatchObject({ code: 2, err: expect.stringContaining("--terraform-dir") });
    }
    expect(run(["check", "--terraform-dir", "terraform"])).toMatchObject({ code: 2, err: expect.stringContaining("does not apply to check") });
  });
});

describe("the cdktf CLI with one environment never deletes another's stack folder", () => {
  // cdktf-cli 0.21.0 deletes every folder of <output>/stacks/ its app's manifest does not list
  // (scripts/cdktf-cli-check.js runs the pinned CLI on this); the app refuses instead.
  function cdktfOutput() {
    const dir = tempDir();
    const stacks = path.join(dir, "stacks");
    for (const stack of ["dev-azure", "dev-cluster", "prod-azure", "prod-cluster"]) {
      fs.mkdirSync(path.join(stacks, stack, ".terraform"), { recursive: true });
      fs.writeFileSync(path.join(stacks, stack, ".terraform.lock.hcl"), "# hashes\n");
    }
    return dir;
  }

  test("AGENT_ROUTER_ENV=dev under the CLI, with prod's folders present: refused, with the way that works, nothing written", () => {
    const out = cdktfOutput();
    const r = run(["synth", "--quiet"], { AGENT_ROUTER_ENV: "dev", CDKTF_OUTDIR: out });
    expect(r.code).toBe(2);
    expect(r.err).toContain("it would delete every other stack folder");
    expect(r.err).toContain("prod-azure, prod-cluster");
    expect(r.err).toContain("AGENT_ROUTER_ENV=dev npm run synth");
    expect(r.err).toContain("cdktf deploy dev-azure dev-cluster --skip-synth");
    expect(fs.existsSync(path.join(out, "manifest.json"))).toBe(false);
    expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual(["dev-azure", "dev-cluster", "prod-azure", "prod-cluster"]);
  });

  test("every environment under the CLI, or only this environment's folders present, or not under the CLI: synthesized", () => {
    const out = cdktfOutput();
    expect(run(["synth", "--quiet", "--config", "environments/dev.yaml", "--config", "environments/prod.yaml"], { CDKTF_OUTDIR: out }).code).toBe(0);
    const only = tempDir();
    fs.mkdirSync(path.join(only, "stacks", "dev-azure"), { recursive: true });
    expect(run(["synth", "--quiet"], { AGENT_ROUTER_ENV: "dev", CDKTF_OUTDIR: only }).code).toBe(0);
    const outdir = tempDir();
    fs.mkdirSync(path.join(outdir, "cdktf.out", "stacks", "prod-azure"), { recursive: true });
    expect(run(["synth", "--quiet", "--outdir", outdir], { AGENT_ROUTER_ENV: "dev" }).code).toBe(0);
    expect(fs.existsSync(path.join(outdir, "cdktf.out", "stacks", "prod-azure"))).toBe(true);
  });

  test("--help and the README give the safe command, not AGENT_ROUTER_ENV=… cdktf deploy", () => {
    const help = run(["--help"]).out;
    expect(help).toContain("cdktf deploy team-a-azure team-a-cluster --skip-synth");
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("cdktf deploy team-a-azure team-a-cluster --skip-synth");
    // As a command to run (a line of its own, or a table cell's code), nowhere.
    for (const doc of [readme, fs.readFileSync(path.join(ROOT, "docs", "delivery.md"), "utf8"), help]) {
      expect(doc).not.toMatch(/^\s*AGENT_ROUTER_ENV=\S+ cdktf (deploy|diff|synth)/m);
      expect(doc).not.toMatch(/[|(] `AGENT_ROUTER_ENV=\S+ cdktf/);
    }
  });
});

// --- the real terraform, from a copy of the committed folder ---------------------------------
const TFMOCK = path.resolve(ROOT, "..", "shared", "tools", "tfmock", "tfmock.sh");
const TERRAFORM = spawnSync("terraform", ["version"], { stdio: "ignore" }).status === 0;
const SKIP = !fs.existsSync(TFMOCK)
  ? `${path.relative(ROOT, TFMOCK)} not found (it ships with the project's CI workspace, not with a clone)`
  : !TERRAFORM
    ? "no terraform binary on PATH"
    : undefined;
if (SKIP) console.warn(`SKIPPED terraform from the committed folder: ${SKIP}`);

function sh(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code: code ?? 1, out }));
  });
}

(SKIP ? describe.skip : describe)("terraform, run where the stacks are committed (tfmock's provider mirror, offline)", () => {
  // The repository as a Terraform Cloud VCS run or a pipeline sees it: only terraform/ checked out.
  const repo = tempDir();
  fs.cpSync(committed, path.join(repo, TERRAFORM_DIR), { recursive: true, filter: (src) => !src.includes(`${path.sep}.terraform`) });
  let env: Record<string, string>;

  beforeAll(async () => {
    const mirror = await sh("bash", [TFMOCK, "mirror", path.join(repo, ".mirror"), ...stackDirs()]);
    const tfrc = /^TF_CLI_CONFIG_FILE=(.+)$/m.exec(mirror.out)?.[1];
    expect({ mirror: mirror.code, tfrc: !!tfrc }).toEqual({ mirror: 0, tfrc: true });
    env = { TF_CLI_CONFIG_FILE: tfrc!, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0" };
  }, 120_000);

  test("every example's stacks: terraform init -backend=false and terraform validate in terraform/<env>/<stack>/", async () => {
    const results = await Promise.all(
      stackDirs().map(async (dir) => {
        const at = path.join(repo, path.relative(ROOT, dir));
        const init = await sh("terraform", ["init", "-backend=false", "-input=false", "-no-color"], { cwd: at, env });
        const validate = init.code === 0 ? await sh("terraform", ["validate", "-no-color"], { cwd: at, env }) : init;
        return { stack: path.basename(dir), ok: validate.code === 0 && /Success!/.test(validate.out) ? "ok" : validate.out.trim().split("\n").slice(-8).join("\n") };
      }),
    );
    expect(results).toEqual(results.map((r) => ({ stack: r.stack, ok: "ok" })));
  }, 300_000);

  test("without a committed .terraform.lock.hcl, terraform init -lockfile=readonly (the pipelines' init) fails instead of writing one", async () => {
    const at = path.join(tempDir(), "terraform", "dev", "dev-azure");
    fs.mkdirSync(at, { recursive: true });
    fs.copyFileSync(path.join(committed, "dev", "dev-azure", "cdk.tf.json"), path.join(at, "cdk.tf.json"));
    const init = await sh("terraform", ["init", "-backend=false", "-input=false", "-lockfile=readonly", "-no-color"], { cwd: at, env });
    expect(init.code).not.toBe(0);
    expect(init.out).toContain("Provider dependency changes detected");
    expect(fs.existsSync(path.join(at, ".terraform.lock.hcl"))).toBe(false);
  }, 120_000);

  test("dev (local backend): apply dev-azure then dev-cluster from the committed folder; the state lands at the root, where the cluster stack reads it", async () => {
    const variables = (stack: string) => {
      const json = JSON.parse(fs.readFileSync(path.join(committed, "dev", stack, "cdk.tf.json"), "utf8")) as { variable?: Record<string, { default?: unknown }> };
      return Object.fromEntries(Object.entries(json.variable ?? {}).filter(([, v]) => !("default" in v)).map(([n]) => [`TF_VAR_${n}`, "mock"]));
    };
    for (const stack of ["dev-azure", "dev-cluster"]) {
      const at = path.join(repo, TERRAFORM_DIR, "dev", stack);
      const init = await sh("terraform", ["init", "-input=false", "-no-color"], { cwd: at, env });
      expect({ stack, init: init.code === 0 ? 0 : init.out }).toEqual({ stack, init: 0 });
      const apply = await sh("terraform", ["apply", "-auto-approve", "-input=false", "-no-color"], { cwd: at, env: { ...env, ...variables(stack) } });
      expect({ stack, apply: apply.code === 0 ? 0 : apply.out.slice(-3000) }).toEqual({ stack, apply: 0 });
      expect(fs.existsSync(path.join(repo, `terraform.${stack}.tfstate`))).toBe(true);
    }
    // The cluster stack's outputs came through terraform_remote_state from ../../../terraform.dev-azure.tfstate.
    const url = await sh("terraform", ["output", "-raw", "data_plane_url"], { cwd: path.join(repo, TERRAFORM_DIR, "dev", "dev-cluster"), env });
    expect(url.out).toMatch(/^https?:\/\//);
  }, 300_000);
});
