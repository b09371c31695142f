"use strict";
// docs/performance.md as scripts/bench.js writes it: the measured tables and budget, then what was
// done about the time a synth takes, round by round, and what was tried and dropped.
const os = require("os");

/** What was done about the time a synth takes, round by round (fixed text, measured when it was written). */
const ROUNDS = `## Install size and the provider bindings

The prebuilt provider packages (\`@cdktf/provider-azurerm\` 14.23.1, \`-helm\`, \`-kubernetes\`: 414 MB for
about 45 used types) were replaced by bindings generated from the pinned, trimmed schemas
(\`scripts/gen-providers.js\`, \`.gen/\`: 2.3 MB of TypeScript, 34 modules). Measured with \`du -sm\`
after \`npm ci --ignore-scripts\` of the lock file in an empty folder (2026-12-06): before, 547 MiB;
after, 203 MiB with the devDependencies (of which \`@cdktf/provider-generator\` and its dependencies,
needed only to regenerate \`.gen/\`, 72 MiB: without it and without the prebuilt providers' 416 MiB the
install was 131 MiB), 60 MiB with \`--omit=dev\`. The row in the budget
above measures this clone's node_modules as it is (the transpile cache and anything installed since
included).

The library-load floor is what a synth cannot avoid: node loading every library module a synth of the
examples loads (node_modules, and the generated bindings: the providers' in \`.gen/\`, the CRDs' in
\`imports/\`, since the last round), in the same order, and no project code
(\`scripts/bench-libload.js\`). A synth's ratio to it is the project's own cost: its modules, the
checks, the cdktf and cdk8s synthesis, the files written.

Before and after (2026-12-06, this bench with 3 rounds, the previous commit with the prebuilt packages
measured in a separate worktree in the same minutes, the VM busy with other jobs): floor 0.57 s → 0.55 s,
examples 1.58 s → 1.52 s (2.79× → 2.78× the floor; CPU time 2.31× → 2.12×), first synth after \`npm ci\`
2.56 s → 2.62 s (it now also transpiles the 2.3 MB of \`.gen/\` once), node_modules 500 → 168 MiB (file
bytes). The generated bindings load as fast as the prebuilt submodules did, so synth time is unchanged;
the 1.5× budget is not met (see the next section for what was done about it since).

## The examples' synth against the library-load floor

The budget asks for a cold synth of the four examples within 1.5× the library-load floor. Measured
in CPU time (user + system, \`process.resourceUsage\`: wall time on this shared VM drifts too much),
the median of 9–11 rounds, each running the floor, the commit before these changes, the first change
alone and the result (separate worktrees, same node_modules, same minutes; 2026-12-06):

| | synth of the examples (CPU) | ratio to the floor (0.42–0.45 s) |
|---|---|---|
| before (each environment's stacks synthesized twice) | 0.98–1.03 s | 2.31–2.32 |
| stacks synthesized once | 0.95 s | 2.15 |
| and YAML without a document tree, objects rendered once | 0.89–0.92 s | 2.06–2.10 |

- **Stacks synthesized once.** The replacement guard synthesized every environment's stacks in memory
  to compare them with \`force-new.json\`, then the output transaction ran cdktf's \`App.synth\` over the
  same environments again to write them. Now each loaded environment is synthesized once
  (\`synthesizeEnvironment\` in \`stacks/index.ts\`, kept per environment object) and synth writes those
  documents with cdktf's own serializer and manifest entries (\`stackFiles\`); \`check\` still only
  synthesizes in memory. About 80 ms of CPU. \`test/synth-once.test.ts\` pins the bytes against
  \`App.synth\` and counts one preparation per stack.
- **YAML without a document tree.** \`Yaml.stringify\` (the yaml package builds a document, then prints
  it) took about 75 ms of the examples' 190 ms of chart rendering on a cold run. \`config/fast-yaml.ts\`
  prints the common documents directly with the yaml package's rules for plain and quoted scalars
  (its own YAML 1.1 tag tests) and hands anything else (multi-line strings, floats, an object used
  twice...) to \`Yaml.stringify\`: 85 of the examples' 91 documents take the fast path. Measured
  in-process, the examples' chart rendering went from about 190 to 130 ms of CPU on a cold run.
  \`test/fast-yaml.test.ts\` compares both on every document of the examples and a fleet, on tricky
  scalars and on random strings.
- **Objects rendered once.** Listing what a phase delivers rendered every object (\`toJson\`) only to
  read its kind and name, before the charts rendered them again; now only Roles are. With the YAML
  change, about 40 ms of the whole synth's CPU in the interleaved runs (in-process the chart rendering
  alone went down by about 60 ms; the difference is within this VM's noise).

The output is byte-identical (\`diff -r\` of dist/, cdktf.out/ and terraform/ of the examples, and of a
50-environment fleet of every mode, before and after).

Second round (2026-12-06): the project's own module loading, the CRD bindings and the staging
folder. Measured against the commit before, in separate worktrees sharing node_modules (each with
its own floor), 21 rounds, each running both trees' floor and synth back to back (the order
alternating), CPU time. The VM was busy with other jobs: the same commit's synth took 0.86 s of CPU
in one half hour and 1.27 s in another, so the paired differences within a round are what to read:

| | floor (median) | synth of the examples (median) | ratio | the project's own CPU (synth − floor) |
|---|---|---|---|---|
| before | 0.56 s | 1.27 s | 2.28 | 0.71 s |
| after | 0.51 s | 1.10 s | 2.16 | 0.60 s |
| paired difference | −22 ms | −153 ms | | −106 ms |

Earlier runs of the same pair in a quieter hour (15 rounds each): ratio 2.13–2.23 before, 1.98–2.12
after. The tables that open this page are whatever the last \`npm run bench\` measured; four runs of
7 rounds of it after these changes, on the same afternoon, gave CPU-time ratios of 1.86, 1.88, 1.89
and 2.05.

- **V8's compiled code in the transpile cache.** \`bin/ts-hook.js\` keeps, next to each transpiled
  module, V8's code cache of it (\`<key>.jsc\`), written when the process exits so that it holds the
  functions the run compiled too; the next run neither parses the module nor compiles those
  functions again. V8 checks the data against the code, its version and its flags and rejects what
  does not match (the entry is then made again). Unlike \`v8-compile-cache\` (one blob for
  everything, tried earlier and slower), each module has its own entry, read only when the module
  loads. About 60–90 ms less for the project's own modules. The generated provider bindings in
  \`.gen/\` load through the same hook, so the library-load floor, which loads them the way synth
  does, also went down (about 20–40 ms): the ratio shows less of the gain than the absolute times.
  \`test/ts-hook.test.ts\`: the entry is written and accepted, a damaged one is rejected and made
  again, an edited source is transpiled again.
- **CRD bindings for what the charts write.** \`scripts/import-crds.js\` trims a CRD to the served
  versions and spec fields the charts use before generating its binding: Gateway and HTTPRoute v1
  only (v1beta1 was generated too), EnvoyProxy \`spec.telemetry.metrics.sinks\` only (the project
  writes a partial object for server-side apply; the full schema made 1.8 MB of TypeScript).
  \`imports/\`: 3.1 → 1.7 MB, \`gateway.envoyproxy.io\` 1.8 MB → 148 KB, about 15 ms less per run.
  A chart's object literal that sets a field left out fails \`tsc\` (elsewhere toJson would drop it,
  and the committed dist/ comparison shows it): add it to the script's list and run it again.
- **Stack files staged side by side.** The staging folder held a copy of cdktf.out's tree
  (\`out/stacks/<stack>/\`) only for the files to be renamed out of it: 21 folder operations
  (creating and removing folders is the costly part of this file system). A few ms.
- **Each command loads what it runs** (not in the ratio, which is about synth): \`check\` no longer
  loads the charts, the runbook, cdk8s and the CRD bindings, and \`rules\` and \`schema\` no longer
  load cdktf, the provider bindings and the stacks (\`main.ts\`). CPU time: check 0.74 → 0.56 s,
  rules 0.51 → 0.21 s. \`test/command-loading.test.ts\`.

The output is byte-identical (\`npm run synth\` leaves dist/, cdktf.out/ and terraform/ unchanged;
\`diff -r\` of a 50-environment fleet of every mode before and after).

Tried in the second round and dropped, measured:

- **\`--no-opt\`** (no optimizing compiler, set by the hook for synth and floor alike): the synth's
  CPU time did not change beyond noise, the floor's went up by 5–10 %; the ratio would have
  improved only because the floor got slower.
- **V8's code cache for node_modules as well** (the same hook for every \`.js\`, a prototype):
  library loading went from about 0.35 to 0.26 s and a synth about 0.1 s faster, but the floor goes
  down by as much, so the ratio gets worse (about 2.2), and the hook would take over how every
  package loads (ESM in \`.js\`, a package's \`type\`). Not done; worth it only for the absolute time.
- **\`--min-semi-space-size=16\`** (fewer young-generation collections while loading): no difference.

Third round (2026-12-06): the Terraform stacks resolved once, the remaining YAML, zod's compiled
fast path, module resolution. Measured as in the second round (the commit before in a separate
worktree sharing node_modules, each tree with its own floor, every round running both trees' floor
and synth back to back, order alternating), two runs of 21 rounds, CPU time:

| | floor (median) | synth of the examples (median) | ratio (of medians; median of the rounds' ratios) |
|---|---|---|---|
| before | 0.39–0.41 s | 0.77–0.79 s | 1.94–1.96; 1.92 |
| after | 0.40 s | 0.73–0.76 s | 1.83–1.89; 1.86–1.88 |
| paired difference (median) | −0.003 to +0.011 s | −30 to −33 ms | |

The in-process figures below (\`node --cpu-prof\` or \`process.hrtime\` around the part, several cold
runs, medians) add up to about 55 ms; the paired medians show about 30 ms of it through this VM's noise.

\`npm run bench\` (7 rounds) of both trees back to back: CPU-time ratio 2.03 before, 1.96 after (synth
0.84 → 0.77 s, floor 0.41 → 0.39 s); four runs after these changes gave 1.93, 1.94, 1.95 and 1.96. The
bench's ratios run higher than the paired ones above on this VM, before and after alike.

- **Each -cluster stack resolved once.** cdktf's \`prepareStack\` resolves every element of a stack in
  "preparing" mode only to find cross-stack references, then \`toTerraform\` resolves the same
  elements again to write them; the preparing mode changes one thing (a reference to another stack
  registers an output there and a remote state here, and then resolves to the same expression
  either way). \`preparedTerraform\` (\`stacks/index.ts\`) resolves each element once in preparing
  mode, then the elements the pass added (the remote state), and assembles the document as cdktf's
  \`toTerraform\` does; the -cluster stack goes first, since its pass adds the outputs to the -azure
  stack. About 15 ms (the cluster stacks' first pass took 17–19 ms). \`test/synth-once.test.ts\`:
  every element is resolved once; the bytes equal \`App.synth\`'s on the examples and a fleet.
- **No last pass over resolved documents.** \`toTerraform\` then resolves the merged document once
  more, for the stack's overrides (\`addOverride\` values may be tokens); over resolved fragments
  that only drops undefined values, 11–14 ms for the examples' eight stacks. It is now a plain
  copy without undefined values when nothing in the document could be a token (no token marker
  in a string or key, no number in the range of cdktf's encoded numbers, only plain objects), and
  cdktf's resolve otherwise. About 10 ms. Tested against \`toTerraform\` with literal, string,
  number and embedded tokens in an override.
- **Multi-line strings on the YAML fast path.** The six documents the fast path still declined
  (the collector's ConfigMap, the access-log CronJob's script) took about 17 ms in
  \`Yaml.stringify\`, more than the other 85 together. With lineWidth 0 the yaml package writes a
  multi-line string as a literal block (\`|\` or \`|-\`); \`config/fast-yaml.ts\` does too, and still
  declines what yaml writes another way (keep chomping, leading or trailing blanks, document
  markers, non-ASCII). Every document of the examples and of a fleet now takes it; the YAML
  of the charts went from about 20 to 4 ms. \`test/fast-yaml.test.ts\` compares with
  \`Yaml.stringify\` on random multi-line strings at every depth.
- **zod without its generated fast path.** zod compiles generated code (\`new Function\`) for each
  object schema the first time it parses with it: 36 functions, which pay off over many parses,
  while a run parses each environment file once. \`z.config({ jitless: true })\` before the schema is
  built (\`config/schema/jitless.ts\`): loading the examples' environments 39 → 30 ms, the same
  results and issues. \`test/schema-jitless.test.ts\`.
- **Relative requests resolved from a folder listing.** A synth makes about 380 relative requests
  from the project's TypeScript modules; Node tries the request, then \`.js\`, \`.json\` and \`.node\`
  before \`.ts\`, a stat each, then the real path: 16–20 ms. \`bin/ts-hook.js\` lists each folder once
  and follows Node's order in memory (folders, symlinks and anything unusual go to Node): 9–12 ms.
  Every request of a synth resolves to what Node's \`_findPath\` returns; \`test/ts-hook.test.ts\`
  covers the extension order, folders, symlinked files and folders. The floor makes no such
  request (its modules are loaded by absolute path, the bindings' own requests are to packages).

The output is byte-identical (\`npm run synth\` leaves dist/, cdktf.out/ and terraform/ unchanged;
\`diff -r\` of the examples and of every mode before and after).

Tried in the third round and dropped, measured:

- **\`--single-threaded-gc\`** (set for synth and floor alike): both about 5 % less CPU, the ratio
  unchanged (1.87 with and without, 9 rounds). Worth it only for the absolute time.
- **\`--max-lazy\`**: synth slower (0.82 → 0.87 s), the floor unchanged.
- **Sorting the findings without ICU** (\`config/problems.ts\`): the first \`localeCompare\` of a
  process builds ICU's collator, about 6 ms, but the charts sort with \`localeCompare\` later
  (\`charts/gitops-access.ts\`), which then pays it instead. Both would have to change together
  (a comparator that gives ICU's order for the strings they sort and falls back otherwise). Done in
  the fourth round, where sorting by the machine's locale turned out to be a defect too.
- **A faster replacement for json-stable-stringify** (the stacks' text): about 3 ms to gain, not done;
  resolving the package through \`require.resolve\` with \`paths\` costs 0.07 ms, not the 5 ms a
  profile had attributed to it.

Fourth round (2026-12-06): cdktf's resolution of literal values, the project's other YAML files,
text sorted without ICU. Measured as in the second and third rounds (the commit before in a separate
worktree sharing node_modules, each tree with its own floor, both trees' floor and synth back to
back in every round, order alternating), four runs of 21 rounds, CPU time, the floor counted the new
way (below) for both:

| | floor (median) | synth of the examples (median) | ratio (of medians; median of the rounds' ratios) | the project's own CPU |
|---|---|---|---|---|
| before | 0.45–0.47 s | 0.82–0.89 s | 1.84–1.93; 1.86–1.92 | 0.37–0.42 s |
| after | 0.45–0.47 s | 0.76–0.82 s | 1.67–1.80; 1.73–1.82 | 0.30–0.35 s |

- **Only the values that hold a token go through cdktf's resolve.** cdktf's \`resolve\` builds a
  context object with two closures for every value it visits, and most of a stack's configuration
  is literal. \`preparedTerraform\` (\`stacks/index.ts\`) now walks plain data itself and hands cdktf,
  whole, each value its resolve could change (a string with a token marker or one that could spell
  an encoded number, a token number, an array holding a list token, an object with a token key,
  anything that is not plain data). The stacks' resolution went from about 54 to 28 ms of a cold
  synth of the examples. \`test/synth-once.test.ts\` compares it with cdktf's own \`prepareStack\` and
  \`toTerraform\` for every kind of token at depth, and for the values cdktf refuses.
- **Helm values, the collector's configuration and the kustomizations on the YAML fast path.**
  \`config/fast-yaml.ts\` (moved from \`charts/\`: the stacks use it too) now also writes what the
  yaml package's own \`stringify\` writes (YAML 1.2, lines of 80, or no folding), and declines a
  document with any line within two columns of the width, where yaml could fold. About 11 ms; the
  Prometheus rules and the Argo CD bootstrap's values at depth still go through yaml (it folds
  them). \`test/fast-yaml.test.ts\` compares every such document of the examples and a fleet.
- **Text sorted without ICU** (\`config/text-order.ts\`). This was first a defect: \`localeCompare\`
  sorts by the machine's \`LANG\`, and the GitOps RBAC of the same environment came out in
  another order under \`lt_LT.UTF-8\`. The fix sorts in Unicode's root order everywhere, and compares
  names, groups, addresses and paths (ASCII letters, digits, \`-\`, \`.\`, \`/\`) without building ICU's
  collator (about 6 ms).
- **The floor now counts the CRD bindings** (\`imports/\`, generated by \`scripts/import-crds.js\` as
  \`.gen/\` is by \`scripts/gen-providers.js\`) as libraries, and any module outside the project (a
  linked node_modules). About 5 ms moves from the project's side to the floor's.

The output is byte-identical (\`npm run synth\` leaves dist/, cdktf.out/ and terraform/ unchanged;
\`diff -r\` of the examples and of every mode before and after).

Tried in the fourth round and dropped, measured:

- **One pack of the project's modules** (\`bin/ts-hook.js\` keeping the transpiled code of every
  module a run loaded as one script, with one V8 code cache, each module served from it when its
  stat matches the one taken when its bytes were hashed, with git's "racy" rule): 0.78 MB of code and
  0.83 MB of V8 data, about 15–20 ms less per synth in paired runs (loading the modules alone: 85–115
  → 75–105 ms). Not kept: a second cache with its own rules for staleness, and stack traces that
  would name the pack unless rewritten through \`Error.prepareStackTrace\`, for 2–3 % of a synth.
- **cdk8s's \`resolve\`** (about 8 ms: a context object and a copied key path for every value) could
  take the same fast path as cdktf's; left. Prototyped later through the module's \`resolve\` export
  (not \`ApiObject.prototype.toJson\`) and measured at nothing: see the next section.

`;

/** Where the time went before the rounds above, and what was tried and dropped. */
const EARLIER = `## Where the time goes, and what was done about it

Profiled with \`node --cpu-prof\` on the 50-environment fleet before each change:

- **Module loading** (once per run, ~0.4 s): provider classes come from their generated submodules
  (\`.gen/providers/<name>/<type>\`: a provider's index would load every generated type); the TypeScript
  sources run through a transpile cache keyed by their bytes (\`bin/ts-hook.js\`), so there is no
  \`tsc\` in the synth path and an edited file is never served stale; \`tsc\` runs in \`npm test\`.
  The same cache keeps V8's compiled code of each module (see the second round above); one V8 code
  cache for everything (\`v8-compile-cache\`) was tried first and made runs slower (a large blob).
  A run that transpiles a new version of a file prunes the cache: each file keeps its two newest
  versions and a file that is gone loses its entries (a day of edits, and worktrees sharing the
  node_modules, had grown it by 45 MiB).
- **cdktf token stack traces**: cdktf captured a full stack trace (unbounded depth) for every
  token it created, only to decorate resolution errors; that was about a fifth of a fleet's
  synth. The project validates environments before any construct exists, so the capture is
  turned off (\`stacks/index.ts\`).
- **cdktf's double resolution**: cdktf resolves every stack once to discover cross-stack
  references, then again to synthesize. The \`-azure\` stack references no other stack, so its
  first pass is skipped (10.7 → 9.3 ms of CPU per environment, byte-identical output); the
  \`-cluster\` stack is resolved once, in the preparing mode, since the third round.
- **\`terraform version\` at synth**: cdktf's Terraform Cloud backend validation ran
  \`terraform version\` in a child process (0.1 s, and a failure where terraform is not
  installed); synthesis now runs only the validation that concerns the configuration.
- **The file system**: re-synthesizing used to delete and rewrite every output file (about
  1 s of system time for 50 environments on this VM's file system, where creating a file costs
  about 0.2 ms and a directory 0.5 ms). Synth now writes only files whose bytes changed, renames
  the staged stack files instead of copying them, and deletes only stale files; unchanged files
  keep their mtime.

Tried and dropped, measured:

- **Worker threads** for large fleets (a second thread synthesizing part of the environments,
  the parts merged with cdktf's own manifest writer): byte-identical output, but slower on this
  2-core VM — the worker loaded the sources in 0.9 s instead of 0.45 s and synthesized at half
  the main thread's speed (V8's GC and compiler threads compete for the same two cores), and it
  added about 90 MiB. 50 environments: 3.8 s with the worker, 2.3 s without.
- **A larger young generation** (\`--max-semi-space-size=32\`): no difference beyond noise.
- **One V8 code cache for everything** (\`v8-compile-cache\`): slower.

What remains per environment: cdktf's token resolution of the two stacks (about half of the CPU
time), rendering the YAML (about a quarter), and creating some 20 files.
`;

/**
 * The text of docs/performance.md. `rows`: the measured cases (label, seconds, min, cpu, mib);
 * `budget`: [what, measured, met]; `budgetSection`: the section on the synth budget (bench-split.js).
 */
function performanceDoc({ runs: RUNS, withTests: WITH_TESTS, rows, testsSeconds, budget, budgetSection }) {
  const cpu = os.cpus();
  return `# Performance

Measured with \`npm run bench${WITH_TESTS ? " -- --tests" : ""}\` on ${cpu.length} × ${cpu[0] ? cpu[0].model.trim() : "unknown CPU"}, Node ${process.version}
(${RUNS} rounds of every case, round-robin; median wall and CPU time; peak = the process's max
RSS). CI does not time anything; this file is rewritten by the benchmark. This is a shared VM:
absolute times drift by ±30% within an hour, which is why the cases are measured side by side.

| Case | Wall time (median) | Fastest | CPU time (median) | Peak memory |
|---|---|---|---|---|
${Object.values(rows)
  .map((r) => `| ${r.label} | ${r.seconds.toFixed(3)} s | ${r.min.toFixed(3)} s | ${r.cpu.toFixed(3)} s | ${r.mib.toFixed(0)} MiB |`)
  .join("\n")}${testsSeconds !== undefined ? `\n| npm test (tsc + jest) | ${testsSeconds.toFixed(1)} s | | | |` : ""}

## Budget

| Budget | Measured | |
|---|---|---|
${budget.map(([what, got, ok]) => `| ${what} | ${got} | ${ok ? "met" : "**missed**"} |`).join("\n")}

${ROUNDS}${budgetSection}
${EARLIER}`;
}

module.exports = { performanceDoc };
