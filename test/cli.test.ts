// The command-line contract: npm run synth / check, what is written where, and what is not.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main } from "../main";
import { exampleFiles, readTree, ROOT, tempDir } from "./helpers";

interface Run {
  code: number;
  out: string;
  err: string;
}

function cli(args: string[], cwd = ROOT): Run {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { cwd, env: { PATH: process.env.PATH }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const tmp = tempDir;

function writeEnv(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const devText = fs.readFileSync(path.join(ROOT, "environments", "dev.yaml"), "utf8");

describe("synth", () => {
  const outdir = tmp();
  const first = cli(["synth", "--outdir", outdir]);
  const tree = readTree(outdir);

  test("succeeds on every example environment", () => {
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
  });

  test("writes both stacks and dist/<env>/ for each environment", () => {
    for (const env of exampleFiles().map((f) => path.basename(f, ".yaml"))) {
      expect(tree.has(`cdktf.out/stacks/${env}-azure/cdk.tf.json`)).toBe(true);
      expect(tree.has(`cdktf.out/stacks/${env}-cluster/cdk.tf.json`)).toBe(true);
      expect(tree.has(`dist/${env}/kustomization.yaml`)).toBe(true);
    }
    expect(tree.has("cdktf.out/manifest.json")).toBe(true);
  });

  test("prints a summary per environment: stacks, manifests, the URL to register", () => {
    expect(first.out).toContain("cdktf.out/stacks/dev-azure/cdk.tf.json");
    expect(first.out).toMatch(/dev-cluster\/cdk\.tf\.json\s+\d+ resources/);
    expect(first.out).toContain("Proxy URL to register: http://proxy-dev.acme-ai.dev");
    expect(first.out).toMatch(/\n    dist\/dev\/  \d+ manifest files, \d+ other files/);
    expect(first.out).toMatch(/dev-cluster\/cdk\.tf\.json  0 resources, 1 data source, 1 output\n/);
    expect(first.out).toContain("Proxy URL to register: https://proxy.acme-ai.dev");
  });

  test("synthesizing twice gives byte-identical files", () => {
    const again = tmp();
    expect(cli(["synth", "--outdir", again, "--quiet"]).code).toBe(0);
    expect(readTree(again)).toEqual(tree);
  });

  test("no absolute path of this machine in any output", () => {
    for (const [file, content] of tree) {
      expect({ file, leaks: content.includes(outdir) || content.includes(ROOT) }).toEqual({ file, leaks: false });
    }
  });

  test("--config synthesizes only the given files", () => {
    const dir = tmp();
    expect(cli(["synth", "--config", "environments/dev.yaml", "--outdir", dir, "--quiet"]).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "dist"))).toEqual(["dev"]);
  });

  test("keeps what Terraform put into a stack directory, and removes stale manifests", () => {
    const dir = tmp();
    cli(["synth", "--config", "environments/dev.yaml", "--outdir", dir, "--quiet"]);
    fs.mkdirSync(path.join(dir, "cdktf.out/stacks/dev-azure/.terraform"));
    fs.writeFileSync(path.join(dir, "dist/dev/stale.k8s.yaml"), "stale");
    cli(["synth", "--config", "environments/dev.yaml", "--outdir", dir, "--quiet"]);
    expect(fs.existsSync(path.join(dir, "cdktf.out/stacks/dev-azure/.terraform"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "dist/dev/stale.k8s.yaml"))).toBe(false);
  });
});

describe("bad input", () => {
  test("fails and writes nothing when one file has an error, printing every problem", () => {
    const dir = tmp();
    const bad = writeEnv(dir, "bad.yaml", devText.replace("name: dev", "name: bad").replace("tarsdevacr7f3a", "Tars-ACR").replace("tier: small", "tier: smal\n  colour: blue"));
    const outdir = path.join(dir, "out");
    const r = cli(["synth", "--config", "environments/dev.yaml", "--config", bad, "--outdir", outdir]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(outdir)).toBe(false);
    expect(r.err).toMatch(/ERROR AR000 \S*bad\.yaml: cluster\.tier: must be one of .*got "smal" \(line \d+\)\. fix: did you mean "small"\?/);
    expect(r.err).toMatch(/ERROR AR000 \S*bad\.yaml: cluster\.colour: unknown field/);
    expect(r.err).toContain("nothing was written");
  });

  test("a preflight error also stops synth", () => {
    const dir = tmp();
    const bad = writeEnv(dir, "bad.yaml", devText.replace("tarsdevacr7f3a", "Tars-ACR"));
    const r = cli(["synth", "--config", bad, "--outdir", path.join(dir, "out")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ERROR AR003 \S*bad\.yaml: registry\.acrName: must be 5-50 lowercase letters or digits, got "Tars-ACR" \(line \d+\)\. fix: use "tarsacr"/);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("never prints a stack trace", () => {
    const dir = tmp();
    const r = cli(["synth", "--config", writeEnv(dir, "x.yaml", "::: not yaml {{{"), "--outdir", dir]);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe("check", () => {
  test("validates without writing and exits 0 on the examples", () => {
    const r = cli(["check"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`check: ${exampleFiles().length} files, 0 errors`));
  });

  test("--json gives findings for CI tools", () => {
    const dir = tmp();
    const r = cli(["check", "--json", "--config", writeEnv(dir, "x.yaml", devText.replace("tier: small", "tier: small\n  nodeCount: 1"))]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, waived: 0 });
    expect(json.findings[0]).toMatchObject({ rule: "AR004", path: "cluster.nodeCount", value: 1, severity: "error" });
  });
});

describe("usage", () => {
  test("--help explains the commands", () => {
    const r = cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("npm run synth");
    expect(r.out).toContain("--outdir DIR");
  });

  test("an unknown option is a usage error", () => {
    const r = cli(["synth", "--outdri", "x"]);
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toContain('unknown option "--outdri"');
  });

  test("rules lists every rule with its guide row", () => {
    expect(cli(["rules"]).out).toMatch(/AR001\s+error\s+AGIC on Azure CNI Overlay/);
  });
});

describe("the launcher", () => {
  test("runs the TypeScript sources without a build step", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/agent-router-azure.js"), "check"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("0 errors");
  });

  test("a reader that stops early (rules | head -1) ends the run quietly, with the command's exit code", () => {
    const launcher = JSON.stringify(path.join(ROOT, "bin/agent-router-azure.js"));
    const r = spawnSync("bash", ["-c", `node ${launcher} rules | head -1; echo "status=\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout).toMatch(/^AR001 .*\nstatus=0\n$/);
    expect(r.stderr).toBe("");
  });

  test("picks up an edited source file on the next run (never a stale build)", () => {
    const probe = path.join(ROOT, "config", "__probe__.ts");
    const runner = `require(${JSON.stringify(path.join(ROOT, "bin/ts-hook.js"))}); console.log(require(${JSON.stringify(probe)}).value);`;
    try {
      fs.writeFileSync(probe, "export const value: number = 1;\n");
      expect(execFileSync(process.execPath, ["-e", runner], { encoding: "utf8" }).trim()).toBe("1");
      fs.writeFileSync(probe, "export const value: number = 2;\n");
      expect(execFileSync(process.execPath, ["-e", runner], { encoding: "utf8" }).trim()).toBe("2");
    } finally {
      fs.rmSync(probe, { force: true });
    }
  });
});

test("the machine's locale does not change what synth writes or the order it reports in", () => {
  // Sorted with localeCompare, the AGC namespace y-alb came before tars-dataplane under lt_LT (y sorts
  // between i and j there) and after it elsewhere, in the GitOps controller's RBAC: a GitOps repository
  // saw the order flip with whoever synthesized last. config/text-order.ts sorts in one order.
  const dir = tmp();
  const staging = fs.readFileSync(path.join(ROOT, "environments", "staging.yaml"), "utf8").replace("  mode: agc\n", "  mode: agc\n  agc:\n    namespace: y-alb\n");
  expect(staging).toContain("namespace: y-alb");
  const file = writeEnv(dir, "staging.yaml", staging);
  const run = (locale: string) => {
    const outdir = path.join(dir, locale);
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/agent-router-azure.js"), "synth", "--config", file, "--outdir", outdir, "--quiet"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH, LANG: locale, LC_ALL: locale },
    });
    expect(r.status).toBe(0);
    return { tree: readTree(outdir), err: r.stderr };
  };
  const c = run("C");
  expect([...c.tree.values()].some((text) => /namespace: y-alb/.test(text))).toBe(true);
  for (const locale of ["lt_LT.UTF-8", "cs_CZ.UTF-8", "da_DK.UTF-8", "tr_TR.UTF-8"]) expect(run(locale)).toEqual(c);
});

describe("no broken values in any output", () => {
  test.each(["undefined", "[object Object]", "TfToken[", "${TOKEN", "NaN"])("no file contains %s", (needle) => {
    const outdir = tmp();
    expect(cli(["synth", "--outdir", outdir, "--quiet"]).code).toBe(0);
    const offenders = [...readTree(outdir)].filter(([, content]) => content.includes(needle)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });
});

describe("re-synthesizing", () => {
  test("leaves unchanged files untouched, and restores edited files and script modes", () => {
    const dir = tmp();
    cli(["synth", "--config", "environments/dev.yaml", "--outdir", dir, "--quiet"]);
    const runbook = path.join(dir, "dist/dev/RUNBOOK.md");
    const stack = path.join(dir, "cdktf.out/stacks/dev-azure/cdk.tf.json");
    const verify = path.join(dir, "dist/dev/verify.sh");
    const old = new Date("2020-01-01T00:00:00Z");
    fs.utimesSync(runbook, old, old);
    fs.utimesSync(stack, old, old);
    const ingress = path.join(dir, "dist/dev/platform/ingress.k8s.yaml");
    const original = fs.readFileSync(ingress, "utf8");
    fs.writeFileSync(ingress, "edited by hand");
    fs.chmodSync(verify, 0o644);

    expect(cli(["synth", "--config", "environments/dev.yaml", "--outdir", dir, "--quiet"]).code).toBe(0);
    expect(fs.statSync(runbook).mtime).toEqual(old);
    expect(fs.statSync(stack).mtime).toEqual(old);
    expect(fs.readFileSync(ingress, "utf8")).toBe(original);
    expect(fs.statSync(verify).mode & 0o777).toBe(0o755);
  });
});

test("synthesis does not need terraform on the machine (even for the Terraform Cloud backend)", () => {
  const dir = tmp();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/agent-router-azure.js"), "synth", "--config", "environments/shared.yaml", "--outdir", dir, "--quiet"], {
    cwd: ROOT,
    env: { PATH: "/nonexistent" },
    encoding: "utf8",
  });
  expect(r.stderr).not.toContain("internal error");
  expect(r.status).toBe(0);
  expect(fs.existsSync(path.join(dir, "cdktf.out/stacks/shared-cluster/cdk.tf.json"))).toBe(true);
});

describe("options that do not apply to a command are usage errors (one line, exit 2)", () => {
  test.each([
    [["synth", "--json"], "--json does not apply to synth (it is for check)"],
    [["schema", "--outdir", "x"], "--outdir does not apply to schema (it is for synth and check)"],
    [["check", "--quiet"], "--quiet does not apply to check (it is for synth)"],
    [["schema", "--config", "x.yaml"], "--config does not apply to schema (it is for synth, check and plan)"],
    [["rules", "--json"], "--json does not apply to rules (it is for check)"],
  ])("%j", (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`agent-router-azure: ${message}; see --help`);
    expect(r.out).toBe("");
  });
});

test("schema --out says what it wrote", () => {
  const file = path.join(tmp(), "schema.json");
  const r = cli(["schema", "--out", file]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^agent-router-azure schema: wrote \S*schema\.json/);
  expect(JSON.parse(fs.readFileSync(file, "utf8")).type).toBe("object");
});

describe("every problem at once (item 7)", () => {
  test("fails with an unknown key and a rule error, and reports both (as the README shows)", () => {
    const dir = tmp();
    const bad = writeEnv(dir, "prod.yaml", devText.replace("tarsdevacr7f3a", "Tars-ACR").replace("tier: small", "tierr: small"));
    const r = cli(["check", "--config", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ERROR AR000 \S*prod\.yaml: cluster\.tierr: unknown field \(a typo is never ignored\) \(line \d+\)\. fix: did you mean "tier"\?/);
    expect(r.err).toMatch(/ERROR AR003 \S*prod\.yaml: registry\.acrName: must be 5-50 lowercase letters or digits, got "Tars-ACR"/);
    expect(cli(["synth", "--config", bad, "--outdir", path.join(dir, "out")]).code).toBe(1);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("the README's example lines are what check prints", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("cluster.tierr: unknown field (a typo is never ignored)");
    expect(readme).toContain('registry.acrName: must be 5-50 lowercase letters or digits, got "Tars-ACR"');
  });
});

test("fails with a missing required field, and the fix is a value to write, not the description", () => {
  const dir = tmp();
  const bad = writeEnv(dir, "x.yaml", devText.replace(/^  name: tars-dev\n/m, ""));
  const r = cli(["check", "--config", bad]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/cluster\.name: is required \(line \d+\)\. fix: add "name: tars-team-a" under cluster: /);
});

describe("input limits", () => {
  test("fails on --config /dev/zero at once: a device is not read", () => {
    const started = Date.now();
    const r = cli(["check", "--config", "/dev/zero"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("ERROR AR000 /dev/zero: is not a regular file");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("fails on a 5 MB junk file with a short message", () => {
    const dir = tmp();
    const junk = writeEnv(dir, "junk.yaml", "x".repeat(5 * 1024 * 1024));
    const r = cli(["check", "--config", junk]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/junk\.yaml: is 5242880 bytes; an environment file is at most 1048576 bytes/);
    expect(r.err.length).toBeLessThan(1000);
  });

  test("fails on a 900 KB value without a 900 KB line, in text or JSON (values and lines are capped)", () => {
    const dir = tmp();
    const long = writeEnv(dir, "long.yaml", devText.replace("tier: small", `tier: small\n  name: "${"k".repeat(900 * 1024)}"`).replace(/^  name: tars-dev\n/m, ""));
    for (const args of [["check", "--config", long], ["check", "--json", "--config", long]]) {
      const r = cli(args);
      expect(r.code).toBe(1);
      expect(Math.max(...(r.out + "\n" + r.err).split("\n").map((l) => l.length))).toBeLessThan(2000);
    }
  });

  test("fails on control characters in keys and values, and prints them escaped, never raw", () => {
    const dir = tmp();
    const bad = writeEnv(dir, "ctl.yaml", devText.replace("tier: small", 'tier: "\\e[31msmall\\r"\n  "col\\e]0;pwned\\aour\\u009b\\u2028\\u202e": blue'));
    for (const args of [["check", "--config", bad], ["check", "--json", "--config", bad]]) {
      const r = cli(args);
      expect(r.code).toBe(1);
      // Line separators and bidi overrides too (JSON.stringify leaves them raw).
      expect(r.out + r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    }
    expect(cli(["check", "--config", bad]).err).toMatch(/cluster\.col\\x1b\]0;pwned\\x07our\\x9b\\u2028\\u202e: unknown field/);
  });

  test("a mapping used as a key fails with a line, and yaml prints no warning", () => {
    const dir = tmp();
    const warn = jest.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    const log = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const r = cli(["check", "--config", writeEnv(dir, "key.yaml", devText.replace("tier: small", "tier: small\n  ? [a, b]\n  : c"))]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/key\.yaml: a key must be a plain word, not a mapping, a list, an alias or a tagged value \(line \d+\)/);
      const binary = cli(["check", "--config", writeEnv(dir, "bin.yaml", devText.replace("tier: small", "tier: small\n  !!binary aGVsbG8=: c"))]);
      expect(binary.err).toMatch(/bin\.yaml: a key must be a plain word.* \(line \d+\)/);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});

describe("one environment at a time (AGENT_ROUTER_ENV, for the cdktf CLI)", () => {
  const run = (args: string[], env: Record<string, string>) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(args, { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  test("synthesizes only the named environment", () => {
    const dir = tmp();
    expect(run(["synth", "--quiet", "--outdir", dir], { AGENT_ROUTER_ENV: "dev" }).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "dist"))).toEqual(["dev"]);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "cdktf.out/manifest.json"), "utf8")).stacks).sort()).toEqual(["dev-azure", "dev-cluster"]);
  });

  test("an unknown name, or both ways at once, is a usage error", () => {
    expect(run(["check"], { AGENT_ROUTER_ENV: "team-z" })).toMatchObject({ code: 2, err: expect.stringMatching(/no environments\/team-z\.yaml; the environments are dev, /) });
    expect(run(["check", "--config", "environments/dev.yaml"], { AGENT_ROUTER_ENV: "dev" })).toMatchObject({ code: 2 });
  });

  test("README and --help document it", () => {
    expect(cli(["--help"]).out).toContain("AGENT_ROUTER_ENV=team-a npm run synth\n                    cdktf deploy team-a-azure team-a-cluster --skip-synth");
    // The CLI is not a dependency: `npx cdktf` would not find it (README, "Deploy paths", installs it).
    expect(cli(["--help"]).out).not.toContain("npx cdktf");
    expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain("AGENT_ROUTER_ENV=team-a");
  });
});

test("a rule warning is printed once: the stacks add no cdktf annotation that repeats it", () => {
  const dir = tmp();
  expect(cli(["synth", "--config", "environments/shared.yaml", "--outdir", dir, "--quiet"]).code).toBe(0);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "cdktf.out/manifest.json"), "utf8"));
  for (const stack of Object.values<{ annotations: unknown[] }>(manifest.stacks)) expect(stack.annotations).toEqual([]);
});
