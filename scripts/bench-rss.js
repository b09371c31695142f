"use strict";
// Preloaded by scripts/bench.js into every measured process: records its peak RSS (KiB) and CPU time (µs).
process.on("exit", () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  require("fs").writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
