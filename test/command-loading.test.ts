// Each command loads only what it runs (main.ts): check renders no charts, so it loads neither
// cdk8s nor the CRD bindings; rules and schema synthesize no stacks, so they do not load cdktf.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./helpers";

/** The modules (paths relative to the project) that one command loads, in a fresh process. */
function modulesOf(args: string[]): string[] {
  const script = `
    require(${JSON.stringify(path.join(ROOT, "bin", "ts-hook.js"))});
    const { main } = require(${JSON.stringify(path.join(ROOT, "main.ts"))});
    main(${JSON.stringify(args)}, { cwd: ${JSON.stringify(ROOT)}, env: process.env, out: () => {}, err: () => {} });
    console.log(JSON.stringify(Object.keys(require.cache)));`;
  const loaded = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as string[];
  return loaded.map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
}

const cdk8s = (m: string) => /^node_modules\/cdk8s/.test(m) || /^(charts|imports|runbook)\//.test(m);
const cdktf = (m: string) => /^node_modules\/cdktf\//.test(m) || /^(\.gen|stacks)\//.test(m);

test("check loads no chart, no runbook and no cdk8s", () => {
  const loaded = modulesOf(["check"]);
  expect(loaded.filter(cdktf).length).toBeGreaterThan(0); // it does compare the stacks
  expect(loaded.filter(cdk8s)).toEqual([]);
});

test("rules, schema and plan load neither cdktf nor cdk8s", () => {
  for (const command of [["rules"], ["schema"], ["plan"]]) {
    expect(modulesOf(command).filter((m) => cdktf(m) || cdk8s(m))).toEqual([]);
  }
});

test("synth loads both", () => {
  // --outdir: a fresh folder, so nothing of the project's output changes
  const outdir = path.join(os.tmpdir(), `command-loading-${process.pid}`);
  try {
    const loaded = modulesOf(["synth", "--quiet", "--outdir", outdir]);
    expect(loaded.filter(cdktf).length).toBeGreaterThan(0);
    expect(loaded.filter(cdk8s).length).toBeGreaterThan(0);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
