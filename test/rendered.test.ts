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
