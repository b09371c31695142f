// Evaluates a CRD's CEL rules (x-kubernetes-validations) on an object, the way the API server
// does on create: structural defaults applied first, each rule run with `self` bound to the
// value at its schema node (wherever that value is present), integers as CEL int, objects as
// maps. Transition rules (those that read oldSelf) apply only to updates and are skipped;
// optionalOldSelf is not supported and says so. The schema is an input: this module does not
// know where CRDs come from.
// Kubernetes semantics: https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#validation-rules
import { isIP } from "net";
import { celEnv, celFunc, CelScalar, isCelError, parse, plan, type CelEnv, type CelInput } from "@bufbuild/cel";
import { strings } from "@bufbuild/cel/ext";

type Schema = Record<string, any>;

interface Rule {
  readonly rule: string;
  readonly message?: string;
  readonly optionalOldSelf?: boolean;
}

/** Kubernetes CEL library functions the evaluator lacks (k8s.io/apiserver/pkg/cel/library). */
const K8S_FUNCS = [
  celFunc("isIP", [CelScalar.STRING], CelScalar.BOOL, (s: string) => isIP(s) !== 0),
  celFunc("isCIDR", [CelScalar.STRING], CelScalar.BOOL, (s: string) => {
    const [addr, bits, extra] = s.split("/");
    const max = isIP(addr) === 4 ? 32 : isIP(addr) === 6 ? 128 : -1;
    return extra === undefined && /^\d+$/.test(bits ?? "") && Number(bits) <= max;
  }),
];

const env: CelEnv = celEnv({ funcs: [...strings, ...K8S_FUNCS] });
const programs = new Map<string, ReturnType<typeof plan>>();

function program(rule: string): ReturnType<typeof plan> {
  let p = programs.get(rule);
  if (!p) {
    p = plan(env, parse(rule));
    programs.set(rule, p);
  }
  return p;
}

/** Every CEL rule in `schema`, as `rule` strings (to check they all compile). */
export function celRules(schema: unknown): string[] {
  const out: string[] = [];
  const walk = (s: unknown): void => {
    if (Array.isArray(s)) return s.forEach(walk);
    if (!s || typeof s !== "object") return;
    for (const r of ((s as Schema)["x-kubernetes-validations"] ?? []) as Rule[]) out.push(r.rule);
    Object.values(s).forEach(walk);
  };
  walk(schema);
  return out;
}

/** Compiles a rule; throws on a parse or planning error. */
export function compileRule(rule: string): void {
  program(rule);
}

/** How many rules were evaluated (transition rules skipped are not counted). */
export interface CelStats {
  evaluated: number;
}

/** The CEL rule violations of `obj` against its CRD version's openAPIV3Schema; empty when valid. */
export function celErrors(schema: Schema, obj: unknown, stats: CelStats = { evaluated: 0 }): string[] {
  const errors: string[] = [];
  const value = withDefaults(schema, structuredClone(obj));
  visit(schema, value, "", errors, stats, true);
  return errors;
}

function visit(schema: Schema | undefined, value: unknown, at: string, errors: string[], stats: CelStats, root = false): void {
  if (!schema || value === undefined) return;
  for (const r of (schema["x-kubernetes-validations"] ?? []) as Rule[]) {
    if (/\boldSelf\b/.test(r.rule)) {
      if (r.optionalOldSelf) errors.push(`${at || "/"}: rule with optionalOldSelf not supported by this validator: ${r.rule}`);
      continue; // a transition rule: evaluated on update only
    }
    stats.evaluated++;
    const self = toCel(root ? rootView(value) : value, schema);
    const result = program(r.rule)({ self } as Record<string, CelInput>);
    if (isCelError(result)) errors.push(`${at || "/"}: rule ${JSON.stringify(r.rule)} failed to evaluate: ${result.message}`);
    else if (result !== true) errors.push(`${at || "/"}: ${r.message ?? `failed rule: ${r.rule}`}`);
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => visit(schema.items, v, `${at}/${i}`, errors, stats));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const sub = schema.properties?.[k] ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined);
      visit(sub, v, `${at}/${k}`, errors, stats);
    }
  }
}

/** At the root, rules see only metadata.name and metadata.generateName. */
function rootView(value: unknown): unknown {
  const obj = value as Schema;
  if (!obj?.metadata) return obj;
  const { name, generateName } = obj.metadata;
  return { ...obj, metadata: Object.fromEntries(Object.entries({ name, generateName }).filter(([, v]) => v !== undefined)) };
}

/** Structural defaulting: a property's `default` where the property is absent, recursively. */
function withDefaults(schema: Schema | undefined, value: unknown): unknown {
  if (!schema || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => withDefaults(schema.items, v));
  if (typeof value !== "object") return value;
  const obj = value as Schema;
  for (const [k, sub] of Object.entries<Schema>(schema.properties ?? {})) {
    if (obj[k] === undefined && sub.default !== undefined) obj[k] = structuredClone(sub.default);
  }
  for (const [k, v] of Object.entries(obj)) {
    const sub = schema.properties?.[k] ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined);
    obj[k] = withDefaults(sub, v);
  }
  return obj;
}

/** JSON to CEL values: `type: integer` (and whole numbers of int-or-string or untyped fields) as int. */
function toCel(value: unknown, schema: Schema | undefined): unknown {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") {
    const integer = schema?.type === "integer" || (schema?.type !== "number" && Number.isInteger(value));
    return integer ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => toCel(v, schema?.items));
  const map = new Map<string, unknown>();
  for (const [k, v] of Object.entries(value as Schema)) {
    const sub = schema?.properties?.[k] ?? (typeof schema?.additionalProperties === "object" ? schema.additionalProperties : undefined);
    map.set(k, toCel(v, sub));
  }
  return map;
}
