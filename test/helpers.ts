// Building environments and synthesizing them in memory for tests.
import { planOf } from "../plan";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Testing } from "cdktf";
import { parseAllDocuments, stringify } from "yaml";
import { renderManifests } from "../charts";
import { loadEnvironmentText, type Environment, type LoadedEnvironment } from "../config/loader";
import type { Problem } from "../config/problems";
import { addEnvironmentStacks } from "../stacks";

export const ROOT = path.resolve(__dirname, "..");

export { BASE, merge } from "./fixtures/base";
import { BASE, merge } from "./fixtures/base";

type Plain = Record<string, unknown>;

/** Parses BASE + patch through the real loader; throws with the problems when it does not load. */
export function loadEnv(patch: Plain = {}, file = "environments/test.yaml"): LoadedEnvironment {
  const result = loadEnvironmentText(file, stringify(merge(BASE, patch)));
  if (!result.environment) {
    throw new Error(`test environment does not load:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join("\n")}`);
  }
  return result.environment;
}

export function makeEnv(patch: Plain = {}): Environment {
  return loadEnv(patch).env;
}

/** Problems of loading BASE + patch (schema problems only). */
export function loadProblems(patch: Plain, file = "environments/test.yaml"): Problem[] {
  return loadEnvironmentText(file, stringify(merge(BASE, patch))).problems;
}

export interface TfJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: unknown; sensitive?: boolean; description?: string }>;
  variable?: Record<string, { type?: string; sensitive?: boolean; description?: string }>;
  provider?: Record<string, Record<string, unknown>[]>;
  terraform?: Record<string, unknown>;
}

/** Both stacks of an environment, synthesized in memory (aspects and validations run). */
export function synthStacks(env: Environment): { azure: string; cluster: string; azureJson: TfJson; clusterJson: TfJson } {
  // Testing.synth writes nothing; a fixed outdir keeps Testing.app from making a temp dir per call.
  const app = Testing.app({ outdir: path.join(os.tmpdir(), "agent-router-azure-tests-unused") });
  const stacks = addEnvironmentStacks(app, planOf(env));
  // As App.synth does: preparing the consuming stack registers the other's cross-stack outputs.
  stacks.azure.prepareStack();
  stacks.cluster.prepareStack();
  const azure = Testing.synth(stacks.azure, true);
  const cluster = Testing.synth(stacks.cluster, true);
  return { azure, cluster, azureJson: JSON.parse(azure), clusterJson: JSON.parse(cluster) };
}

/** All resources of one type in a stack, as a list. */
export function resourcesOf(json: TfJson, type: string): Record<string, unknown>[] {
  return Object.values(json.resource?.[type] ?? {});
}

export function dataOf(json: TfJson, type: string): Record<string, unknown>[] {
  return Object.values(json.data?.[type] ?? {});
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
}

/** Every rendered file of dist/<env>/, keyed by path. */
export function renderFiles(env: Environment): Map<string, string> {
  return new Map(renderManifests(planOf(env)).map((f) => [f.path, f.content]));
}

/** Every Kubernetes object in the rendered manifests. */
export function objectsOf(env: Environment): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const [file, content] of renderFiles(env)) {
    if (!file.endsWith(".k8s.yaml")) continue;
    for (const doc of parseAllDocuments(content)) objects.push(doc.toJS() as K8sObject);
  }
  return objects;
}

/**
 * The Kubernetes objects a stack creates through `kubernetes_manifest` (the SecretProviderClasses
 * of the -cluster stack), as synthesized: Terraform references stay as "${...}" strings.
 */
export function manifestObjectsOf(json: TfJson): K8sObject[] {
  return resourcesOf(json, "kubernetes_manifest").map((r) => r.manifest as K8sObject);
}

export function findObject(objects: readonly K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} among ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(", ")}`);
  return found;
}

export function exampleFiles(): string[] {
  return fs
    .readdirSync(path.join(ROOT, "environments"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => path.join("environments", f));
}

/** The files below `dir` whose names end with `ext` (absolute paths), leaving out the folders in `skip`. */
export function sourceFiles(dir: string, ext = ".ts", skip: readonly string[] = []): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return skip.includes(p) ? [] : sourceFiles(p, ext, skip);
    return e.name.endsWith(ext) ? [p] : [];
  });
}

/** Every file under a directory, relative path → content. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p, "utf8"));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

const tempDirs: string[] = [];

/** A temporary directory, removed after the test file. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ara-test-"));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
