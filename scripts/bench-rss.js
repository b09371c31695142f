"use strict";
// Preloaded by scripts/bench.js into every measured process: records its peak RSS (KiB) and CPU time (µs),
// and, with BENCH_MODULES_FILE, the library modules it loaded (node_modules/ and the generated bindings in
// .gen/), for the library-load floor (scripts/bench-libload.js).
process.on("exit", () => {
  if (process.env.BENCH_MODULES_FILE) {
    const libs = Object.keys(require.cache).filter((f) => /[\\/](node_modules|\.gen)[\\/]/.test(f) && !/bench-rss\.js$/.test(f));
    require("fs").writeFileSync(process.env.BENCH_MODULES_FILE, JSON.stringify(libs));
  }
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  require("fs").writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
