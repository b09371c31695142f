// The output transaction (cli/output-transaction.ts) as the security boundary it is: what a
// committed folder, a forged journal, a symlink or a tracked staging folder can make synth do
// (nothing), what a failed rename leaves (each environment entirely old or entirely new), and
// how the fixes it prints read in a shell.
import { execFileSync, spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { loadEnvironments } from "../config/loader";
import { main } from "../main";
import { OutputError, synthesize, type SynthTargets } from "../cli/output-transaction";
import { recoverStaging } from "../cli/output-journal";
import { shellCommand } from "../cli/terminal";
import { readTree, ROOT, tempDir } from "./helpers";

/** dev.yaml as it is ("old"), or with a tag and a hostname changed ("new": both stacks and dist/dev differ). */
function devFile(dir: string, version: "old" | "new"): string {
  const text = fs.readFileSync(path.join(ROOT, "environments/dev.yaml"), "utf8");
  const file = path.join(dir, version, "dev.yaml");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, version === "old" ? text : text.replace(/^  tags:\n/m, "  tags:\n    synth-version: new\n").replace(/^  hostname: /m, "  hostname: new-"));
  return file;
}

const load = (file: string) => {
  const r = loadEnvironments([file], "/");
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  return r.environments;
};

const targets = (outdir: string, state: string, extra: Partial<SynthTargets> = {}): SynthTargets => ({ outdir, stateDir: state, ...extra });

/** Runs `fn`, expecting an OutputError; returns it. */
function outputError(fn: () => unknown): OutputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OutputError);
    return e as OutputError;
  }
  throw new Error("expected an OutputError, got none");
}

/** A project: a git repository with its hooks folder, a file and a folder outside it. */
function project() {
  const dir = tempDir();
  const root = path.join(dir, "project");
  fs.mkdirSync(root);
  spawnSync("git", ["init", "-q", root]);
  const outsideFile = path.join(dir, "outside.txt");
  fs.writeFileSync(outsideFile, "not the tool's");
  const outsideDir = path.join(dir, "outside-folder");
  fs.mkdirSync(outsideDir);
  fs.writeFileSync(path.join(outsideDir, "keep"), "keep");
  return { dir, root, outsideFile, outsideDir, state: path.join(dir, "state"), hook: path.join(root, ".git/hooks/post-checkout") };
}

/** A staging folder with a journal in the format synth once kept inside it, pointing outside. */
function forgeInTreeJournal(p: ReturnType<typeof project>, where: string): string {
  // A pid above any pid_max: a run that no longer exists.
  const stage = path.join(p.root, where, ".agent-router-azure-99999999-forged");
  fs.mkdirSync(stage, { recursive: true });
  fs.writeFileSync(path.join(stage, "payload.sh"), "#!/bin/sh\necho owned\n", { mode: 0o755 });
  const steps = [
    { from: path.join(stage, "payload.sh"), to: p.hook, dir: false },
    { from: p.outsideFile, to: path.join(p.dir, "moved.txt"), dir: false },
  ];
  fs.writeFileSync(path.join(stage, "journal.json"), JSON.stringify({ staging: [stage, p.outsideDir], steps }));
  return stage;
}

function expectOutsideUntouched(p: ReturnType<typeof project>) {
  expect(fs.existsSync(p.hook)).toBe(false);
  expect(fs.readFileSync(p.outsideFile, "utf8")).toBe("not the tool's");
  expect(fs.existsSync(path.join(p.dir, "moved.txt"))).toBe(false);
  expect(fs.readFileSync(path.join(p.outsideDir, "keep"), "utf8")).toBe("keep");
}

describe("a journal found in the working tree is never replayed", () => {
  test.each(["dist", "cdktf.out", "."])("a committed staging folder in %s with a forged journal: nothing outside is created, moved or deleted", (where) => {
    const p = project();
    fs.mkdirSync(path.join(p.root, "dist"), { recursive: true });
    const stage = forgeInTreeJournal(p, where);
    const written = synthesize(load(devFile(p.dir, "old")), targets(p.root, p.state));
    expect(written.map((w) => w.env.env.name)).toEqual(["dev"]);
    expectOutsideUntouched(p);
    // Untracked, with the tool's name, a direct child of an output folder: removed as a leftover.
    expect(fs.existsSync(stage)).toBe(false);
  });

  test("through main: exit 0, and .git/hooks/post-checkout is not created", () => {
    const p = project();
    forgeInTreeJournal(p, "dist");
    const code = main(["synth", "--quiet", "--config", devFile(p.dir, "old"), "--outdir", p.root], { cwd: ROOT, env: { PATH: process.env.PATH, XDG_STATE_HOME: p.state }, out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    expectOutsideUntouched(p);
  });
});

describe("a journal in the state folder is checked before any step runs", () => {
  const key = (distOut: string) => crypto.createHash("sha256").update(fs.realpathSync(distOut)).digest("hex").slice(0, 32);
  const deadPid = () => spawnSync("true").pid as number;
  const plant = (p: ReturnType<typeof project>, steps: unknown[]) => {
    const distOut = path.join(p.root, "dist");
    const tfOut = path.join(p.root, "cdktf.out");
    fs.mkdirSync(distOut, { recursive: true });
    const pid = deadPid();
    const stage = path.join(distOut, `.agent-router-azure-${pid}-x`);
    fs.mkdirSync(stage);
    fs.writeFileSync(path.join(stage, "payload.sh"), "#!/bin/sh\n");
    fs.mkdirSync(p.state, { recursive: true });
    const file = path.join(p.state, `${key(distOut)}-${pid}.json`);
    fs.writeFileSync(file, JSON.stringify({ tool: "agent-router-azure", version: 1, pid, distOut, tfOut, steps }));
    return { distOut, tfOut, stage, file };
  };

  test("fails on a step outside the output folders (.git/hooks, a file outside the project): nothing is touched", () => {
    const p = project();
    const distOut = path.join(p.root, "dist");
    const pid = deadPid();
    const stage = path.join(distOut, `.agent-router-azure-${pid}-x`);
    const j = plant(p, [
      { from: path.join(stage, "payload.sh"), to: p.hook, dir: false },
      { from: p.outsideFile, to: path.join(stage, "stolen"), dir: false },
    ]);
    const e = outputError(() => recoverStaging(p.state, j.distOut, [j.distOut, j.tfOut, p.root]));
    expect(e.message).toContain(`the journal ${j.file} of a killed synth names a path outside the output folders`);
    expect(e.fix).toBe(`delete it (rm -- ${j.file}) and run synth again`);
    expectOutsideUntouched(p);
    expect(fs.existsSync(j.stage)).toBe(true);
  });

  test("fails on a step through a symlink inside the output folder", () => {
    const p = project();
    const distOut = path.join(p.root, "dist");
    fs.mkdirSync(distOut, { recursive: true });
    fs.symlinkSync(p.outsideDir, path.join(distOut, "dev"));
    const j = plant(p, []);
    const forged = { from: path.join(distOut, "dev", "keep"), to: path.join(j.stage, "old-dev"), dir: false };
    fs.writeFileSync(j.file, JSON.stringify({ ...JSON.parse(fs.readFileSync(j.file, "utf8")), steps: [forged] }));
    expect(outputError(() => recoverStaging(p.state, distOut, [distOut])).message).toContain("names a path outside the output folders");
    expectOutsideUntouched(p);
  });

  test("fails on a step that neither leaves nor enters a staging folder of the run", () => {
    const p = project();
    const j = plant(p, [{ from: path.join(p.root, "dist/dev"), to: path.join(p.root, "cdktf.out/dev"), dir: true }]);
    expect(outputError(() => recoverStaging(p.state, j.distOut, [j.distOut])).message).toContain("names a path outside the output folders or its staging folders");
  });
});

describe("a staging folder git tracks is refused", () => {
  test("exit 3 naming it; nothing is replayed, deleted or written", () => {
    const p = project();
    const stage = forgeInTreeJournal(p, "dist");
    execFileSync("git", ["-C", p.root, "add", "-f", "--", "dist"]);
    const before = readTree(path.join(p.root, "dist"));
    const err: string[] = [];
    const code = main(["synth", "--quiet", "--config", devFile(p.dir, "old"), "--outdir", p.root], { cwd: ROOT, env: { PATH: process.env.PATH, XDG_STATE_HOME: p.state }, out: () => undefined, err: (l) => err.push(l) });
    expect(code).toBe(3);
    expect(err.join("\n")).toContain(`${stage} is tracked by git: it has the name of synth's staging folders, but someone committed it`);
    expect(err.join("\n")).toContain(`git rm -r --cached -- ${stage}`);
    expect(readTree(path.join(p.root, "dist"))).toEqual(before);
    expect(fs.existsSync(path.join(p.root, "dist/dev"))).toBe(false);
    expect(fs.existsSync(path.join(p.root, "cdktf.out/stacks"))).toBe(false);
    expectOutsideUntouched(p);
  });
});

// chattr +i and mounts stop root too; they need root on Linux (and chattr a file system that
// supports it). Elsewhere these tests are skipped, and say so.
const immutable = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = tempDir();
  const ok = spawnSync("chattr", ["+i", probe]).status === 0;
  spawnSync("chattr", ["-i", probe]);
  return ok;
})();
if (!immutable) console.warn("SKIPPED the read-only dist/<env> tests: they need root and chattr");
const maybe = immutable ? test : test.skip;

describe("a read-only dist/<env>", () => {
  const chattr = (flag: string, p: string) => execFileSync("chattr", [flag, p]);

  maybe("fails before the first rename (exit 3 naming the folder): every file stays old", () => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    const state = path.join(dir, "state");
    synthesize(load(devFile(dir, "old")), targets(out, state));
    const before = readTree(out);
    chattr("+i", path.join(out, "dist/dev"));
    try {
      const e = outputError(() => synthesize(load(devFile(dir, "new")), targets(out, state)));
      expect(e.message).toBe(`operation not permitted on ${path.join(out, "dist/dev")} (EPERM)`);
      expect(e.pending).toEqual(["dev"]);
    } finally {
      chattr("-i", path.join(out, "dist/dev"));
    }
    expect(readTree(out)).toEqual(before);
  });

  maybe("a rename that fails mid-swap is undone: the environment stays entirely old, no journal is left", () => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    const state = path.join(dir, "state");
    synthesize(load(devFile(dir, "old")), targets(out, state));
    const before = readTree(out);
    // After the first stack file is swapped in, dist/dev becomes immutable: its rename fails.
    const onProgress = (point: string) => point === "step-1" && chattr("+i", path.join(out, "dist/dev"));
    try {
      const e = outputError(() => synthesize(load(devFile(dir, "new")), targets(out, state, { onProgress })));
      expect(e.message).toContain(path.join(out, "dist/dev"));
      expect(e.written).toEqual([]);
    } finally {
      chattr("-i", path.join(out, "dist/dev"));
    }
    expect(readTree(out)).toEqual(before);
    expect(fs.readdirSync(state)).toEqual([]);
  });

  const unshare = immutable && spawnSync("unshare", ["-m", "true"]).status === 0;
  (unshare ? test : test.skip)("a read-only bind mount on dist/<env>: exit 3 naming it, not an internal error; every file stays old", () => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    const state = path.join(dir, "state");
    synthesize(load(devFile(dir, "old")), targets(out, state));
    const before = readTree(out);
    const dev = path.join(out, "dist/dev");
    const cli = [path.join(ROOT, "bin/agent-router-azure.js"), "synth", "--quiet", "--config", devFile(dir, "new"), "--outdir", out];
    const script = `mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"`;
    const r = spawnSync("unshare", ["-m", "sh", "-c", script, "sh", dev, process.execPath, ...cli], { env: { PATH: process.env.PATH, XDG_STATE_HOME: state }, encoding: "utf8" });
    expect(r.stderr).toContain(`agent-router-azure synth: ${dev} is on a read-only file system (EROFS)`);
    expect(r.status).toBe(3);
    expect(readTree(out)).toEqual(before);
  });
});

describe("printed fixes are shell commands that mean what they say", () => {
  test("shellCommand quotes each path and ends the options first", () => {
    expect(shellCommand("rm", [], "-rf x; touch y")).toBe("rm -- '-rf x; touch y'");
    expect(shellCommand("chmod", ["-R", "u+w"], "/a b/-c")).toBe("chmod -R u+w -- '/a b/-c'");
  });

  test("the fix for a symlinked dist/<env> under a folder named '-x; touch pwned y' removes only the link", () => {
    const dir = tempDir();
    const out = path.join(dir, "-x; touch pwned y", "out");
    const elsewhere = path.join(dir, "elsewhere");
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, "precious"), "keep");
    fs.mkdirSync(path.join(out, "dist"), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(out, "dist/dev"));
    const e = outputError(() => synthesize(load(devFile(dir, "old")), targets(out, path.join(dir, "state"))));
    const command = /^remove the link \((.*)\) or choose another --outdir$/.exec(e.fix)?.[1];
    expect(command).toBe(`rm -- '${path.join(out, "dist/dev")}'`);
    execFileSync("sh", ["-c", command!], { cwd: dir });
    expect(fs.existsSync(path.join(out, "dist/dev"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "pwned"))).toBe(false);
    expect(fs.readFileSync(path.join(elsewhere, "precious"), "utf8")).toBe("keep");
  });
});
