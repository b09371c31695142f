// Reads environment files, validates them against the schema and reports every problem at
// once, each with file, field path, line, bad value and fix. Never throws on bad input.
import * as fs from "fs";
import * as path from "path";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import { clusterResourceGroup, cloudWorkspace, gitopsPath, reusesResourceGroup, stackNames, stateKey, usesAcr } from "./derived";
import { repositoryKey } from "./git-url";
import { EnvironmentSchema, type EnvironmentConfig } from "./schema";
import type { Problem } from "./problems";
import { findMisindentation } from "./yaml-messages";

/** The yaml library's codes for a line at the wrong column (its own messages name where parsing broke). */
const INDENTATION_ERRORS = new Set(["BAD_INDENT", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "MISSING_CHAR", "UNEXPECTED_TOKEN"]);

export type Environment = EnvironmentConfig;

export interface LoadedEnvironment {
  /** The file as the user named it (kept relative for messages). */
  readonly file: string;
  readonly env: Environment;
  /** Line of a field path in the file, when it is written there. */
  readonly lineOf: (path: string) => number | undefined;
}

export interface LoadResult {
  readonly environments: LoadedEnvironment[];
  /**
   * What the preflight rules can read: `environments`, plus each file whose only schema problem
   * is an unknown field (set aside), so one run reports a typo and a rule error together. A
   * file here but not in `environments` has an error already: it is never synthesized.
   */
  readonly checkable: LoadedEnvironment[];
  readonly problems: Problem[];
}

/**
 * Environment files are a few kilobytes; anything past this is refused unread, so a wrong
 * path (a log, an image, /dev/zero) cannot hang the tool or fill the terminal.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

type PathSegment = string | number;

/**
 * Loads and validates every file; a file with problems yields no environment. Files are
 * named in messages as given, and read relative to `baseDir`.
 */
export function loadEnvironments(files: readonly string[], baseDir = process.cwd()): LoadResult {
  const environments: LoadedEnvironment[] = [];
  const checkable: LoadedEnvironment[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const result = loadEnvironmentText(file, readFile(file, path.resolve(baseDir, file), problems));
    problems.push(...result.problems);
    if (result.environment) environments.push(result.environment);
    if (result.environment ?? result.checkable) checkable.push((result.environment ?? result.checkable)!);
  }
  problems.push(...duplicateNames(environments, siblings(files, baseDir)));
  return { environments, checkable, problems };
}

const PASS_A_FILE = "pass the path of an environment file, e.g. --config environments/dev.yaml";

/** A binary file (an image, an archive, a key store) given as an environment: one line, not one per line of it. */
const NOT_TEXT = "is not a YAML text file";
const NOT_TEXT_FIX = "pass an environment file, UTF-8 YAML text such as --config environments/dev.yaml";

/**
 * A character YAML does not allow in a stream (YAML 1.2, 5.1 "c-printable": only tab, line
 * feed, carriage return, NEL and printable characters): a NUL or another control character
 * means a binary file, whose YAML errors would fill the terminal.
 */
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** At most this many YAML syntax errors are listed for one file; the first ones are what to fix. */
const MAX_SYNTAX_ERRORS = 10;

/** A regular file of at most MAX_FILE_BYTES, checked before it is opened (a FIFO would block the open). */
function readFile(file: string, fullPath: string, problems: Problem[]): string | undefined {
  const refuse = (message: string, fix = PASS_A_FILE) => {
    problems.push(fileProblem(file, message, fix));
    return undefined;
  };
  let fd: number | undefined;
  try {
    const st = fs.statSync(fullPath);
    if (st.isDirectory()) return refuse("is a directory, not an environment file");
    if (!st.isFile()) return refuse("is not a regular file (a device, pipe or socket); it is not read");
    if (st.size > MAX_FILE_BYTES) return refuse(`is ${st.size} bytes; an environment file is at most ${MAX_FILE_BYTES} bytes`);
    fd = fs.openSync(fullPath, "r");
    // The size is read again from the open file, and never more than the limit (it may grow).
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FILE_BYTES) return refuse(`is larger than ${MAX_FILE_BYTES} bytes; an environment file is a few kilobytes`);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      return refuse(`${NOT_TEXT} (it is not UTF-8)`, NOT_TEXT_FIX);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return refuse("file not found");
    if (code === "EACCES" || code === "EPERM") return refuse("cannot be read (permission denied)", "make the file readable (chmod u+r) or pass another file");
    return refuse(`cannot read the file (${code ?? "unknown error"})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Validates one file's text. Exported for tests and the config fuzzer. */
export function loadEnvironmentText(
  file: string,
  text: string | undefined,
): { environment?: LoadedEnvironment; checkable?: LoadedEnvironment; problems: Problem[] } {
  if (text === undefined) return { problems: [] };
  const binary = NON_PRINTABLE.exec(text);
  if (binary) {
    const line = text.slice(0, binary.index).split("\n").length;
    const code = binary[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return { problems: [{ ...fileProblem(file, `${NOT_TEXT} (it holds the control character U+${code}, which YAML does not allow)`, NOT_TEXT_FIX), line }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const syntax = doc.errors.map<Problem>((err) => ({
    ...fileProblem(file, `YAML syntax error: ${err.message.split("\n")[0]}`, "correct the YAML syntax at that line"),
    line: lineAt(err.pos[0]),
  }));
  if (syntax.length) {
    // An indentation mistake: one problem at the line to change, instead of the parser's view.
    const indentation = doc.errors.some((e) => INDENTATION_ERRORS.has(e.code)) ? findMisindentation(text) : undefined;
    if (indentation) return { problems: [{ ...fileProblem(file, `YAML indentation error: ${indentation.message}`, indentation.fix), line: indentation.line }] };
  }
  if (syntax.length > MAX_SYNTAX_ERRORS) {
    const rest = syntax.length - MAX_SYNTAX_ERRORS;
    return {
      problems: [
        ...syntax.slice(0, MAX_SYNTAX_ERRORS),
        { ...fileProblem(file, `and ${rest} more YAML syntax error${rest === 1 ? "" : "s"} (not listed)`, "correct the errors above first; is this an environment file?"), line: syntax[MAX_SYNTAX_ERRORS].line },
      ],
    };
  }
  if (syntax.length) return { problems: syntax };
  // A mapping or list used as a key (`? [a, b]: x`, `{a: 1}: x`) has no place in an environment
  // file; the yaml library would stringify it for a JS object and warn on the console.
  const collectionKeys = collectionKeyLines(doc).map<Problem>((offset) => ({
    ...fileProblem(file, "a key must be a plain word, not a mapping, a list, an alias or a tagged value", "write the key as a plain word, e.g. tier:"),
    line: lineAt(offset),
  }));
  if (collectionKeys.length) return { problems: collectionKeys };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { problems: [fileProblem(file, `cannot be read as data: ${(e as Error).message}`, "remove YAML anchors and aliases")] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      problems: [
        fileProblem(file, "must be a YAML mapping of environment fields", "start from environments/dev.yaml; see docs/configuration.md"),
      ],
    };
  }

  const lineOf = (path: string) => locate(doc, lineCounter, path);
  const parsed = EnvironmentSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => issueToProblems(file, issue, lineOf));
    // When unknown fields are the only problem, the rules still run on the rest of the file.
    if (!parsed.error.issues.every((i) => i.code === "unrecognized_keys")) return { problems };
    const known = withoutKeys(data, parsed.error.issues as Extract<Issue, { code: "unrecognized_keys" }>[]);
    const retry = EnvironmentSchema.safeParse(known);
    return retry.success ? { checkable: { file, env: retry.data, lineOf }, problems } : { problems };
  }
  return { environment: { file, env: parsed.data, lineOf }, problems: [] };
}

/** A copy of `data` without the keys zod reported as unknown. */
function withoutKeys(data: unknown, issues: readonly Extract<Issue, { code: "unrecognized_keys" }>[]): unknown {
  const copy = structuredClone(data) as Record<PropertyKey, unknown>;
  for (const issue of issues) {
    let node: unknown = copy;
    for (const seg of issue.path) node = (node as Record<PropertyKey, unknown> | undefined)?.[seg];
    if (node && typeof node === "object") for (const key of issue.keys) delete (node as Record<string, unknown>)[key];
  }
  return copy;
}

/** Offsets of every key that would not be a plain string in JS (the yaml library warns on those). */
function collectionKeyLines(doc: Document): number[] {
  const found: number[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        // A collection, an alias, or a scalar whose value is an object (!!binary, !!timestamp).
        if (isMap(key) || isSeq(key) || isAlias(key) || (isScalar(key) && key.value !== null && typeof key.value === "object")) {
          found.push((key as Node).range?.[0] ?? 0);
        }
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item, depth + 1);
  };
  visit(doc.contents, 0);
  return found;
}

function fileProblem(file: string, message: string, fix: string): Problem {
  return { severity: "error", rule: "AR000", file, path: "", message, fix };
}

/**
 * The other environment files next to the given ones (same directory), that load without a
 * problem: `check --config environments/team-a.yaml` must see that team-a.yaml is a copy of
 * dev.yaml. Their own problems are not reported here (a broken neighbour blocks nothing).
 */
function siblings(files: readonly string[], baseDir: string): LoadedEnvironment[] {
  // A file is the same file by device and inode, not by its spelling: on a case-insensitive file
  // system (macOS, Windows) `--config Dev.yaml` is the `dev.yaml` readdir lists, and a hard link
  // or a symlinked directory names it twice too. Loading it again would claim its names twice.
  const identity = (file: string): string => {
    try {
      const st = fs.statSync(file);
      return `${st.dev}:${st.ino}`;
    } catch {
      return path.resolve(file);
    }
  };
  const given = new Set(files.map((f) => identity(path.resolve(baseDir, f))));
  const out: LoadedEnvironment[] = [];
  for (const dir of [...new Set(files.map((f) => path.dirname(f)))]) {
    let names: string[];
    try {
      names = fs.readdirSync(path.resolve(baseDir, dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      if (given.has(identity(path.resolve(baseDir, file)))) continue;
      // The same limits as a named file (regular, at most MAX_FILE_BYTES): a FIFO beside it must not hang check.
      const text = readFile(file, path.resolve(baseDir, file), []);
      if (text === undefined) continue;
      const loaded = loadEnvironmentText(file, text).environment;
      if (loaded) out.push(loaded);
    }
  }
  return out;
}

/** One name an environment claims, which no other environment of the repository may claim too. */
interface Claim {
  readonly path: string;
  readonly what: string;
  /** Compared case-insensitively (Azure names, hostnames). */
  readonly key: string;
  /** The subscription it lives in, when the name is unique per subscription only and the file says. */
  readonly subscription?: string;
  /** For a resource group: whether this environment creates it (two readers do not collide). */
  readonly creates?: boolean;
  /** The key ends in a folder: one inside or above the other collides too. */
  readonly folder?: boolean;
  readonly why: string;
}

function claims(env: Environment): Claim[] {
  const sub = env.azure.subscriptionId;
  const out: Claim[] = [{ path: "name", what: "name", key: env.name, why: "stacks and dist/ folders would collide" }];
  if (usesAcr(env) && env.registry.acrName) {
    out.push({ path: "registry.acrName", what: "ACR name", key: env.registry.acrName, why: "ACR names are globally unique (Step 4), so the second registry cannot be created" });
  }
  if (env.dns.hostname) {
    out.push({ path: "dns.hostname", what: "hostname", key: env.dns.hostname, why: "both data planes would be registered under one URL, with one DNS record and one certificate" });
  }
  out.push({
    path: "cluster.name",
    what: "cluster",
    key: `${clusterResourceGroup(env)}/${env.cluster.name}`,
    subscription: sub,
    why: "tare install puts every data plane in the namespaces tars-system and tars-dataplane, so a second one in the same cluster overwrites the first",
  });
  out.push({
    path: "azure.resourceGroup",
    what: "resource group",
    key: env.azure.resourceGroup,
    subscription: sub,
    creates: !reusesResourceGroup(env),
    why: "the -azure stack that creates it deletes it, with everything in it, on destroy",
  });
  const stacks = stackNames(env);
  if (env.state.backend === "azurerm" && env.state.azurerm) {
    const a = env.state.azurerm;
    for (const stack of [stacks.azure, stacks.cluster]) {
      out.push({ path: "state.azurerm.keyPrefix", what: "state blob", key: `${a.storageAccountName}/${a.containerName}/${stateKey(env, stack)}`, why: "two stacks would share one Terraform state" });
    }
  }
  if (env.state.backend === "cloud" && env.state.cloud) {
    const c = env.state.cloud;
    for (const stack of [stacks.azure, stacks.cluster]) {
      out.push({ path: "state.cloud.workspacePrefix", what: "Terraform Cloud workspace", key: `${c.hostname}/${c.organization}/${cloudWorkspace(env, stack)}`, why: "two stacks would share one Terraform state" });
    }
  }
  if (env.gitops.argocd.enabled || env.gitops.flux.enabled) {
    out.push({
      path: "gitops.path",
      what: "GitOps path (the same folder of the same repository, or one inside or above it)",
      // The repository however its URL is spelled (config/git-url.ts); a folder inside or above
      // another's collides too: a controller on the outer one applies (and prunes) the inner one.
      key: `${env.gitops.repoUrl ? repositoryKey(env.gitops.repoUrl) : ""}#${env.gitops.revision}:${gitopsPath(env).replace(/\/+$/, "")}`,
      folder: true,
      why: "two GitOps controllers would sync one directory (or one would apply, and prune, the other's folder inside its own)",
    });
  }
  return out;
}

function sameKey(a: Claim, b: Claim): boolean {
  const [x, y] = [a.key.toLowerCase(), b.key.toLowerCase()];
  return x === y || (!!a.folder && !!b.folder && (x.startsWith(`${y}/`) || y.startsWith(`${x}/`)));
}

function collide(a: Claim, b: Claim): boolean {
  if (a.path !== b.path || !sameKey(a, b)) return false;
  // Unique per subscription: only when both files name different subscriptions are they apart.
  if (a.subscription && b.subscription && a.subscription !== b.subscription) return false;
  // A resource group that both environments only read (an existing cluster's) is shared on purpose.
  if (a.creates === false && b.creates === false) return false;
  return true;
}

/**
 * Names that must be unique across the environments of one repository (issue 15: a copy of
 * dev.yaml with only `name:` changed must not pass): the environment name, the ACR name, the
 * hostname, the cluster (resource group + name, created or reused: the data-plane namespaces are
 * fixed), a resource group an environment creates, state blobs and workspaces, GitOps paths.
 * Each problem is on the later file and names the earlier one (or a neighbouring file).
 */
function duplicateNames(environments: readonly LoadedEnvironment[], neighbours: readonly LoadedEnvironment[] = []): Problem[] {
  const problems: Problem[] = [];
  const earlier: { file: string; claims: Claim[] }[] = neighbours.map((n) => ({ file: n.file, claims: claims(n.env) }));
  for (const { file, env, lineOf } of environments) {
    const mine = claims(env);
    const reported = new Set<string>();
    for (const claim of mine) {
      if (reported.has(claim.path)) continue;
      const other = earlier.find((o) => o.claims.some((c) => collide(claim, c)));
      if (!other) continue;
      reported.add(claim.path);
      const line = lineOf(claim.path);
      problems.push({
        severity: "error",
        rule: "AR000",
        file,
        path: claim.path,
        message: `is also the ${claim.what} of ${other.file}; ${claim.why}`,
        value: claim.key,
        line: line ?? lineOf(claim.path.split(".")[0]),
        fix: claim.path === "name" ? "give every environment file a unique name" : `give ${env.name} its own ${claim.path}${claim.what === "cluster" ? " (or a different resource group)" : ""}`,
      });
    }
    earlier.push({ file, claims: mine });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// Turning zod issues into problems with a fix.

type Issue = z.core.$ZodIssue;

function issueToProblems(file: string, issue: Issue, lineOf: (path: string) => number | undefined): Problem[] {
  const segments = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const path = joinPath(segments);
  const base = { severity: "error" as const, rule: "AR000", file };

  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(segments);
    return issue.keys.map((key) => {
      const keyPath = joinPath([...segments, key]);
      const suggestion = closest(key, known);
      // A field spelled exactly as one of another section (a dedented line) is placed, not
      // respelled: `dataplane` under the root is cluster.network's, not a typo of `dataPlane`.
      const misplaced = misplacedFix(key, lineOf(keyPath), lineOf);
      return {
        ...base,
        path: keyPath,
        message: "unknown field (a typo is never ignored)",
        line: lineOf(keyPath),
        fix: misplaced ?? (suggestion ? `did you mean "${suggestion}"?` : `remove it; the fields allowed here are ${known.map((k) => `"${k}"`).join(", ")}`),
      };
    });
  }

  const line = lineOf(path);
  const input = (issue as { input?: unknown }).input;
  // A block whose fields were all deleted (`keyVault:` alone) is null: name what it needs.
  if (issue.code === "invalid_type" && input === null && issue.expected === "object") {
    const s = unwrap(schemaAt(segments));
    const shape = s?._zod.def.type === "object" ? (s._zod.def.shape as Record<string, AnySchema>) : {};
    const required = Object.keys(shape).filter((k) => !["optional", "default", "prefault"].includes(shape[k]._zod.def.type as string));
    if (required.length) {
      return required.map((k) => ({ ...base, path: joinPath([...segments, k]), message: `is required (${path}: is written with nothing under it)`, line, fix: requiredFix([...segments, k]) }));
    }
    return [{ ...base, path, message: "is empty (nothing under it)", line, fix: `remove the line "${String(segments[segments.length - 1])}:" to use the defaults, or add its fields under it (docs/configuration.md)` }];
  }
  if (issue.code === "invalid_type" && input === undefined) {
    return [
      {
        ...base,
        path,
        message: "is required",
        line: line ?? lineOf(joinPath(segments.slice(0, -1))),
        fix: requiredFix(segments),
      },
    ];
  }
  if (issue.code === "invalid_type") {
    return [{ ...base, path, message: `must be ${article(issue.expected)}`, value: input, line, fix: `write ${path} as ${article(issue.expected)}` }];
  }
  if (issue.code === "invalid_value") {
    const options = issue.values.map((v) => JSON.stringify(v));
    const suggestion = typeof input === "string" ? closest(input, issue.values.map(String)) : undefined;
    return [
      {
        ...base,
        path,
        message: `must be one of ${options.join(", ")}`,
        value: input,
        line,
        fix: suggestion ? `did you mean "${suggestion}"?` : `use one of ${options.join(", ")}`,
      },
    ];
  }
  const description = schemaAt(segments)?.description;
  return [
    {
      ...base,
      path,
      message: friendlyMessage(issue),
      value: input,
      line,
      fix: description ? `see the field's description: ${description}` : "see docs/configuration.md",
    },
  ];
}

/**
 * Example values for the required fields (docs/configuration.md describes each), so the fix for
 * a missing one is a line to write rather than the field's description again.
 */
const REQUIRED_EXAMPLES: Record<string, string> = {
  name: "team-a",
  "azure.location": "westeurope",
  "azure.resourceGroup": "rg-agent-router-team-a",
  "cluster.name": "tars-team-a",
  "cluster.existing.resourceGroup": "rg-shared-aks",
  "registry.private.host": "registry.acme.example.com",
  "registry.private.repository": "registry.acme.example.com/tare",
  "dns.azureDns.zoneName": "acme-ai.dev",
  "dns.azureDns.resourceGroup": "rg-dns",
  "observability.exporters.signalfx.realm": "us1",
  "observability.exporters.otlpHttp[].name": "honeycomb",
  "observability.exporters.otlpHttp[].endpoint": "https://api.honeycomb.io",
  "observability.exporters.otlp.endpoint": "https://otlp.example.com:4317",
  "state.azurerm.resourceGroupName": "rg-tfstate",
  "state.azurerm.storageAccountName": "acmetfstate",
  "state.cloud.organization": "acme-ai",
  "keyVault.vaultId": "/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/<vault-name>",
};

/** `add cluster.name, e.g. "name: tars-team-a" under cluster:`; a missing section lists what it needs. */
function requiredFix(segments: readonly PathSegment[]): string {
  const generic = joinPath(segments.map((s) => (typeof s === "number" ? "[]" : s))).replace(/\.\[\]/g, "[]");
  const key = segments[segments.length - 1];
  const parent = joinPath(segments.slice(0, -1));
  const under = parent ? ` under ${parent}:` : "";
  const example = REQUIRED_EXAMPLES[generic.replace(/\[\d+\]/g, "[]")];
  if (example !== undefined && typeof key === "string") return `add "${key}: ${example}"${under} (your own value; see docs/configuration.md)`;
  const s = unwrap(schemaAt(segments));
  if (s?._zod.def.type === "object" && typeof key === "string") {
    const needed = Object.keys(s._zod.def.shape as object).filter((k) => {
      const field = (s._zod.def.shape as Record<string, AnySchema>)[k];
      return !["optional", "default", "prefault"].includes(field._zod.def.type as string);
    });
    const fields = needed.map((k) => `${k}: ${REQUIRED_EXAMPLES[`${generic}.${k}`] ?? "..."}`).join(", ");
    return `add a "${key}:" section${under}${fields ? ` with ${fields}` : ""}; environments/dev.yaml has one`;
  }
  return `add ${joinPath(segments)}; see docs/configuration.md for its format`;
}

function friendlyMessage(issue: Issue): string {
  // A mapping key that breaks its rule: the rule's own message, not zod's "Invalid key in record".
  if (issue.code === "invalid_key") return issue.issues.map((i) => i.message).join("; ");
  if (issue.code === "too_small" && issue.origin === "array") return `must have at least ${issue.minimum} item(s)`;
  if (issue.code === "too_small" && issue.origin === "string") return `must be at least ${issue.minimum} characters long`;
  if (issue.code === "too_big" && issue.origin === "string") return `must be at most ${issue.maximum} characters long`;
  if (issue.code === "too_small") return `must be at least ${issue.minimum}`;
  if (issue.code === "too_big") return `must be at most ${issue.maximum}`;
  return issue.message;
}

function article(type: string): string {
  const words: Record<string, string> = { object: "a mapping", array: "a list", boolean: "true or false", int: "a whole number" };
  return words[type] ?? (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
}

function joinPath(segments: readonly PathSegment[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

// Walking the schema to find what a path allows. Relies on zod's public `_zod.def` shapes.
type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> }; description?: string };

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    const def = s._zod.def;
    if (["optional", "default", "prefault", "nullable", "readonly", "catch"].includes(def.type as string)) {
      s = def.innerType as AnySchema;
    } else if (def.type === "pipe") s = def.in as AnySchema;
    else break;
  }
  return s;
}

function schemaAt(segments: readonly PathSegment[]): AnySchema | undefined {
  let s: AnySchema | undefined = EnvironmentSchema as unknown as AnySchema;
  let described: AnySchema | undefined = s;
  for (const seg of segments) {
    const inner = unwrap(s);
    if (!inner) return undefined;
    const def = inner._zod.def;
    if (def.type === "object") s = (def.shape as Record<string, AnySchema>)[String(seg)];
    else if (def.type === "array") s = def.element as AnySchema;
    else if (def.type === "record") s = def.valueType as AnySchema;
    else return undefined;
    described = s;
  }
  return described;
}

/**
 * For an unknown field that is a known field of another section (a line dedented out of its
 * section): where it belongs, never "remove it". The section written nearest above it wins.
 */
function misplacedFix(key: string, keyLine: number | undefined, lineOf: (path: string) => number | undefined): string | undefined {
  const homes: string[] = [];
  const walk = (schema: AnySchema | undefined, at: string, depth: number) => {
    const s = unwrap(schema);
    if (!s || depth > 8) return;
    if (s._zod.def.type === "object") {
      const shape = s._zod.def.shape as Record<string, AnySchema>;
      if (at && key in shape) homes.push(at);
      for (const [k, v] of Object.entries(shape)) walk(v, at ? `${at}.${k}` : k, depth + 1);
    }
  };
  walk(EnvironmentSchema as unknown as AnySchema, "", 0);
  const written = homes
    .map((home) => ({ home, line: lineOf(home) }))
    .filter((h): h is { home: string; line: number } => h.line !== undefined && (keyLine === undefined || h.line < keyLine))
    .sort((a, b) => b.line - a.line);
  const best = written[0];
  if (best) return `"${key}" is a field of ${best.home}: indent it under ${best.home.split(".").pop()}: (line ${best.line}), level with the fields there`;
  return homes.length ? `"${key}" is a field of ${homes.join(" or ")}: move it there` : undefined;
}

/** Field names allowed at a path (for "did you mean"). */
export function knownKeys(segments: readonly PathSegment[]): string[] {
  const s = unwrap(schemaAt(segments));
  if (!s || s._zod.def.type !== "object") return [];
  return Object.keys(s._zod.def.shape as object).filter((k) => k !== "$schema");
}

/**
 * The nearest candidates by edit distance (a transposition counts as one edit), when close
 * enough to be a typo: at most 1 edit for words of up to 4 letters, 2 up to 8, then 3.
 * Ties are all returned ("did you mean a or b?").
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = [c];
    } else if (d === bestDistance) best.push(c);
  }
  return bestDistance <= limit && best.length ? best.join('" or "') : undefined;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

// ---------------------------------------------------------------------------------------
// Where a field is written: the line of its key (or list item).

function locate(doc: Document, lineCounter: LineCounter, path: string): number | undefined {
  const segments = path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((s) => (s.startsWith("[") ? Number(s.slice(1, -1)) : s));
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
