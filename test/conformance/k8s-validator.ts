// Validates Kubernetes objects against the official schemas in test/schemas (trimmed from ../shared/schemas):
// Kubernetes 1.34 OpenAPI v3 for built-in kinds, the CRDs' openAPIV3Schema, and the ALB JSON
// Schemas. Unknown fields are errors (additionalProperties: false is added wherever the schema
// does not allow extra fields itself). The CRDs' CEL rules (x-kubernetes-validations) are
// evaluated too (./cel.ts), as on create.
import Ajv, { type ValidateFunction } from "ajv";
import * as fs from "fs";
import * as path from "path";
import { parseAllDocuments } from "yaml";
import { celErrors, type CelStats } from "./cel";
import { SCHEMAS_DIR, walkFiles } from "./schemas";

type Schema = Record<string, any>;

const OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

/** Adds additionalProperties: false to every object schema that lists properties and allows nothing else. */
/**
 * Kubernetes patterns are Go (RE2) regular expressions: inline flags such as `(?i)` become
 * JavaScript flags for the whole pattern (an approximation only where a flag is scoped).
 */
const goRegExp = Object.assign(
  (pattern: string, flags: string) => {
    let extra = "";
    const js = pattern.replace(/\(\?([imsU]+)\)/g, (_m, f: string) => {
      extra += f.replace("U", "");
      return "";
    });
    return new RegExp(js, [...new Set(flags + extra)].join(""));
  },
  { code: "goRegExp" },
);

function closeObjects(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(closeObjects);
  if (!schema || typeof schema !== "object") return;
  const s = schema as Schema;
  if (s.properties && s.additionalProperties === undefined && !s["x-kubernetes-preserve-unknown-fields"]) {
    s.additionalProperties = false;
  }
  for (const v of Object.values(s)) closeObjects(v);
}

function rewriteRefs(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(rewriteRefs);
  if (!schema || typeof schema !== "object") return;
  const s = schema as Schema;
  if (typeof s.$ref === "string") s.$ref = s.$ref.replace("#/components/schemas/", "k8s#/definitions/");
  for (const v of Object.values(s)) rewriteRefs(v);
}

export interface ObjectError {
  readonly object: string;
  readonly errors: string[];
}

export class K8sValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { regExp: goRegExp } });
  private readonly builtins = new Map<string, string>();
  /** CRD and ALB schemas by apiVersion/kind, compiled on first use (some are megabytes). */
  private readonly crdSchemas = new Map<string, Schema>();
  private readonly crds = new Map<string, ValidateFunction>();
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly objectMeta: ValidateFunction;
  /** CEL rules evaluated so far, by apiVersion/kind. */
  readonly celEvaluated = new Map<string, number>();

  constructor() {
    const definitions: Schema = {};
    for (const file of walkFiles(path.join(SCHEMAS_DIR, "kubernetes"), /_openapi\.json$/)) {
      const doc = JSON.parse(fs.readFileSync(file, "utf8"));
      for (const [name, schema] of Object.entries<Schema>(doc.components.schemas)) {
        definitions[name] = schema;
        for (const gvk of schema["x-kubernetes-group-version-kind"] ?? []) {
          this.builtins.set(key(gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version, gvk.kind), name);
        }
      }
    }
    rewriteRefs(definitions);
    closeObjects(definitions);
    this.ajv.addSchema({ $id: "k8s", definitions });
    this.objectMeta = this.ajv.compile({ $ref: `k8s#/definitions/${OBJECT_META}` });

    for (const file of walkFiles(path.join(SCHEMAS_DIR, "crds"), /\.ya?ml$/)) {
      for (const doc of parseAllDocuments(fs.readFileSync(file, "utf8"))) {
        const crd = doc.toJS();
        if (crd?.kind !== "CustomResourceDefinition") continue;
        for (const version of crd.spec.versions) {
          const schema = withoutMetadata(structuredClone(version.schema.openAPIV3Schema));
          closeObjects(schema);
          this.crdSchemas.set(key(`${crd.spec.group}/${version.name}`, crd.spec.names.kind), schema);
        }
      }
    }
    for (const file of walkFiles(path.join(SCHEMAS_DIR, "jsonschema"), /\.json$/)) {
      const schema = withoutMetadata(JSON.parse(fs.readFileSync(file, "utf8")));
      delete schema.$schema;
      // Named <kind in lowercase>_<version>.json; the schemas carry no kind of their own.
      const group = path.basename(path.dirname(file));
      const [kind, version] = path.basename(file, ".json").split("_");
      this.crdSchemas.set(key(`${group}/${version}`, kind), schema);
    }
  }

  /** Kinds this validator knows, as apiVersion/kind. */
  knownKinds(): string[] {
    return [...this.builtins.keys(), ...this.crdSchemas.keys()].sort();
  }

  /** The openAPIV3Schema of a CRD kind (or an ALB JSON Schema), as apiVersion and kind. */
  crdSchema(apiVersion: string, kind: string): Schema | undefined {
    return this.crdSchemas.get(key(apiVersion, kind));
  }

  /** Errors of one object; empty when valid. An unknown kind is an error too. */
  validate(obj: Schema): string[] {
    const k = key(obj.apiVersion, obj.kind);
    const custom = this.customValidator(k);
    if (custom) {
      // The CRD schemas type metadata as a bare object: check it against the real ObjectMeta.
      const { metadata, ...body } = obj;
      const errors = this.objectMeta(metadata) ? [] : describe(this.objectMeta, "/metadata");
      if (!custom(body)) return [...errors, ...describe(custom, "")];
      // CEL rules assume a structurally valid object (the API server runs them after the schema).
      const stats: CelStats = { evaluated: 0 };
      const cel = celErrors(this.crdSchemas.get(k)!, obj, stats);
      this.celEvaluated.set(k, (this.celEvaluated.get(k) ?? 0) + stats.evaluated);
      return [...errors, ...cel];
    }
    const def = this.builtins.get(k);
    if (!def) return [`no schema for ${obj.apiVersion} ${obj.kind}`];
    let fn = this.compiled.get(def);
    if (!fn) {
      fn = this.ajv.compile({ $ref: `k8s#/definitions/${def}` });
      this.compiled.set(def, fn);
    }
    return fn(obj) ? [] : describe(fn, "");
  }

  private customValidator(k: string): ValidateFunction | undefined {
    const schema = this.crdSchemas.get(k);
    if (!schema) return undefined;
    let fn = this.crds.get(k);
    if (!fn) {
      fn = this.ajv.compile(schema);
      this.crds.set(k, fn);
    }
    return fn;
  }
}

/** metadata is validated against the real ObjectMeta instead of the CRD's bare `object`. */
function withoutMetadata(schema: Schema): Schema {
  delete schema.properties?.metadata;
  if (Array.isArray(schema.required)) schema.required = schema.required.filter((r: string) => r !== "metadata");
  return schema;
}

function key(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind.toLowerCase()}`;
}

function describe(fn: ValidateFunction, prefix: string): string[] {
  return (fn.errors ?? []).map((e) => {
    const extra = e.keyword === "additionalProperties" ? ` (unknown field "${(e.params as { additionalProperty: string }).additionalProperty}")` : "";
    return `${prefix}${e.instancePath || "/"} ${e.message}${extra}`;
  });
}
