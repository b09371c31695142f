// Variables the libraries read from the process's environment, over the project's own settings:
// none may change what synth writes. cdk8s stops sorting keys under CDK8S_DISABLE_SORT; cdktf
// synthesizes HCL under SYNTH_HCL_OUTPUT=true (what `cdktf synth --hcl` sets).
import * as fs from "fs";
import * as path from "path";
import { main } from "../main";
import { readTree, ROOT, tempDir } from "./helpers";

test("CDK8S_DISABLE_SORT in a user's shell changes no file synth writes, and is left as it was", () => {
  // cdk8s reads it from the process's environment; prod's gitops/ objects came out unsorted.
  const synth = (outdir: string) =>
    main(["synth", "--config", "environments/prod.yaml", "--outdir", outdir, "--quiet"], { cwd: ROOT, env: { PATH: process.env.PATH }, out: () => undefined, err: () => undefined });
  const dir = tempDir();
  expect(synth(path.join(dir, "sorted"))).toBe(0);
  const saved = process.env.CDK8S_DISABLE_SORT;
  process.env.CDK8S_DISABLE_SORT = "1";
  try {
    expect(synth(path.join(dir, "unsorted"))).toBe(0);
    expect(process.env.CDK8S_DISABLE_SORT).toBe("1");
  } finally {
    if (saved === undefined) delete process.env.CDK8S_DISABLE_SORT;
    else process.env.CDK8S_DISABLE_SORT = saved;
  }
  const sorted = readTree(path.join(dir, "sorted"));
  expect(sorted.size).toBeGreaterThan(10);
  expect(readTree(path.join(dir, "unsorted"))).toEqual(sorted);
});

test.each(["true", "1"])("SYNTH_HCL_OUTPUT=%s (cdktf synth --hcl) is refused with the fix, and nothing is written", (value) => {
  // cdktf's App reads it over its own configuration and names the stacks cdk.tf; synth ended in an
  // internal error ("no staged stack file for stacks/dev-azure/cdk.tf.json").
  const outdir = path.join(tempDir(), "out");
  const err: string[] = [];
  const code = main(["synth", "--config", "environments/dev.yaml", "--outdir", outdir, "--quiet"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, SYNTH_HCL_OUTPUT: value },
    out: () => undefined,
    err: (l) => err.push(l),
  });
  expect(code).toBe(2);
  expect(err.join("\n")).toContain(`synth: SYNTH_HCL_OUTPUT=${value} asks for Terraform HCL (cdktf synth --hcl), but this project writes Terraform JSON`);
  expect(err.join("\n")).toContain("fix: run cdktf synth without --hcl, or unset SYNTH_HCL_OUTPUT");
  expect(fs.existsSync(outdir)).toBe(false);
});
