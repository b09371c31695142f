// Every ```sh block of every runbook (the examples and every mode) works as written in bash and
// in zsh (the macOS default): it parses (`-n`), and typed into an interactive shell, line by
// line as an operator pastes it, it runs the same commands with the same arguments in both,
// with no shell error (a `#` comment is text in interactive zsh, `<placeholder>` is a
// redirection, `read -p` is a coprocess in zsh). The prompts set and export their variables
// without printing the value. The cloud tools are recording stand-ins on PATH.
import { planOf } from "../plan";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { loadEnvironments } from "../config/loader";
import { renderOperatorFiles } from "../runbook";
import { MODES } from "./fixtures/modes";
import { makeEnv, ROOT, tempDir } from "./helpers";

const SECRET = "s3cr3t-VALUE-8c1d";
const PROFILE = "prof-123";
/** The external commands the runbooks call; everything else (printf, read, sort, head, grep) is real. */
const TOOLS = ["az", "kubectl", "terraform", "tare", "cdktf", "helm", "docker", "dig", "jq", "claude", "kubelogin", "curl", "openssl", "shasum", "tar"];

const has = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;
const ZSH = has("zsh");
if (!ZSH) console.warn("SKIPPED zsh runbook checks: zsh is not installed (apt-get install zsh); .ci/run installs it");

function runbooks(): { label: string; name: string; text: string }[] {
  const examples = fs
    .readdirSync(path.join(ROOT, "environments"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => path.join("environments", f));
  const loaded = loadEnvironments(examples, ROOT).environments.map((l) => ({ label: l.file, env: l.env }));
  const modes = Object.entries(MODES).map(([label, patch]) => ({ label, env: makeEnv(patch) }));
  // Step 2 with recorded digests (no example records any: the vendor publishes none).
  const digests = { label: "dataPlane.sha256 recorded", env: makeEnv({ dataPlane: { version: "0.1.0-beta.4", sha256: { "linux-amd64": "a".repeat(64), "darwin-arm64": "b".repeat(64) } } }) };
  return [...loaded, ...modes, digests].map(({ label, env }) => ({
    label,
    name: env.name,
    text: renderOperatorFiles(planOf(env)).find((f) => f.path === "RUNBOOK.md")!.content,
  }));
}

export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** Unique blocks, each with the runbooks it appears in. */
const BLOCKS = (() => {
  const byText = new Map<string, { block: string; where: string[]; envs: Set<string> }>();
  for (const r of runbooks()) {
    for (const block of shellBlocks(r.text)) {
      const entry = byText.get(block) ?? { block, where: [], envs: new Set<string>() };
      entry.where.push(r.label);
      entry.envs.add(r.name);
      byText.set(block, entry);
    }
  }
  return [...byText.values()];
})();

/** Variables the block reads from the operator: [name, secret]. */
function prompted(block: string): [string, boolean][] {
  return [...block.matchAll(/\bread -r(s?) (\w+)/g)].map((m) => [m[2], m[1] === "s"]);
}

interface Run {
  calls: string[];
  out: string;
  errors: string[];
  values: string;
}

/**
 * Types every block into one shell session, as an operator pastes it: line by line, answering
 * each prompt on the next line. bash reads its input one character at a time (so `read` gets
 * the answer), with history expansion on as in an interactive bash; zsh runs interactive
 * (`-i`), where `#` starts no comment unless INTERACTIVE_COMMENTS is set.
 */
function session(shell: "bash" | "zsh", blocks: readonly string[], envs: Iterable<string>): Run[] {
  const dir = tempDir();
  const bin = path.join(dir, "bin");
  const log = path.join(dir, "calls.log");
  const errFile = path.join(dir, "errors.log");
  fs.mkdirSync(bin);
  // A stand-in logs its call in one write: the commands of a pipeline log at the same time.
  const stub = (file: string, name: string, body = "") =>
    fs.writeFileSync(file, `#!/bin/sh\ncall=$(printf '%s' '${name}'; printf ' [%s]' "$@")\nprintf '%s\\n' "$call" >> '${log}'\n${body}\n`, { mode: 0o755 });
  for (const tool of TOOLS) {
    stub(path.join(bin, tool), tool, tool === "terraform" ? `case "$*" in *"output -raw data_plane_url"*) echo "http://20.1.2.3.nip.io" ;; *"output -raw"*) echo value ;; esac` : "");
  }
  for (const env of envs) {
    fs.mkdirSync(path.join(dir, "dist", env), { recursive: true });
    for (const script of ["verify.sh", "cleanup.sh"]) stub(path.join(dir, "dist", env, script), script);
  }
  const input = [
    // Quiet prompts; from here on the shell's errors go to a file.
    shell === "zsh" ? `PS1=''; PS2=''; unsetopt prompt_sp prompt_cr; exec 2>'${errFile}'` : `set -o history -o histexpand; exec 2>'${errFile}'`,
    ...blocks.flatMap((block, i) => [
      `echo '@@${i}' >&2; echo '@@${i}' >> '${log}'; echo '@@out ${i}'`,
      ...block
        .trimEnd()
        .split("\n")
        .flatMap((l) => [l, ...prompted(l).map(([, secret]) => (secret ? SECRET : PROFILE))]),
      `echo '@@values ${i}'`,
      ...prompted(block).map(([name]) => `printenv ${name}; unset ${name}`),
    ]),
    "",
  ].join("\n");
  const args = shell === "zsh" ? ["-f", "-i"] : ["--norc", "--noprofile", "-s"];
  const r = spawnSync(shell, args, { cwd: dir, input, encoding: "utf8", env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir, TERM: "dumb" } });
  const split = (text: string, marker: (i: number) => string) =>
    blocks.map((_, i) => {
      const from = text.indexOf(marker(i));
      const to = i + 1 < blocks.length ? text.indexOf(marker(i + 1)) : text.length;
      return from < 0 ? "" : text.slice(from + marker(i).length, to < 0 ? text.length : to);
    });
  // Both sessions run in their own directory, which is also HOME: compare as <home>.
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, "utf8").split(dir).join("<home>") : "");
  const calls = split(read(log), (i) => `@@${i}\n`);
  const errors = split(read(errFile), (i) => `@@${i}\n`);
  const chunks = split(r.stdout, (i) => `@@out ${i}\n`);
  return blocks.map((_, i) => {
    const [out, values = ""] = chunks[i].split(`@@values ${i}\n`);
    const lines = (t: string) => t.split("\n").filter(Boolean);
    return { calls: lines(calls[i]), errors: lines(errors[i]), out, values };
  });
}

const ALL_ENVS = new Set(BLOCKS.flatMap((b) => [...b.envs]));
const RUNS = {
  bash: session("bash", BLOCKS.map((b) => b.block), ALL_ENVS),
  zsh: ZSH ? session("zsh", BLOCKS.map((b) => b.block), ALL_ENVS) : undefined,
};

test("the runbooks have shell blocks to check", () => {
  expect(BLOCKS.length).toBeGreaterThan(20);
  expect(BLOCKS.some((b) => prompted(b.block).length)).toBe(true);
});

describe.each(["bash", "zsh"] as const)("%s -n", (shell) => {
  const maybe = shell === "zsh" && !ZSH ? test.skip : test;
  maybe("every block parses", () => {
    // All at once first (fast); block by block only to name the one that fails.
    if (spawnSync(shell, ["-n"], { input: BLOCKS.map((b) => b.block).join("\n"), encoding: "utf8" }).status === 0) return;
    const bad = BLOCKS.map((b) => ({ ...b, r: spawnSync(shell, ["-n"], { input: b.block, encoding: "utf8" }) })).filter((b) => b.r.status !== 0);
    expect(bad.map((b) => `${b.where[0]}: ${b.r.stderr}\n${b.block}`)).toEqual([]);
  });
});

describe("typed into bash and interactive zsh", () => {
  test.each(BLOCKS.map((b, i) => [b.block.split("\n")[0], i] as const))("%s", (_first, i) => {
    const b = BLOCKS[i];
    const bash = RUNS.bash[i];
    expect({ shell: "bash", errors: bash.errors }).toEqual({ shell: "bash", errors: [] });
    const zsh = RUNS.zsh?.[i];
    if (zsh) {
      expect({ shell: "zsh", errors: zsh.errors }).toEqual({ shell: "zsh", errors: [] });
      // The same commands with the same arguments: no comment, glob or quoting that one shell
      // reads differently (sorted: the commands of a pipeline start in either order).
      expect([...zsh.calls].sort()).toEqual([...bash.calls].sort());
    }
    for (const run of zsh ? [bash, zsh] : [bash]) {
      expect(run.out).not.toContain(SECRET);
      expect(run.errors.join("\n")).not.toContain(SECRET);
      // Set and exported, in the order asked; a value the block uses and then unsets (a Key Vault
      // secret piped into az) is gone afterwards.
      const kept = prompted(b.block).filter(([name]) => !new RegExp(`^unset ${name}$`, "m").test(b.block));
      expect(run.values).toBe(kept.map(([, secret]) => `${secret ? SECRET : PROFILE}\n`).join(""));
      expect(run.calls.join("\n")).not.toContain(SECRET);
    }
  });
});

/**
 * On a real terminal (a pty), typed like an operator: the secret is typed once the terminal's
 * echo is off, and never shows; the variable is set and exported. Python's pty module drives it.
 */
const TYPE_ON_A_TERMINAL = `
import os, pty, select, sys, termios, time
line, secret, var, shell = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
label = line.split("'")[1].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(shell[0], shell, {"PATH": os.environ["PATH"], "HOME": os.environ["HOME"], "TERM": "dumb", "PS1": "$ "})
buf = b""
def pump(until, timeout):
    global buf
    end = time.time() + timeout
    while not until():
        if time.time() > end:
            return
        if select.select([fd], [], [], 0.05)[0]:
            try:
                data = os.read(fd, 4096)
            except OSError:
                return
            if not data:
                return
            buf += data
pump(lambda: False, 0.2)
os.write(fd, (line + "\\n").encode())
pump(lambda: buf.count(label) >= 2, 10)  # the typed line, then the prompt
pump(lambda: not (termios.tcgetattr(fd)[3] & termios.ECHO), 3)  # read -s turned echo off
os.write(fd, (secret + "\\n").encode())
os.write(fd, ('echo "length=\${#%s} exported=$(printenv %s | wc -c | tr -d \\' \\')"\\nexit\\n' % (var, var)).encode())
pump(lambda: False, 10)
sys.stdout.write(buf.decode("utf8", "replace"))
`;
const PYTHON = spawnSync("python3", ["-c", "import pty, termios"]).status === 0;
if (!PYTHON) console.warn("SKIPPED the terminal echo test: python3 (pty, termios) is not available");

describe("on a terminal, the secret prompts show nothing of what is typed", () => {
  const lines = [...new Set(BLOCKS.flatMap((b) => b.block.split("\n")).filter((l) => /^printf '[^']*'; read -rs \w+/.test(l)))];
  const cases = [lines.find((l) => l.includes("TARS_API_KEY"))!, lines.find((l) => l.includes("TF_VAR_"))!];
  test("there are secret prompts to check", () => expect(cases.every(Boolean)).toBe(true));
  describe.each(["bash", "zsh"] as const)("%s", (shell) => {
    const maybe = PYTHON && (shell === "bash" || ZSH) ? test : test.skip;
    maybe.each(cases)("%s", (line) => {
      const variable = /read -rs (\w+)/.exec(line)![1];
      const args = shell === "zsh" ? ["zsh", "-f", "-i"] : ["bash", "--norc", "--noprofile", "-i"];
      const r = spawnSync("python3", ["-c", TYPE_ON_A_TERMINAL, line, SECRET, variable, ...args], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: tempDir() }, timeout: 30_000 });
      expect(r.stdout).not.toContain(SECRET);
      expect(r.stdout).toContain(`length=${SECRET.length} exported=${SECRET.length + 1}`);
    });
  });
});

/**
 * A value the operator did not give (Step 1's DP_CREDENTIAL not exported, a prompt answered with
 * nothing or ended with Ctrl-D) stops the command that uses it: `tare install` never runs with an
 * empty credential argument, `az keyvault secret set` never stores an empty secret, and the prompt
 * leaves no empty variable exported. bash reads the block as a script (the failed expansion ends
 * it); interactive zsh abandons the line and says why.
 */
describe("a value that was not given stops the command that would use it", () => {
  const blockWith = (needle: string) => BLOCKS.find((b) => b.block.includes(needle))?.block;
  function type(shell: "bash" | "zsh", lines: readonly string[]) {
    const dir = tempDir();
    const bin = path.join(dir, "bin");
    const log = path.join(dir, "calls.log");
    fs.mkdirSync(bin);
    for (const tool of TOOLS) fs.writeFileSync(path.join(bin, tool), `#!/bin/sh\nprintf '%s %s\\n' '${tool}' "$*" >> '${log}'\n`, { mode: 0o755 });
    const input = [shell === "zsh" ? "PS1=''; PS2=''; unsetopt prompt_sp prompt_cr" : "", "unset DP_CREDENTIAL KV_SECRET", ...lines, "echo '@@end'", ""].join("\n");
    const args = shell === "zsh" ? ["-f", "-i"] : ["--norc", "--noprofile", "-s"];
    const r = spawnSync(shell, args, { cwd: dir, input, encoding: "utf8", env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir, TERM: "dumb" } });
    return { calls: fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "", out: `${r.stdout}${r.stderr}` };
  }
  const shells = (["bash", "zsh"] as const).filter((s) => s === "bash" || ZSH);

  test.each(shells)("%s: tare install and tare doctor without DP_CREDENTIAL", (shell) => {
    const install = blockWith('tare install "${DP_CREDENTIAL');
    const doctor = blockWith('tare doctor "${DP_CREDENTIAL');
    expect(install && doctor).toBeTruthy();
    for (const block of [install!, doctor!]) {
      const r = type(shell, block.trimEnd().split("\n"));
      expect(r.calls).not.toMatch(/^tare /m);
      expect(r.out).toContain("DP_CREDENTIAL: export DP_CREDENTIAL first, Step 1");
    }
  });

  test.each(shells)("%s: a Key Vault secret answered with nothing is not stored", (shell) => {
    const block = blockWith("read -rs KV_SECRET");
    expect(block).toBeTruthy();
    // Every prompt answered with an empty line (Enter alone).
    const lines = block!.trimEnd().split("\n").flatMap((l) => (/read -rs KV_SECRET/.test(l) ? [l, ""] : [l]));
    const r = type(shell, lines);
    expect(r.calls).not.toMatch(/^az keyvault secret set/m);
    expect(r.out).toContain("KV_SECRET: nothing read, answer the prompt above");
  });

  test.each(shells)("%s: a secret prompt answered with nothing, or ended with Ctrl-D, exports nothing", (shell) => {
    const line = BLOCKS.flatMap((b) => b.block.split("\n")).find((l) => /read -rs TF_VAR_\w+/.test(l));
    expect(line).toBeTruthy();
    const name = /read -rs (TF_VAR_\w+)/.exec(line!)![1];
    const empty = type(shell, [`export ${name}=old`, line!, "", `echo "value=[\${${name}-unset}] exported=[$(printenv ${name})]"`]);
    expect(empty.out).toContain("value=[unset] exported=[]");
    expect(empty.out).toContain(`${name} not set: nothing was read; run this line again`);
    // End of input at the prompt (Ctrl-D): read fails; same outcome.
    const eof = spawnSync(shell, ["-c", `${line!}\necho "value=[\${${name}-unset}]"`], { input: "", encoding: "utf8", env: { PATH: process.env.PATH, HOME: tempDir() } });
    expect(`${eof.stdout}${eof.stderr}`).toContain("value=[unset]");
    });
});

describe("commands whose arguments the shell must pass exactly", () => {
  test("the certificate check asks kubectl for the key tls.crt, the dot escaped in the JSONPath (unescaped it reads .data.tls.crt: nothing)", () => {
    const i = BLOCKS.findIndex((b) => b.block.includes("jsonpath='{.data.tls"));
    expect(i).toBeGreaterThanOrEqual(0);
    const get = RUNS.bash[i].calls.find((c) => c.startsWith("kubectl [get] [secret]"));
    expect(get).toContain("[-o] [jsonpath={.data.tls\\.crt}]");
  });

  test("an existing cluster with AGIC: the runbook waits for the add-on's gateway after enable-addons, before either stack", () => {
    const text = runbooks().find((r) => r.label === "existing cluster, agic")!.text;
    const wait = 'az network application-gateway wait --created --timeout 1800 -n aks-shared-appgw \\\n  -g "$(az aks show --resource-group rg-aks --name aks-shared --query nodeResourceGroup -o tsv)"';
    const at = [text.indexOf("az aks enable-addons"), text.indexOf(wait), text.indexOf("cdktf deploy"), text.indexOf("terraform -chdir=cdktf.out/stacks/")];
    expect(at[0]).toBeGreaterThan(0);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
