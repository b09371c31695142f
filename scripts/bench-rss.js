"use strict";
// Preloaded by scripts/bench.js into every measured process: records its peak RSS (KiB) and CPU time (µs),
// and, with BENCH_MODULES_FILE, the library modules it loaded (node_modules/, and the generated bindings:
// the providers' in .gen/, the CRDs' in imports/), for the library-load floor (scripts/bench-libload.js).
const path = require("path");
const root = path.resolve(__dirname, "..");
process.on("exit", () => {
  if (process.env.BENCH_MODULES_FILE) {
    // loaded only here: the measured runs do not load it
    const { isLibraryPath } = require("./bench-split");
    const libs = Object.keys(require.cache).filter((f) => isLibraryPath(path.relative(root, f)));
    require("fs").writeFileSync(process.env.BENCH_MODULES_FILE, JSON.stringify(libs));
  }
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  require("fs").writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
