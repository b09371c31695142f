// Server-side apply's merge of an applied (partial) object into a live one, driven by the CRD
// schema's list and map types, as structured-merge-diff does it for a single apply:
// - a list is atomic unless it says otherwise (x-kubernetes-list-type absent or "atomic"): the
//   applied list replaces the live one;
// - "set": the union, live items first;
// - "map": items matched by x-kubernetes-list-map-keys are merged, new ones appended;
// - an object is merged field by field unless x-kubernetes-map-type is "atomic".
// Removing fields an earlier apply of the same manager owned is not modelled (one apply only).
// https://kubernetes.io/docs/reference/using-api/server-side-apply/#merge-strategy
type Schema = Record<string, any>;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function child(schema: Schema | undefined, key: string): Schema | undefined {
  return schema?.properties?.[key] ?? (isObject(schema?.additionalProperties) ? (schema!.additionalProperties as Schema) : undefined);
}

export function ssaMerge(live: unknown, applied: unknown, schema: Schema | undefined): unknown {
  if (applied === undefined) return live;
  if (isObject(applied) && isObject(live) && schema?.["x-kubernetes-map-type"] !== "atomic") {
    const out: Record<string, unknown> = { ...live };
    for (const [k, v] of Object.entries(applied)) out[k] = ssaMerge(live[k], v, child(schema, k));
    return out;
  }
  if (Array.isArray(applied) && Array.isArray(live)) {
    const type = schema?.["x-kubernetes-list-type"] ?? "atomic";
    if (type === "set") return [...live, ...applied.filter((a) => !live.some((l) => deepEqual(l, a)))];
    if (type === "map") {
      const keys: string[] = schema?.["x-kubernetes-list-map-keys"] ?? [];
      const out = [...live];
      for (const a of applied as Record<string, unknown>[]) {
        const i = out.findIndex((l) => keys.every((k) => (l as Record<string, unknown>)[k] === a[k]));
        if (i >= 0) out[i] = ssaMerge(out[i], a, schema?.items);
        else out.push(a);
      }
      return out;
    }
  }
  return structuredClone(applied);
}

/** The list type a CRD schema declares at a path of property names (array items are implied). */
export function listTypeAt(schema: Schema, fieldPath: readonly string[]): string {
  let s: Schema | undefined = schema;
  for (const f of fieldPath) {
    s = child(s, f);
    if (s?.type === "array" && f !== fieldPath[fieldPath.length - 1]) s = s.items;
  }
  if (s?.type !== "array") throw new Error(`${fieldPath.join(".")} is not a list in this schema`);
  return s["x-kubernetes-list-type"] ?? "atomic";
}
