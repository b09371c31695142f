// Both Terraform stacks of each environment, in the order cdktf deploys them.
import * as path from "path";
import { AnnotationMetadataEntryType, App, Manifest, TerraformElement, TerraformOutput, TerraformStack, type StackManifest } from "cdktf";
import { resolve } from "cdktf/lib/_tokens";
import { invokeAspects } from "cdktf/lib/synthesize/synthesizer";
import { deepMerge } from "cdktf/lib/util";
import { ValidateProviderPresence } from "cdktf/lib/validations/validate-provider-presence";
import type { IConstruct } from "constructs";
import type { Plan } from "../plan";
import { AzureStack } from "./azure-stack";
import { ClusterStack } from "./cluster-stack";
import { terraformLiterals } from "./terraform-literal";

export { AzureStack } from "./azure-stack";
export { ClusterStack } from "./cluster-stack";

// cdktf records a complete stack trace (Error.stackTraceLimit = MAX_SAFE_INTEGER) for every
// token it creates, only to decorate token-resolution errors. Measured: about a fifth of the
// synth time of a 50-environment fleet (docs/performance.md). The project validates every
// environment before any construct exists, so those traces would never reach a user; turn
// them off. cdktf is pinned (0.21.0, archived upstream), so this internal module is stable.
const cdktfVersion = (require("cdktf/package.json") as { version: string }).version;
/**
 * The serializer the core library writes stacks and manifest.json with, from its own bundled
 * dependencies: json-stable-stringify in cdktf 0.21, safe-stable-stringify in CDK Terrain (the
 * rename keeps `cdktf/package.json` pointing at whichever is installed; scripts/cdktn-check.js).
 */
const stableStringify: (value: unknown) => string = (() => {
  const core = [path.dirname(require.resolve("cdktf/package.json"))];
  try {
    const json = require(require.resolve("json-stable-stringify", { paths: core })) as (value: unknown, opts: { space: number }) => string;
    return (value: unknown) => json(value, { space: 2 });
  } catch {
    const safe = require(require.resolve("safe-stable-stringify", { paths: core })) as { default: (value: unknown, replacer: null, space: number) => string };
    return (value: unknown) => safe.default(value, null, 2);
  }
})();

const tokenStackTraces = require("cdktf/lib/tokens/private/stack-trace") as { captureStackTrace: () => string[] };
tokenStackTraces.captureStackTrace = () => [];

/** The one place config enters the stacks: every string as a Terraform literal (terraform-literal.ts). */
export function addEnvironmentStacks(app: App, plan: Plan): { azure: AzureStack; cluster: ClusterStack } {
  const literal = terraformLiterals(plan);
  const azure = new AzureStack(app, literal);
  const cluster = new ClusterStack(app, literal, azure);
  return { azure, cluster };
}

/**
 * Synthesizes every environment's stacks into `outdir` (cdktf.out layout: manifest.json,
 * stacks/<name>/cdk.tf.json).
 *
 * cdktf's own validations are replaced by the one that concerns the configuration (every
 * resource has its provider): the others run `terraform version` on this machine, which costs a
 * process per synth and fails where terraform is not installed — synthesis must not need it.
 */
export function synthesizeStacks(plans: readonly Plan[], outdir: string): void {
  // No stack traces in manifest.json: they hold absolute paths and differ between runs.
  const app = new App({ outdir, skipValidation: true, stackTraces: false });
  const stacks = plans.flatMap((plan) => Object.values(addEnvironmentStacks(app, plan)));
  const errors = stacks.flatMap((s) => new ValidateProviderPresence(s).validate().map((e) => `[${s.node.id}] ${e}`));
  if (errors.length) throw new Error(`stack validation failed:\n  ${errors.join("\n  ")}`);
  app.synth();
}


/** One synthesized stack: its Terraform JSON, the bytes cdktf writes for it, and its manifest.json entry. */
export interface SynthesizedStack {
  readonly name: string;
  readonly json: Record<string, unknown>;
  /** stacks/<name>/cdk.tf.json as cdktf's synthesizer writes it. */
  readonly text: string;
  readonly manifest: StackManifest;
}

// Each environment's stacks are synthesized once per process: the replacement guard compares them
// with dist/<env>/force-new.json, then synth writes the same documents (stackFiles). Keyed by the
// plan (planOf resolves each loaded environment once); a new load is a new key.
const synthesized = new WeakMap<Plan, SynthesizedStack[]>();

/**
 * Both stacks of an environment, in memory, exactly as synthesizeStacks writes them (prepared,
 * aspects applied, the same JSON text and manifest entry): what check and synth compare with
 * dist/<env>/force-new.json (checks/replacements), and what synth writes (stackFiles). Writes
 * nothing: cdktf's App creates <outdir>/stacks/ when it is missing, and the outdir given is this
 * folder's parent, whose stacks/ is this folder.
 */
export function synthesizeEnvironment(plan: Plan): SynthesizedStack[] {
  const known = synthesized.get(plan);
  if (known) return known;
  const app = new App({ outdir: path.dirname(__dirname), skipValidation: true, stackTraces: false });
  const { azure, cluster } = addEnvironmentStacks(app, plan);
  const errors = [azure, cluster].flatMap((s) => new ValidateProviderPresence(s).validate().map((e) => `[${s.node.id}] ${e}`));
  if (errors.length) throw new Error(`stack validation failed:\n  ${errors.join("\n  ")}`);
  // What App.synth does for each stack (cdktf/lib/app.js, cdktf/lib/synthesize/synthesizer.js),
  // minus the file writes and the validations skipValidation turns off, and with the -cluster
  // stack resolved once instead of twice (preparedTerraform). Its resolution adds the outputs of
  // the cross-stack references to the -azure stack, so it goes first.
  azure.prepareStack(); // the backend only: AzureStack references no other stack
  invokeAspects(cluster);
  const clusterJson = preparedTerraform(cluster);
  const clusterAnnotations = checkedAnnotations(cluster);
  invokeAspects(azure);
  const azureAnnotations = checkedAnnotations(azure);
  const azureJson = preparedTerraform(azure, false);
  const result = ([[azure, azureJson, azureAnnotations], [cluster, clusterJson, clusterAnnotations]] as const).map(([s, json, annotations]) => ({
    name: s.node.id,
    json,
    text: stableStringify(json),
    manifest: { ...app.manifest.forStack(s), annotations },
  }));
  synthesized.set(plan, result);
  return result;
}

/** The stack's annotations as the manifest lists them; throws on an error annotation, as App.synth does. */
function checkedAnnotations(s: TerraformStack): StackManifest["annotations"] {
  const levels = Object.values(AnnotationMetadataEntryType) as string[];
  const annotations = s.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => levels.includes(m.type))
      .map((m) => ({ constructPath: c.node.path, level: m.type as AnnotationMetadataEntryType, message: m.data as string, stacktrace: m.trace })),
  );
  const failed = annotations.filter((a) => a.level === AnnotationMetadataEntryType.ERROR);
  if (failed.length) throw new Error(`stack synthesis failed:\n  ${failed.map((a) => `[${a.constructPath}] ${a.message}`).join("\n  ")}`);
  return annotations;
}

/** The stack's Terraform elements in construct order, not those of nested stacks (terraformElements in cdktf/lib/terraform-stack.js). */
function elementsOf(node: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(node)) into.push(node);
  for (const child of node.node.children) if (!TerraformStack.isStack(child)) elementsOf(child, into);
  return into;
}

/**
 * `stack.prepareStack()` then `stack.toTerraform()` in one resolution (cdktf/lib/terraform-stack.js).
 * cdktf resolves every element of a stack twice: prepareStack resolves each element's
 * configuration in "preparing" mode only to discover cross-stack references (the one thing that
 * mode changes: a reference to another stack's attribute registers an output there and a remote
 * state here, tfExpression.js Reference.resolve), then toTerraform resolves them again to write
 * them. Resolving each element once in preparing mode gives the same values (a registered
 * reference resolves to the same remote-state expression in either mode); elements that the pass
 * adds (the remote state) are resolved after it. The rest is toTerraform as cdktf 0.21 writes it,
 * in the same order. About 15 ms of CPU per -cluster stack on a cold run (docs/performance.md);
 * test/synth-once.test.ts compares the bytes with App.synth on the examples and a fleet.
 */
export function preparedTerraform(stack: TerraformStack, preparing = true): Record<string, unknown> {
  stack.ensureBackendExists();
  const fragments = new Map<TerraformElement, unknown>();
  for (let elements = elementsOf(stack); ; elements = elementsOf(stack)) {
    const added = elements.filter((e) => !fragments.has(e));
    if (!added.length) break;
    for (const e of added) fragments.set(e, resolvedData(stack, e.toTerraform(), preparing));
  }
  const elements = elementsOf(stack);
  const internals = stack as unknown as { cdktfVersion: string; rawOverrides: Record<string, unknown> };
  const tf: Record<string, unknown> = {};
  const metadata = {
    version: internals.cdktfVersion,
    stackName: stack.node.id,
    backend: "local",
    cloud: undefined,
    ...(Object.keys(internals.rawOverrides).length > 0 ? { overrides: { stack: Object.keys(internals.rawOverrides) } } : {}),
  };
  for (const meta of elements.map((e) => resolve(stack, e.toMetadata()))) deepMerge(metadata, meta);
  const outputs = {};
  for (const item of elements) {
    if (!TerraformOutput.isTerraformOutput(item)) continue;
    deepMerge(outputs, item.node.path.split("/").reduceRight<Record<string, unknown>>((inner, part) => (Object.keys(inner).length === 0 ? { [part]: item.friendlyUniqueId } : { [part]: inner }), {}));
  }
  tf["//"] = { metadata, outputs };
  for (const e of elements) deepMerge(tf, fragments.get(e));
  deepMerge(tf, internals.rawOverrides);
  // cdktf resolves the merged document once more, for the stack's overrides (addOverride values
  // can be tokens): over resolved fragments that pass only drops undefined values.
  return resolvedData(stack, tf, false) as Record<string, unknown>;
}

/**
 * cdktf's `resolve(stack, v, preparing)` (cdktf/lib/tokens/private/resolve.js), walking plain
 * data itself and handing cdktf only the values it could change. cdktf's resolve builds a context
 * with closures for every value it visits, tokens or not: most of a stack's values are literals
 * (about 25 ms of a cold synth of the examples went there). What this walk does for plain data is
 * what resolve does (a copy without undefined values); it hands over, whole, each value resolve
 * could change: a string with a token marker (`${TfToken[`, `#{TfToken[`, `&{TfToken[`) or a
 * number that spells an encoded token (encoding.js, NUMBER_TOKEN_REGEX), a number in the range of
 * encoded tokens, an array holding a list token, an object with a token in a key, anything that is
 * not plain data (a token, a Date, a function), and anything nested deeper than resolve allows
 * (cdktf then reports its circular-reference error). The contexts resolve passes down carry
 * nothing until a token sets them, so a value handed over at any depth resolves as it would have
 * in place; only the path in an error message starts there.
 *
 * One difference, deliberate: resolve refuses any object with both `_children` and `_metadata`
 * (its guess at a construct, isConstruct), and an environment's Azure tags may be named so. The
 * plan holds data, never constructs, and the tags are written as they are.
 */
function resolvedData(stack: TerraformStack, v: unknown, preparing: boolean, depth = 0): unknown {
  if (v === null || v === undefined || typeof v === "boolean") return v;
  if (typeof v === "string") return literalString(v) ? v : resolve(stack, v, preparing);
  if (typeof v === "number") return literalNumber(v) ? v : resolve(stack, v, preparing);
  if (depth > MAX_DEPTH) return resolve(stack, v, preparing);
  if (Array.isArray(v)) {
    // resolve takes an array whole when it holds a list token (a string one, or a number one);
    // any other element, token or not, it resolves on its own, as this walk does.
    if (v.some((x) => (typeof x === "string" ? x.includes("#{TfToken[") : typeof x === "number" && !literalNumber(x)))) return resolve(stack, v, preparing);
    const out: unknown[] = [];
    for (const x of v) {
      const r = resolvedData(stack, x, preparing, depth + 1);
      if (r !== undefined) out.push(r);
    }
    return out;
  }
  const proto = typeof v === "object" ? Object.getPrototypeOf(v) : undefined;
  const plain = (proto === Object.prototype || proto === null) && typeof (v as { resolve?: unknown }).resolve !== "function";
  if (!plain || !Object.keys(v as object).every(literalString)) return resolve(stack, v, preparing);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v as object)) {
    const r = resolvedData(stack, (v as Record<string, unknown>)[key], preparing, depth + 1);
    if (r !== undefined) out[key] = r;
  }
  return out;
}

/** resolve's limit on nesting (resolve.js: a prefix longer than 200 is a circular reference). */
const MAX_DEPTH = 200;
/** What resolve reads as a number inside a string (encoding.js, NUMBER_TOKEN_REGEX). */
const NUMBER_IN_STRING = /[-|\d|.+]+(e[-|\d|.|e|E|+]+)/g;
/** Encoded tokens are doubles of about -8.1e298 (numbers) and -1.9e289 (lists): nothing a configuration writes. */
const TOKEN_RANGE = 1e200;

/**
 * A string cdktf's resolve returns unchanged: no token marker, no number in it that could be an
 * encoded token however it is spelled (resolve looks each one up with parseFloat), not one of the
 * two values it refuses (Token.STRING_MAP_TOKEN_VALUE, ANY_MAP_TOKEN_VALUE).
 */
function literalString(s: string): boolean {
  if (s.includes("TfToken[") || s.endsWith(" Map Token Value")) return false;
  if (!s.includes("e")) return true;
  for (const m of s.matchAll(NUMBER_IN_STRING)) if (Math.abs(parseFloat(m[0])) > TOKEN_RANGE) return false;
  return true;
}
/** A number cdktf's resolve returns unchanged: not in the range of encoded tokens, not Token.NUMBER_MAP_TOKEN_VALUE. */
const literalNumber = (n: number): boolean => Math.abs(n) <= TOKEN_RANGE && n !== -123456789;

/** Both stacks of an environment as Terraform JSON objects (synthesizeEnvironment). */
export function stackDocuments(plan: Plan): { name: string; json: Record<string, unknown> }[] {
  return synthesizeEnvironment(plan).map(({ name, json }) => ({ name, json }));
}

/**
 * Every environment's stacks as cdktf.out's files (manifest.json, stacks/<name>/cdk.tf.json;
 * paths relative to it), byte for byte what synthesizeStacks writes, from the documents
 * synthesizeEnvironment already made (the replacement guard's): synth synthesizes each stack once.
 */
export function stackFiles(plans: readonly Plan[]): { path: string; content: string }[] {
  const stacks = plans.flatMap(synthesizeEnvironment);
  const manifest = { version: cdktfVersion, stacks: Object.fromEntries(stacks.map((s) => [s.name, s.manifest])) };
  return [
    ...stacks.map((s) => ({ path: s.manifest.synthesizedStackPath, content: s.text })),
    { path: Manifest.fileName, content: stableStringify(manifest) },
  ];
}
