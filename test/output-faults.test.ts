// File system: output replaced whole or not at all. Symlinks, nested outdirs,
// Terraform's files, stale staging folders, a read-only or full disk, SIGKILL mid-synth.
import { execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main } from "../main";
import { readTree, ROOT, tempDir } from "./helpers";

interface Run {
  code: number;
  out: string;
  err: string;
}

/** The journals' folder of every run here (XDG_STATE_HOME): a temporary one, not the user's. */
const STATE = tempDir();
const ENV = { PATH: process.env.PATH, XDG_STATE_HOME: STATE };
const journals = () => {
  const dir = path.join(STATE, "agent-router-azure", "journals");
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

function cli(args: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { cwd: ROOT, env: ENV, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const synthDev = (outdir: string, config = "environments/dev.yaml") => cli(["synth", "--config", config, "--outdir", outdir, "--quiet"]);
const staging = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.startsWith(".agent-router-azure-")) : []);
const noStaging = (outdir: string) => [outdir, path.join(outdir, "dist"), path.join(outdir, "cdktf.out")].flatMap(staging);

/** Two versions of dev.yaml and prod.yaml that differ in a tag (both stacks) and the ACME/DNS text (dist/). */
function versions(dir: string) {
  const variant = (name: string, owner: string) => {
    // Old and new in folders of their own: side by side they would be duplicate environments.
    fs.mkdirSync(path.join(dir, owner), { recursive: true });
    const file = path.join(dir, owner, `${name}.yaml`);
    const text = fs.readFileSync(path.join(ROOT, "environments", `${name}.yaml`), "utf8");
    // The new hostname replaces prod's DNS record: acknowledged (AR055), as a team would.
    const ack = owner === "new" && name === "prod" ? "acknowledgeReplacements:\n  - address: azurerm_dns_a_record.DnsRecord_68F7FB14\n    reason: the hostname changes on purpose\n" : "";
    fs.writeFileSync(file, text.replace(/^  tags:\n/m, `  tags:\n    synth-version: ${owner}\n`).replace(/^  hostname: /m, `  hostname: ${owner}-`) + ack);
    return file;
  };
  return { old: ["dev", "prod"].map((n) => variant(n, "old")), next: ["dev", "prod"].map((n) => variant(n, "new")) };
}
/** The CLI in a process of its own (to be killed); `synthHere` runs it in this one (faster). */
const synthAll = (outdir: string, files: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, "bin/agent-router-azure.js"), "synth", "--quiet", "--outdir", outdir, ...files.flatMap((f) => ["--config", f])], {
    cwd: ROOT,
    env: { ...ENV, ...env },
    encoding: "utf8",
  });

const synthHere = (outdir: string, files: string[]) => cli(["synth", "--quiet", "--outdir", outdir, ...files.flatMap((f) => ["--config", f])]).code;

describe("symbolic links are never followed", () => {
  test("a symlinked dist/<env> is an error naming it; the files it points to are untouched", () => {
    const dir = tempDir();
    const elsewhere = path.join(dir, "elsewhere");
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, "precious.txt"), "keep me");
    fs.mkdirSync(path.join(dir, "out/dist"), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(dir, "out/dist/dev"));
    const r = synthDev(path.join(dir, "out"));
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${path.join(dir, "out/dist/dev")} is a symbolic link`);
    expect(r.err).not.toContain("internal error");
    expect(fs.readdirSync(elsewhere)).toEqual(["precious.txt"]);
    expect(fs.lstatSync(path.join(dir, "out/dist/dev")).isSymbolicLink()).toBe(true);
  });

  test.each(["dist/dev/RUNBOOK.md", "cdktf.out/stacks/dev-azure/cdk.tf.json"])("a symlinked output file (%s) is an error, not written through", (file) => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    expect(synthDev(out).code).toBe(0);
    const target = path.join(dir, "target.txt");
    fs.writeFileSync(target, "not yours");
    fs.chmodSync(target, 0o600);
    fs.rmSync(path.join(out, file));
    fs.symlinkSync(target, path.join(out, file));
    const r = synthDev(out);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${path.join(out, file)} is a symbolic link`);
    expect(fs.readFileSync(target, "utf8")).toBe("not yours");
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });
});

describe("what synth did not write stays", () => {
  test("Terraform state, .terraform/ and the lock file survive a synth that changes the stacks", () => {
    const dir = tempDir();
    const { old, next } = versions(dir);
    const out = path.join(dir, "out");
    expect(synthDev(out, old[0]).code).toBe(0);
    const kept = ["terraform.dev-azure.tfstate", "terraform.dev-azure.tfstate.backup", "cdktf.out/stacks/dev-azure/.terraform/providers/x", "cdktf.out/stacks/dev-azure/.terraform.lock.hcl"];
    for (const f of kept) {
      fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
      fs.writeFileSync(path.join(out, f), f);
    }
    const before = fs.readFileSync(path.join(out, "cdktf.out/stacks/dev-azure/cdk.tf.json"), "utf8");
    expect(synthDev(out, next[0]).code).toBe(0);
    expect(fs.readFileSync(path.join(out, "cdktf.out/stacks/dev-azure/cdk.tf.json"), "utf8")).not.toBe(before);
    for (const f of kept) expect(fs.readFileSync(path.join(out, f), "utf8")).toBe(f);
  });

  test("fails on an output nested in the outdir: synth into O after --outdir O/dist/dev keeps that output's state", () => {
    const dir = tempDir();
    const inner = path.join(dir, "O/dist/dev");
    expect(synthDev(inner).code).toBe(0);
    fs.writeFileSync(path.join(inner, "terraform.dev-azure.tfstate"), "state");
    fs.mkdirSync(path.join(inner, "cdktf.out/stacks/dev-azure/.terraform"));
    const r = synthDev(path.join(dir, "O"));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/was not written by synth, and replacing \S+O\/dist\/dev would delete it/);
    expect(r.err).toContain("Nothing was written");
    expect(fs.readFileSync(path.join(inner, "terraform.dev-azure.tfstate"), "utf8")).toBe("state");
    expect(fs.existsSync(path.join(inner, "cdktf.out/stacks/dev-azure/.terraform"))).toBe(true);
  });

  test.each(["dist/dev", "dist/dev/sub", "cdktf.out/stacks/dev-azure", "cdktf.out"])("fails on an outdir inside another output (O/%s)", (inside) => {
    const dir = tempDir();
    expect(synthDev(path.join(dir, "O")).code).toBe(0);
    const r = synthDev(path.join(dir, "O", inside));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/of an earlier synth; a synth into its parent would replace it/);
    expect(fs.existsSync(path.join(dir, "O", inside, "dist"))).toBe(false);
  });
});

describe("user-caused I/O errors are reported as such", () => {
  test("fails on an --outdir that is a file, naming it (exit 3, no 'internal error')", () => {
    const file = path.join(tempDir(), "a-file");
    fs.writeFileSync(file, "x");
    const r = synthDev(file);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${file} is a file, not a folder. fix: choose a folder for --outdir`);
    expect(r.err).not.toMatch(/internal error|a bug/);
  });

  test("staging folders left by a killed run are removed by the next synth", () => {
    const out = tempDir();
    expect(synthDev(out).code).toBe(0);
    for (const d of [".agent-router-azure-99999999-abc", "dist/.agent-router-azure-Xy12Zq", "cdktf.out/.agent-router-azure-99999998-q/out"]) fs.mkdirSync(path.join(out, d), { recursive: true });
    expect(synthDev(out).code).toBe(0);
    expect(noStaging(out)).toEqual([]);
  });
});

describe("one synth at a time per output folder", () => {
  const LOCK = ".agent-router-azure-lock";

  test("fails while another synth holds the output's lock, naming its process and the fix, and changes nothing", () => {
    const dir = tempDir();
    const { old, next } = versions(dir);
    const out = path.join(dir, "out");
    expect(synthDev(out, old[0]).code).toBe(0);
    const before = readTree(out);
    const other = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      fs.writeFileSync(path.join(out, "dist", LOCK), `${other.pid}\n`);
      const r = synthDev(out, next[0]);
      expect(r.code).toBe(3);
      expect(r.err).toContain(`another synth (process ${other.pid}) is writing to ${path.join(out, "dist")}`);
      expect(r.err).toContain(`if no synth is running, delete the lock (rm -- ${path.join(out, "dist", LOCK)})`);
      const after = readTree(out);
      after.delete(`dist/${LOCK}`);
      expect(after).toEqual(before);
    } finally {
      other.kill("SIGKILL");
    }
  });

  test("the lock of a killed synth is taken over, and every lock is gone after a run", () => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    expect(synthDev(out).code).toBe(0);
    const dead = spawnSync("true").pid; // a process that has exited
    for (const d of ["dist", "cdktf.out"]) fs.writeFileSync(path.join(out, d, LOCK), `${dead}\n`);
    expect(synthDev(out).code).toBe(0);
    for (const d of ["dist", "cdktf.out"]) expect(fs.existsSync(path.join(out, d, LOCK))).toBe(false);
  });

  test("a failed synth releases the lock", () => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    expect(synthDev(out).code).toBe(0);
    fs.rmSync(path.join(out, "dist", "dev"), { recursive: true });
    fs.writeFileSync(path.join(out, "dist", "dev"), "a file where dist/dev goes");
    expect(synthDev(out).code).toBe(3);
    for (const d of ["dist", "cdktf.out"]) expect(fs.existsSync(path.join(out, d, LOCK))).toBe(false);
  });
});

// A small tmpfs makes ENOSPC and EROFS real. It needs root (mount); elsewhere these tests are
// skipped, and say so.
const mountable = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(require("os").tmpdir(), "ara-mount-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], { stdio: "ignore" });
    execFileSync("umount", [probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
})();
if (!mountable) console.warn("SKIPPED the ENOSPC and read-only output tests: they mount a tmpfs, which needs root on Linux");

describe("a full or read-only disk", () => {
  const mounts: string[] = [];
  const tmpfs = (size: string) => {
    const dir = tempDir();
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]);
    mounts.push(dir);
    return dir;
  };
  afterAll(() => mounts.forEach((m) => spawnSync("umount", [m])));
  const maybe = mountable ? test : test.skip;

  maybe("fails on a full disk (ENOSPC): the output stays entirely old, and a later synth succeeds", () => {
    const dir = tempDir();
    const { old, next } = versions(dir);
    const out = tmpfs("4m");
    expect(synthDev(out, old[0]).code).toBe(0);
    const before = readTree(out);
    // Fill the disk to the last few kilobytes.
    const filler = path.join(out, "filler");
    const fd = fs.openSync(filler, "w");
    try {
      for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 10]) {
        try {
          for (;;) fs.writeSync(fd, Buffer.alloc(size));
        } catch {
          // full at this block size; try a smaller one
        }
      }
    } finally {
      fs.closeSync(fd);
    }
    const r = synthDev(out, next[0]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/no space left on the device holding \S+ \(ENOSPC\)\. fix: free some space/);
    expect(r.err).toContain("Nothing was written: every environment's output is as it was");
    expect(r.err).not.toMatch(/internal error|a bug/);
    fs.rmSync(filler);
    expect(readTree(out)).toEqual(before);
    expect(noStaging(out)).toEqual([]);
    expect(synthDev(out, next[0]).code).toBe(0);
  });

  maybe("fails on a read-only output folder (EROFS), naming it; nothing changes", () => {
    const out = tmpfs("4m");
    expect(synthDev(out).code).toBe(0);
    const before = readTree(out);
    execFileSync("mount", ["-o", "remount,ro", out]);
    const r = synthDev(out);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/is on a read-only file system \(EROFS\)\. fix: choose a writable --outdir/);
    expect(r.err).toContain("Nothing was written");
    execFileSync("mount", ["-o", "remount,rw", out]);
    expect(readTree(out)).toEqual(before);
  });
});

describe("SIGKILL during synth", () => {
  // Two environments, old then new; the CLI is killed at each point of its swap (and at
  // arbitrary delays). Each folder and file must then be entirely old or entirely new, an
  // environment may be half-swapped only while a journal records the rest, and the next synth
  // completes it and leaves no staging folder.
  const dir = tempDir();
  const { old, next } = versions(dir);
  const reference = (files: string[]) => {
    const out = path.join(tempDir(), "ref");
    expect(synthHere(out, files)).toBe(0);
    return readTree(out);
  };
  const oldTree = reference(old);
  const newTree = reference(next);
  const parts = (env: string) => [`cdktf.out/stacks/${env}-azure/cdk.tf.json`, `cdktf.out/stacks/${env}-cluster/cdk.tf.json`, `dist/${env}/`];
  const stateOf = (tree: Map<string, string>, part: string): string => {
    const pick = (t: Map<string, string>) => JSON.stringify([...t].filter(([f]) => (part.endsWith("/") ? f.startsWith(part) : f === part)).sort());
    const now = pick(tree);
    return now === pick(oldTree) ? "old" : now === pick(newTree) ? "new" : now === "[]" ? "absent" : "mixed";
  };

  // Steps per environment: its two cdk.tf.json, dist/<env> moved aside, the new one moved in.
  const points = ["staged", "step-1", "step-3", "step-4", "step-7"];
  test.each([...points.map((p) => ["at", p]), ["after ms", "1500"]])("killed %s %s", (how, when) => {
    const out = path.join(tempDir(), "out");
    expect(synthHere(out, old)).toBe(0);
    if (how === "at") {
      const r = synthAll(out, next, { AGENT_ROUTER_TEST_KILL_AT: when });
      expect(r.signal).toBe("SIGKILL");
    } else {
      const child = spawn(process.execPath, [path.join(ROOT, "bin/agent-router-azure.js"), "synth", "--quiet", "--outdir", out, ...next.flatMap((f) => ["--config", f])], { cwd: ROOT, env: ENV, stdio: "ignore" });
      const done = new Promise((resolve) => child.on("exit", resolve));
      setTimeout(() => child.kill("SIGKILL"), Number(when));
      return done.then(() => check(out));
    }
    check(out);
    return undefined;
  });

  test("the next synth carries out the journal of a run killed mid-swap, even for an environment it does not synthesize", () => {
    const out = path.join(tempDir(), "out");
    expect(synthHere(out, old)).toBe(0);
    expect(synthAll(out, next, { AGENT_ROUTER_TEST_KILL_AT: "step-3" }).signal).toBe("SIGKILL");
    expect(fs.existsSync(path.join(out, "dist/dev"))).toBe(false); // moved aside, the new one not yet in
    expect(synthHere(out, [old[1]])).toBe(0); // prod only
    const tree = readTree(out);
    for (const part of parts("dev")) expect({ part, state: stateOf(tree, part) }).toEqual({ part, state: "new" });
    for (const part of parts("prod")) expect({ part, state: stateOf(tree, part) }).toEqual({ part, state: "old" });
    expect(noStaging(out)).toEqual([]);
  });

  test("a run killed after its first Terraform file is completed whole by a synth of another environment (the journal before the Terraform staging folder)", () => {
    const out = path.join(tempDir(), "out");
    expect(synthHere(out, old)).toBe(0);
    expect(synthAll(out, next, { AGENT_ROUTER_TEST_KILL_AT: "step-1" }).signal).toBe("SIGKILL");
    expect(synthHere(out, [old[1]])).toBe(0); // prod only
    const tree = readTree(out);
    for (const part of parts("dev")) expect({ part, state: stateOf(tree, part) }).toEqual({ part, state: "new" });
    expect(noStaging(out)).toEqual([]);
  });

  function check(out: string) {
    const tree = readTree(out);
    const journaled = journals().length > 0;
    const visible = new Map([...tree].filter(([f]) => !f.split("/").some((s) => s.startsWith(".agent-router-azure-"))));
    for (const env of ["dev", "prod"]) {
      const states = parts(env).map((p) => stateOf(visible, p));
      expect({ env, states, mixed: states.includes("mixed") }).toEqual({ env, states, mixed: false });
      // dist/<env> is absent between its two renames, and an environment half-swapped, only
      // while a journal holds the rest of the swap.
      if (!journaled) expect({ env, states: [...new Set(states)] }).toEqual({ env, states: [states[0]] });
      if (!journaled) expect(states).not.toContain("absent");
    }
    // The next synth completes the killed run's swap and cleans up.
    expect(synthHere(out, next)).toBe(0);
    expect(noStaging(out)).toEqual([]);
    expect(journals()).toEqual([]);
    expect(readTree(out)).toEqual(newTree);
  }
});
