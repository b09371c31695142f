// The replacement guard: an edit that makes Terraform replace or destroy a resource is named
// before anything is applied. synth keeps, in dist/<env>/force-new.json, the values of every
// resource's ForceNew arguments (force-new.ts) per Terraform address; check and synth compare
// the stacks they would write with that record, and each replacement or destroy is an error
// until the environment file acknowledges it (acknowledgeReplacements). Pure: the caller reads
// the record and synthesizes the stacks.
import type { Problem } from "../../config/problems";
import { compareText } from "../../config/text-order";
import { FORCE_NEW, LOSES, type ForceNewArgument } from "./force-new";

/** The record's file name inside dist/<env>/. */
export const RECORD_FILE = "force-new.json";
/** The rule id of replacement findings (not in RULES: it compares with the previous output, not one file). */
export const REPLACEMENT_RULE = "AR055";

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** One synthesized stack: its name and its Terraform JSON (only `resource` is read). */
export interface StackDocument {
  readonly name: string;
  readonly json: { readonly resource?: Resources };
}

/** Per stack, per Terraform address, the ForceNew argument values (as synthesized: references stay `${...}`). */
export type ReplacementRecord = Record<string, Record<string, Record<string, unknown>>>;

export interface Acknowledgement {
  readonly address: string;
  readonly reason: string;
}

export interface Change {
  readonly argument: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface Replacement {
  readonly stack: string;
  /** Terraform address, e.g. azurerm_kubernetes_cluster.Cluster_EB0386A7. */
  readonly address: string;
  readonly action: "replace" | "destroy";
  /** The ForceNew arguments that change (empty for a destroy or a cascade). */
  readonly changes: readonly Change[];
  /** For a cascade: the address whose replacement or destroy takes this one with it. */
  readonly because?: string;
}

/** A value at a dotted path; a block synthesized as a one-element list is looked into. */
function at(resource: Record<string, unknown>, dotted: string): unknown {
  let v: unknown = resource;
  for (const key of dotted.split(".")) {
    if (Array.isArray(v) && v.length === 1) v = v[0];
    if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function normalized(value: unknown, a: ForceNewArgument): unknown {
  if (a.set && Array.isArray(value)) return [...value].map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x) as unknown);
  return value;
}

/** The record of a set of synthesized stacks: every resource address, with its ForceNew values (unset ones left out). */
export function recordOf(stacks: readonly StackDocument[]): ReplacementRecord {
  const record: ReplacementRecord = {};
  for (const stack of stacks) {
    const entries: Record<string, Record<string, unknown>> = {};
    for (const [type, byName] of Object.entries(stack.json.resource ?? {})) {
      for (const [name, resource] of Object.entries(byName)) {
        const values: Record<string, unknown> = {};
        for (const a of FORCE_NEW[type] ?? []) {
          const v = normalized(at(resource, a.path), a);
          if (v !== undefined && v !== null) values[a.path] = v;
        }
        entries[`${type}.${name}`] = values;
      }
    }
    record[stack.name] = entries;
  }
  return record;
}

const ABOUT =
  "Written by agent-router-azure synth; commit it with dist/. Per Terraform address, the arguments that make Terraform replace the resource when they change. check and synth compare the next output with it and name every replacement or destroy before anything is applied (docs/delivery.md, Changes that replace a resource).";

/** The file's text: keys sorted, so it is deterministic. */
export function renderRecord(record: ReplacementRecord): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
    );
  };
  return `${JSON.stringify({ about: ABOUT, stacks: sorted(record) }, null, 2)}\n`;
}

/** The record in a file's text, or why it is not one. */
export function parseRecord(text: string): ReplacementRecord | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: "is not valid JSON" };
  }
  const stacks = (parsed as { stacks?: unknown } | null)?.stacks;
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  if (!isObject(stacks) || !Object.values(stacks).every((s) => isObject(s) && Object.values(s).every(isObject))) {
    return { error: 'has no "stacks" object of Terraform addresses' };
  }
  return stacks as ReplacementRecord;
}

/** `${type.name.arg}`, arg possibly through one-element blocks (`metadata[0].name`). */
const REFERENCE = /\$\{([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_.[\]]+)\}/g;

/** `${type.name.arg}` replaced by that resource's recorded value, where the record has it as a string. */
function resolve(value: unknown, entries: Record<string, Record<string, unknown>>, depth = 0): unknown {
  if (depth > 5) return value;
  if (typeof value === "string") {
    const out = value.replace(REFERENCE, (whole, type: string, name: string, arg: string) => {
      const v = entries[`${type}.${name}`]?.[arg.replace(/\[0\]/g, "")];
      return typeof v === "string" ? String(resolve(v, entries, depth + 1)) : whole;
    });
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, entries, depth));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, entries, depth)]));
  return value;
}

/** Any resource reference inside an interpolation, also within a function call or with an index (`cluster.x[0].y`). */
const ANY_REFERENCE = /\b((?:azurerm|helm|kubernetes)_[a-z0-9_]*)\.([A-Za-z0-9_-]+)\./g;

/** Addresses of this stack a resource's ForceNew values refer to. */
function referencedAddresses(values: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const m of JSON.stringify(values).matchAll(/\$\{[^}]*\}/g)) for (const r of m[0].matchAll(ANY_REFERENCE)) out.push(`${r[1]}.${r[2]}`);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const isUnset = (v: unknown) => v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
const text = (v: unknown) => String(v).toLowerCase();
/** A value as the provider's DiffSuppressFunc compares it. */
function canonical(a: ForceNewArgument, v: unknown): unknown {
  if (typeof v !== "string") return v;
  if (a.compare === "case") return v.toLowerCase();
  if (a.compare === "location") return v.toLowerCase().replace(/ /g, "");
  return v;
}

/** Whether this change of the argument replaces the resource; `now` is the new configuration's record (for inPlaceIf). */
function forcesNew(a: ForceNewArgument, from: unknown, to: unknown, now: Record<string, unknown>): boolean {
  if (same(canonical(a, from), canonical(a, to))) return false;
  if (a.when === "from-set" && isUnset(from)) return false;
  if (a.when === "unless-overlay") return typeof to !== "string" || to.toLowerCase() !== "overlay";
  if (a.inPlace && (!a.inPlaceIf || text(now[a.inPlaceIf.path]) === a.inPlaceIf.value.toLowerCase())) {
    const matches = (pattern: unknown, v: unknown) => pattern === "*" || text(pattern) === text(v);
    if (a.inPlace.some(([f, t]) => matches(f, from) && matches(t, to))) return false;
  }
  return true;
}

/**
 * What the next output replaces or destroys, compared with the previous record: a resource whose
 * ForceNew argument changes, one that is gone, and (as a cascade, `because`) one whose ForceNew
 * arguments refer to a resource replaced or destroyed (a subnet of a replaced network, the role
 * assignments of a replaced cluster's identity). A stack the previous record lacks is new: nothing to compare.
 */
export function compareRecords(previous: ReplacementRecord, next: ReplacementRecord): Replacement[] {
  const out: Replacement[] = [];
  for (const stack of Object.keys(next).sort()) {
    const before = previous[stack];
    if (!before) continue;
    const after = next[stack];
    const found = new Map<string, Replacement>();
    for (const address of Object.keys(before).sort()) {
      const old = before[address];
      const now = after[address];
      if (!now) {
        found.set(address, { stack, address, action: "destroy", changes: [] });
        continue;
      }
      const type = address.slice(0, address.indexOf("."));
      const changes: Change[] = [];
      for (const a of FORCE_NEW[type] ?? []) {
        const set = resolve(now[a.path], after);
        if (set === undefined && a.computed) continue;
        const to = set ?? a.default;
        const from = resolve(old[a.path] ?? (a.sameAs ? old[a.sameAs] : undefined), before) ?? a.default;
        if (forcesNew(a, from, to, now)) changes.push({ argument: a.path, from, to });
      }
      if (changes.length) found.set(address, { stack, address, action: "replace", changes });
    }
    // Cascades, to a fixed point: what refers to a resource going away goes with it.
    for (let grew = true; grew; ) {
      grew = false;
      for (const address of Object.keys(after).sort()) {
        if (!before[address] || found.get(address)?.because) continue;
        const cause = referencedAddresses(after[address]).find((a) => a !== address && found.has(a));
        if (!cause) continue;
        const direct = found.get(address);
        found.set(address, { stack, address, action: "replace", changes: direct?.changes ?? [], because: cause });
        grew = true;
      }
    }
    out.push(...[...found.values()].sort((a, b) => compareText(a.address, b.address)));
  }
  return out;
}

/** The replacement that starts a cascade (following `because`). */
function rootOf(r: Replacement, all: ReadonlyMap<string, Replacement>): Replacement {
  const seen = new Set<string>();
  let cur = r;
  while (cur.because && all.has(cur.because) && !seen.has(cur.address)) {
    seen.add(cur.address);
    cur = all.get(cur.because)!;
  }
  return cur;
}

const show = (v: unknown) => (v === undefined ? "unset" : JSON.stringify(v));
const shorten = (list: readonly string[], max = 8) => (list.length > max ? `${list.slice(0, max).join(", ")} and ${list.length - max} more` : list.join(", "));

export interface ReplacementInput {
  readonly file: string;
  readonly lineOf: (path: string) => number | undefined;
  readonly acknowledgements: readonly Acknowledgement[];
  /** The previous record's path as messages name it, e.g. dist/dev/force-new.json. */
  readonly recordPath: string;
}

/**
 * The findings for one environment: an error per replacement or destroy that starts a cascade
 * (its message lists what goes with it), "info" once acknowledged, a warning per acknowledgement
 * that matches nothing (left over after the apply: remove it, or it would let a later change pass).
 * `previousText` undefined: the first synth, nothing to compare.
 */
export function replacementProblems(input: ReplacementInput, previousText: string | undefined, stacks: readonly StackDocument[]): Problem[] {
  const { file, lineOf, acknowledgements, recordPath } = input;
  const problems: Problem[] = [];
  let found: Replacement[] = [];
  if (previousText !== undefined) {
    const previous = parseRecord(previousText);
    if ("error" in previous) {
      return [
        {
          severity: "error",
          rule: REPLACEMENT_RULE,
          file,
          path: "",
          message: `${recordPath} ${previous.error}, so this change cannot be compared with the output applied last`,
          fix: `restore it (git checkout -- ${recordPath}); or, when the stacks have never been applied, delete it`,
        },
      ];
    }
    found = compareRecords(previous, recordOf(stacks));
  }
  const byAddress = new Map(found.map((r) => [r.address, r]));
  const roots = found.filter((r) => !r.because);
  const used = new Set<number>();
  for (const root of roots) {
    const followers = found.filter((r) => r !== root && rootOf(r, byAddress) === root).map((r) => r.address);
    const type = root.address.slice(0, root.address.indexOf("."));
    const loses = LOSES[type] ? `: that deletes ${LOSES[type]}` : "";
    const why =
      root.action === "destroy"
        ? `the new output no longer has it${loses}`
        : `${root.changes.map((c) => `${c.argument} changes from ${show(c.from)} to ${show(c.to)}`).join(", ")}, and ${root.changes.length === 1 ? "that argument forces" : "those arguments force"} a new resource${loses}, then creates it again`;
    const also = followers.length ? `; replaced or destroyed with it: ${shorten(followers)}` : "";
    const message = `Terraform would ${root.action} ${root.address} (stack ${root.stack}): ${why}${also} (compared with ${recordPath}, the output of the last synth)`;
    const ackIndex = acknowledgements.findIndex((a) => a.address === root.address);
    if (ackIndex >= 0) {
      used.add(ackIndex);
      problems.push({ severity: "info", rule: REPLACEMENT_RULE, file, path: `acknowledgeReplacements[${ackIndex}]`, message: `${message} (acknowledged: ${acknowledgements[ackIndex].reason})`, line: lineOf(`acknowledgeReplacements[${ackIndex}].address`) });
      continue;
    }
    problems.push({
      severity: "error",
      rule: REPLACEMENT_RULE,
      file,
      path: "",
      message,
      fix: `undo the change; or, when the ${root.action} is intended, acknowledge it in ${file}: acknowledgeReplacements: [{ address: ${root.address}, reason: "<why, at least 10 characters>" }], run synth, review terraform plan, and remove the entry after the apply`,
    });
  }
  acknowledgements.forEach((a, i) => {
    if (used.has(i)) return;
    const cascaded = byAddress.get(a.address);
    problems.push({
      severity: "warning",
      rule: REPLACEMENT_RULE,
      file,
      path: `acknowledgeReplacements[${i}].address`,
      message:
        previousText === undefined
          ? `acknowledges a replacement, but there is no ${recordPath} to compare with (a first synth replaces nothing)`
          : cascaded
            ? `${a.address} is replaced because ${rootOf(cascaded, byAddress).address} is: acknowledge that address instead`
            : `nothing to acknowledge: this change neither replaces nor destroys ${a.address} (compared with ${recordPath})`,
      value: a.address,
      line: lineOf(`acknowledgeReplacements[${i}].address`),
      fix: cascaded ? `set address: ${rootOf(cascaded, byAddress).address}` : "remove the entry once the change it acknowledged is applied: left in place it would let a later replacement of the same resource pass unnoticed",
    });
  });
  return problems;
}
