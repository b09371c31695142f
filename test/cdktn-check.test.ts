// scripts/cdktn-check.js (npm run test:cdktn) needs the npm registry; without it, it says so and exits 0.
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "./helpers";

test("the CDK Terrain check skips, saying why, when the npm registry is unreachable", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "cdktn-check.js")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, npm_config_registry: "http://127.0.0.1:9/", npm_config_fetch_retries: "0", npm_config_offline: "false" },
  });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^SKIPPED the CDK Terrain check: the npm registry is unreachable \(npm view cdktn@0\.24\.0: .+\)\.$/m);
}, 60000);
