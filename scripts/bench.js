#!/usr/bin/env node
"use strict";
// npm run bench [-- --runs N] [-- --tests]
// Synthesizes 1, 10 and 50 generated environments (every mode mixed, scripts/fleet.js) and the
// examples, next to references measured in the same run: `node -e 0`, and the library-load floor
// (loading every library module a synth of the examples loads, and no project code:
// scripts/bench-libload.js). The examples are synthesized warm (transpile cache filled) and cold
// (the first synth after `npm ci`: empty transpile cache). Reports the size of node_modules. The
// cases run round-robin, N rounds, so that drift in
// the machine's speed (a shared VM) hits every case alike; each row reports the median wall
// time, the median CPU time (user + system) and the peak RSS. Synths write into a fresh output
// directory, plus one re-synth into an existing one. Prints a table, checks the budget, and
// writes docs/performance.md. CI does not run this.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { writeFleet } = require("./fleet");
const { splitProfile, budgetArithmetic } = require("./bench-split");
const { performanceDoc } = require("./bench-doc");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 5;
const WITH_TESTS = args.includes("--tests");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ara-bench-"));
const rssFile = path.join(work, "rss");
const preload = path.join(__dirname, "bench-rss.js");
const cli = path.join(root, "bin", "agent-router-azure.js");

/** Runs `node <args>` once; returns wall and CPU seconds and peak RSS (MiB). */
function measure(nodeArgs, env = {}) {
  fs.rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", preload, ...nodeArgs], {
    cwd: root,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${nodeArgs.join(" ")} failed:\n${r.stderr}`);
  const usage = JSON.parse(fs.readFileSync(rssFile, "utf8"));
  return { seconds, cpu: usage.cpu / 1e6, mib: usage.maxRSS / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const fleet = writeFleet(path.join(work, "fleet"), 50);
const modulesFile = path.join(work, "modules.json");
const cacheDir = path.join(root, "node_modules", ".cache", "agent-router-azure");

/** Runs one case with the transpile cache moved aside (as after `npm ci`), then puts it back. */
function withColdCache(fn) {
  const aside = cacheDir + ".bench-aside";
  fs.rmSync(aside, { recursive: true, force: true });
  if (fs.existsSync(cacheDir)) fs.renameSync(cacheDir, aside);
  try {
    return fn();
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    if (fs.existsSync(aside)) fs.renameSync(aside, cacheDir);
  }
}

/** A directory tree's files (regular files: their bytes), and its folders (symlinks not followed). */
function tree(dir) {
  const n = { bytes: 0, files: 0, folders: 0 };
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = tree(p);
      Object.assign(n, { bytes: n.bytes + sub.bytes, files: n.files + sub.files, folders: n.folders + sub.folders + 1 });
    } else if (e.isFile()) {
      n.bytes += fs.statSync(p).size;
      n.files++;
    }
  }
  return n;
}
const configs = (n) => fleet.slice(0, n).flatMap((f) => ["--config", f]);
const synthInto = (outdir, extra) => [cli, "synth", "--quiet", "--outdir", outdir, ...extra];

const CASES = [
  ["floor", "node -e 0 (the floor)", () => ["-e", "0"]],
  ["libload", "library-load floor (what a synth loads)", () => [path.join(__dirname, "bench-libload.js"), modulesFile]],
  ["examples", "npm run synth (the examples)", (r) => synthInto(path.join(work, `ex-${r}`), [])],
  ["cold", "first synth after npm ci (empty transpile cache)", (r) => synthInto(path.join(work, `cold-${r}`), []), true],
  ...[1, 10, 50].map((n) => [`fleet${n}`, `synth ${n} generated environment${n > 1 ? "s" : ""}`, (r) => synthInto(path.join(work, `f${n}-${r}`), configs(n))]),
  ["resynth50", "re-synth 50 into an existing output", () => synthInto(path.join(work, "f50-0"), configs(50))],
];

console.log(`agent-router-azure benchmark: ${RUNS} rounds of every case, round-robin\n`);
// Warm the transpile cache once so no measured run pays for it (but the cold case), and list what a synth loads.
measure(synthInto(path.join(work, "warm"), []), { BENCH_MODULES_FILE: modulesFile });
const samples = Object.fromEntries(CASES.map(([id]) => [id, []]));
for (let round = 0; round < RUNS; round++) {
  for (const [id, , args, cold] of CASES) samples[id].push(cold ? withColdCache(() => measure(args(round))) : measure(args(round)));
}
// Where the examples' synth spends its CPU time beyond the floor: both profiled (node --cpu-prof), RUNS
// times each, alternating; the mean of each part (scripts/bench-split.js).
const profiles = fs.mkdtempSync(path.join(work, "profiles-"));
function profiled(nodeArgs) {
  const dir = fs.mkdtempSync(path.join(profiles, "p-"));
  measure(["--cpu-prof", "--cpu-prof-dir", dir, ...nodeArgs]);
  const [file] = fs.readdirSync(dir);
  return splitProfile(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), root);
}
const split = { examples: [], libload: [] };
for (let round = 0; round < RUNS; round++) {
  split.examples.push(profiled(synthInto(path.join(work, `prof-${round}`), [])));
  split.libload.push(profiled([path.join(__dirname, "bench-libload.js"), modulesFile]));
}

const rows = {};
for (const [id, label] of CASES) {
  const runs = samples[id];
  const row = {
    label,
    seconds: median(runs.map((r) => r.seconds)),
    min: Math.min(...runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpu)),
    mib: Math.max(...runs.map((r) => r.mib)),
  };
  rows[id] = row;
  console.log(`${label.padEnd(44)} ${row.seconds.toFixed(3)} s (min ${row.min.toFixed(3)}, cpu ${row.cpu.toFixed(3)})  ${row.mib.toFixed(0)} MiB`);
}

let testsSeconds;
let testsPassed = false;
if (WITH_TESTS) {
  const start = process.hrtime.bigint();
  const r = spawnSync("npm", ["test", "--silent"], { cwd: root, encoding: "utf8" });
  testsSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  testsPassed = r.status === 0;
  console.log(`${"npm test".padEnd(44)} ${testsSeconds.toFixed(1)} s${testsPassed ? "" : " (FAILED: the time does not count)"}`);
}

const perEnv = ((rows.fleet50.seconds - rows.fleet10.seconds) / 40) * 1000;
const perEnvCpu = ((rows.fleet50.cpu - rows.fleet10.cpu) / 40) * 1000;
const ratio = rows.examples.seconds / rows.libload.seconds;
const cpuRatio = rows.examples.cpu / rows.libload.cpu;
const arithmetic = budgetArithmetic({
  runs: RUNS,
  synth: split.examples,
  floor: split.libload,
  written: tree(path.join(work, "prof-0")),
  wallRatio: ratio,
  cpuRatio,
  synthCpu: rows.examples.cpu,
});
const nodeModulesMiB = tree(path.join(root, "node_modules")).bytes / 2 ** 20;
const budget = [
  [`npm run synth of the examples <= 1.5 × the library-load floor`, `${rows.examples.seconds.toFixed(2)} s vs ${rows.libload.seconds.toFixed(2)} s (ratio ${ratio.toFixed(2)}; CPU time ${cpuRatio.toFixed(2)})`, ratio <= 1.5],
  [`node_modules after npm ci <= 250 MiB`, `${nodeModulesMiB.toFixed(0)} MiB (this clone's node_modules, transpile cache included)`, nodeModulesMiB <= 250],
  [`each additional environment <= 30 ms`, `${perEnv.toFixed(1)} ms wall, ${perEnvCpu.toFixed(1)} ms CPU (from 10 to 50 environments)`, perEnv <= 30],
  [`50 environments < 300 MiB peak`, `${rows.fleet50.mib.toFixed(0)} MiB`, rows.fleet50.mib < 300],
];
if (testsSeconds !== undefined) budget.push([`npm test < 60 s`, `${testsSeconds.toFixed(1)} s${testsPassed ? "" : " (tests failed)"}`, testsPassed && testsSeconds < 60]);
console.log("");
for (const [what, got, ok] of budget) console.log(`${ok ? "PASS" : "FAIL"} ${what}: ${got}`);


console.log("");
for (const line of arithmetic.summary) console.log(line);

fs.writeFileSync(
  path.join(root, "docs", "performance.md"),
  performanceDoc({ runs: RUNS, withTests: WITH_TESTS, rows, testsSeconds, budget, budgetSection: arithmetic.section }),
);
fs.rmSync(work, { recursive: true, force: true });
console.log("\nwrote docs/performance.md");
process.exit(budget.every(([, , ok]) => ok) ? 0 : 1);
