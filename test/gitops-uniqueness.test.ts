// One GitOps folder, two environments: the repository is compared however its URL is spelled,
// and a folder inside or above another environment's (same repository and revision) is refused.
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { repositoryKey } from "../config/git-url";
import { loadEnvironments } from "../config/loader";
import { formatProblem } from "../config/problems";
import { BASE, merge, tempDir } from "./helpers";

type Patch = Record<string, unknown>;

function load(envs: Record<string, Patch>) {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "envs"));
  for (const [name, patch] of Object.entries(envs)) fs.writeFileSync(path.join(dir, "envs", `${name}.yaml`), stringify(merge(BASE, { name, ...patch })));
  return loadEnvironments(Object.keys(envs).map((n) => `envs/${n}.yaml`), dir);
}

const own = (n: string): Patch => ({
  azure: { resourceGroup: `rg-${n}` },
  cluster: { name: `aks-${n}` },
  registry: { acrName: `acr${n}` },
  dns: { hostname: `${n}.example-corp.com` },
});

const pair = (a: Patch, b: Patch) =>
  load({ prod: { ...own("prod"), gitops: { argocd: { enabled: true }, ...a } }, staging: { ...own("staging"), gitops: { flux: { enabled: true }, ...b } } });

describe("repositoryKey", () => {
  test.each([
    "https://github.com/acme-ai/platform-gitops",
    "https://GitHub.com/acme-ai/platform-gitops",
    "https://github.com/acme-ai/platform-gitops.git",
    "https://github.com/acme-ai/platform-gitops/",
    "https://github.com/acme-ai/platform-gitops.git/",
    "https://github.com:443/acme-ai/platform-gitops.git",
    "http://github.com:80/acme-ai/platform-gitops",
    "ssh://git@github.com/acme-ai/platform-gitops.git",
    "ssh://git@github.com:22/acme-ai/platform-gitops",
    "git@github.com:acme-ai/platform-gitops.git",
    "git@GITHUB.COM:acme-ai/Platform-GitOps",
  ])("%s names github.com/acme-ai/platform-gitops", (url) => {
    expect(repositoryKey(url)).toBe("github.com/acme-ai/platform-gitops");
  });

  test("different repositories stay apart", () => {
    expect(repositoryKey("https://github.com/acme-ai/platform-gitops-2.git")).not.toBe(repositoryKey("https://github.com/acme-ai/platform-gitops.git"));
    expect(repositoryKey("https://gitlab.com/acme-ai/platform-gitops.git")).not.toBe(repositoryKey("https://github.com/acme-ai/platform-gitops.git"));
  });
});

describe("one GitOps folder, two environments", () => {
  const prodRepo = { repoUrl: "https://GitHub.com/acme-ai/platform-gitops", path: "dist/prod" };

  test.each([
    "https://github.com/acme-ai/platform-gitops.git",
    "https://github.com/acme-ai/platform-gitops/",
    "git@github.com:acme-ai/platform-gitops.git",
    "ssh://git@github.com:22/acme-ai/platform-gitops",
  ])("fails when staging spells prod's repository %s and names prod's path", (repoUrl) => {
    const r = pair(prodRepo, { repoUrl, path: "dist/prod" });
    expect(r.problems.map((p) => [p.file, p.path, p.value])).toEqual([["envs/staging.yaml", "gitops.path", "github.com/acme-ai/platform-gitops#main:dist/prod"]]);
    const text = formatProblem(r.problems[0]);
    expect(text).toContain("envs/staging.yaml");
    expect(text).toContain("envs/prod.yaml");
  });

  test.each([
    ["inside", "dist/prod/platform"],
    ["above", "dist"],
  ])("fails when staging's path is %s prod's (same repository and revision)", (_where, stagingPath) => {
    const r = pair(prodRepo, { repoUrl: "https://github.com/acme-ai/platform-gitops.git", path: stagingPath });
    expect(r.problems.map((p) => [p.file, p.path])).toEqual([["envs/staging.yaml", "gitops.path"]]);
    expect(r.problems[0].message).toContain("envs/prod.yaml");
    expect(r.problems[0].message).toMatch(/inside or above/);
  });

  test("neighbouring folders, another revision or another repository pass", () => {
    expect(pair(prodRepo, { repoUrl: "https://github.com/acme-ai/platform-gitops.git", path: "dist/prod-eu" }).problems).toEqual([]);
    expect(pair(prodRepo, { repoUrl: "https://github.com/acme-ai/platform-gitops.git", path: "dist" , revision: "staging" }).problems).toEqual([]);
    expect(pair(prodRepo, { repoUrl: "https://github.com/acme-ai/staging-gitops.git", path: "dist/prod" }).problems).toEqual([]);
  });
});
