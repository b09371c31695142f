// Every kubectl command the project writes (RUNBOOK.md, cleanup.sh, verify.sh, README, docs)
// that points -f at a directory holding a kustomization.yaml sends kustomization.yaml itself to
// the API server, which rejects it ("no matches for kind Kustomization"): such directories take
// -k. And every -k points at a directory that has a kustomization.yaml.
import { planOf } from "../plan";
import * as fs from "fs";
import * as path from "path";
import { loadEnvironments } from "../config/loader";
import { renderOperatorFiles } from "../runbook";
import { MODES } from "./fixtures/modes";
import { exampleFiles, makeEnv, renderFiles, ROOT } from "./helpers";
import type { Environment } from "../config/loader";

const ENVS: [string, Environment][] = [
  ...loadEnvironments(exampleFiles(), ROOT).environments.map((l) => [l.file, l.env] as [string, Environment]),
  ...Object.entries(MODES).map(([name, patch]) => [`mode: ${name}`, makeEnv({ ...patch, gitops: { repoUrl: "https://git.example.com/x.git", argocd: { enabled: true }, flux: { enabled: true } } })] as [string, Environment]),
];

/** Directories (relative to dist/<env>/, "" for the root) that hold a kustomization.yaml. */
function kustomizeDirs(env: Environment): Set<string> {
  return new Set([...renderFiles(env).keys()].filter((p) => path.basename(p) === "kustomization.yaml").map((p) => path.dirname(p).replace(/^\.$/, "")));
}

interface Target {
  readonly flag: string;
  readonly path: string;
  readonly line: string;
}

/** `kubectl ... -f|-k <path>` in a text, with $here (cleanup.sh) read as dist/<env>. */
export function kubectlTargets(text: string): Target[] {
  const out: Target[] = [];
  for (const line of text.split("\n")) {
    if (!/\bkubectl\b/.test(line)) continue;
    for (const m of line.matchAll(/\s(-f|--filename|-k|--kustomize)(?:=|\s+)("?)([^\s"'`|;&)]+)\2/g)) {
      out.push({ flag: m[1].startsWith("--") ? (m[1] === "--kustomize" ? "-k" : "-f") : m[1], path: m[3], line: line.trim() });
    }
  }
  return out;
}

/** The path relative to dist/<env>/, or undefined when it is not under dist/. */
function distRelative(p: string): string | undefined {
  const norm = p.replace(/^\$\{?here\}?/, "dist/ENV").replace(/\/+$/, "");
  const m = /^(?:\.\/)?dist\/[^/]+(?:\/(.*))?$/.exec(norm);
  return m ? (m[1] ?? "") : undefined;
}

function offenders(env: Environment, texts: readonly string[]): string[] {
  const dirs = kustomizeDirs(env);
  return texts.flatMap((t) =>
    kubectlTargets(t).flatMap((target) => {
      const rel = distRelative(target.path);
      if (rel === undefined) return [];
      if (target.flag === "-f" && dirs.has(rel)) return [`-f on a kustomization directory: ${target.line}`];
      if (target.flag === "-k" && !dirs.has(rel)) return [`-k on a directory without kustomization.yaml: ${target.line}`];
      return [];
    }),
  );
}

test.each(ENVS)("%s: RUNBOOK.md, cleanup.sh and verify.sh use -k for kustomization directories", (_name, env) => {
  const texts = renderOperatorFiles(planOf(env)).map((f) => f.content);
  expect(texts.flatMap(kubectlTargets).length).toBeGreaterThan(0);
  expect(offenders(env, texts)).toEqual([]);
});

test("README.md and docs/ use -k for kustomization directories", () => {
  const env = ENVS.find(([n]) => n.startsWith("mode: gitops"))![1];
  const docs = fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => path.join(ROOT, "docs", f));
  const texts = [path.join(ROOT, "README.md"), ...docs].map((f) => fs.readFileSync(f, "utf8").replace(/dist\/<env>/g, "dist/ENV").replace(/dist\/team-a/g, "dist/ENV"));
  expect(offenders(env, texts)).toEqual([]);
});

test("fails on -f with a kustomization directory (the scanner sees what RUNBOOK.md and cleanup.sh used to say)", () => {
  const env = ENVS.find(([n]) => n.startsWith("mode: gitops"))![1];
  expect(offenders(env, ["kubectl apply -f dist/test/gitops/", 'run kubectl delete -f "$here/gitops" --ignore-not-found || true', "kubectl apply -k dist/test/nowhere"])).toEqual([
    "-f on a kustomization directory: kubectl apply -f dist/test/gitops/",
    '-f on a kustomization directory: run kubectl delete -f "$here/gitops" --ignore-not-found || true',
    "-k on a directory without kustomization.yaml: kubectl apply -k dist/test/nowhere",
  ]);
});
