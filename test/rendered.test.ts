// The rendered-manifests pattern: the examples' dist/ is committed, so reviewers see every
// change to what the clusters will get; this fails when a fresh synth differs from it.
import * as fs from "fs";
import * as path from "path";
import { main } from "../main";
import { exampleFiles, readTree, ROOT, tempDir } from "./helpers";

test("the committed dist/ is exactly what npm run synth writes (run it and commit the result)", () => {
  const outdir = tempDir();
  expect(main(["synth", "--quiet", "--outdir", outdir], { cwd: ROOT, env: {}, out: () => undefined, err: () => undefined })).toBe(0);
  const fresh = readTree(path.join(outdir, "dist"));
  const committed = readTree(path.join(ROOT, "dist"));
  const differing = [...new Set([...fresh.keys(), ...committed.keys()])].filter((f) => fresh.get(f) !== committed.get(f)).sort();
  expect(differing).toEqual([]);
});

test("dist/ holds the example environments and nothing else", () => {
  expect(fs.readdirSync(path.join(ROOT, "dist")).sort()).toEqual(exampleFiles().map((f) => path.basename(f, ".yaml")).sort());
});

test("kubectl kustomize builds every example's dist/<env>/ and its gitops/ folder (the new RBAC, AppProject and NetworkPolicy objects included)", () => {
  const { spawnSync } = require("child_process") as typeof import("child_process");
  if (spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" }).status !== 0) {
    console.log("SKIPPED: kubectl is not installed here");
    return;
  }
  const failed: string[] = [];
  for (const env of fs.readdirSync(path.join(ROOT, "dist")).sort()) {
    for (const dir of [env, `${env}/gitops`]) {
      const abs = path.join(ROOT, "dist", dir);
      if (!fs.existsSync(path.join(abs, "kustomization.yaml"))) continue;
      const r = spawnSync("kubectl", ["kustomize", abs], { encoding: "utf8" });
      if (r.status !== 0) failed.push(`${dir}: ${r.stderr.trim()}`);
    }
  }
  expect(failed).toEqual([]);
});
