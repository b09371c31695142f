import type { Environment } from "../../config/loader";
import { collectorConfig, exportersOf } from "../../config/telemetry";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";
import { exporterStrings, referenceName } from "./exporter-strings";

/** Stands for the value under test while finding where it lands in the collector config. */
const MARK = "\u0000ar046-mark\u0000";

interface UserString {
  readonly path: string;
  readonly value: string;
  /** A mapping key the user named (a header name), not a value. */
  readonly key: boolean;
  /** Replaces the string with MARK in a copy of the environment. */
  readonly mark: (copy: Environment) => void;
}

/** Every string the environment holds, mapping keys included, with its field path. */
function userStrings(env: Environment): UserString[] {
  const out: UserString[] = [];
  const walk = (node: unknown, path: string, at: (root: unknown) => unknown, depth: number) => {
    if (depth > 20 || node === null || typeof node !== "object") return;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [k, v] of entries) {
      const child = typeof k === "number" ? `${path}[${k}]` : path ? `${path}.${k}` : k;
      const parentAt = at;
      if (typeof k === "string" && !Array.isArray(node) && k.includes("$")) {
        out.push({
          path: child,
          value: k,
          key: true,
          mark: (copy) => {
            const parent = parentAt(copy) as Record<string, unknown>;
            const renamed = Object.fromEntries(Object.entries(parent).map(([pk, pv]) => [pk === k ? MARK : pk, pv]));
            for (const pk of Object.keys(parent)) delete parent[pk];
            Object.assign(parent, renamed);
          },
        });
      }
      if (typeof v === "string") {
        if (v.includes("$")) out.push({ path: child, value: v, key: false, mark: (copy) => void ((parentAt(copy) as Record<string | number, unknown>)[k] = MARK) });
      } else walk(v, child, (root) => (parentAt(root) as Record<string | number, unknown>)[k], depth + 1);
    }
  };
  walk(env, "", (root) => root, 0);
  return out;
}

/**
 * Where a user string lands in the collector config: the keys it may reference (those of the
 * exporter it lands in; none elsewhere), or undefined when it does not reach the config. Found by
 * rendering the config with the string replaced by a mark, so a field added later is covered
 * without a list to maintain.
 */
function landing(env: Environment, s: UserString): { exporter?: string; keys: readonly string[] } | undefined {
  const copy = structuredClone(env);
  s.mark(copy);
  let config: Record<string, unknown>;
  try {
    config = collectorConfig(copy);
  } catch {
    return undefined;
  }
  if (!JSON.stringify(config).includes(JSON.stringify(MARK).slice(1, -1))) return undefined;
  const exporters = (config.exporters ?? {}) as Record<string, unknown>;
  const specs = exportersOf(copy);
  for (const [id, body] of Object.entries(exporters)) {
    if (id.includes(MARK) || JSON.stringify(body).includes(JSON.stringify(MARK).slice(1, -1))) {
      const spec = specs.find((e) => e.id === id);
      return { exporter: id.includes(MARK) ? undefined : id, keys: spec?.secret?.keys ?? [] };
    }
  }
  return { keys: [] };
}

/** What is wrong with the `$` in a value that reaches the collector, or undefined: `$$` and `${env:KEY}` (KEY one of `keys`) only. */
function expansionProblem(value: string, keys: readonly string[]): { message: string; braced: boolean } | undefined {
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== "$") continue;
    if (value[i + 1] === "$") {
      i++;
      continue;
    }
    if (value[i + 1] === "{") {
      const end = value.indexOf("}", i);
      const inner = end < 0 ? value.slice(i + 2) : value.slice(i + 2, end);
      const env = /^env:([A-Z][A-Z0-9_]*)$/.exec(inner);
      if (env && keys.includes(env[1])) {
        i = end;
        continue;
      }
      const name = referenceName(inner);
      return {
        message: env
          ? `references \${env:${name}}, which is not one of the keys this exporter's Secret injects (${keys.length ? keys.join(", ") : "it has none"}): the collector would substitute another credential or an empty string`
          : `holds a \${${name}...} reference, which the collector (0.98) expands from its own environment: any credential the pod holds would be sent wherever this value goes`,
        braced: true,
      };
    }
    const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1));
    return {
      message: bare
        ? `holds $${bare[0]}, which the collector (0.98) expands from its own environment like \${env:${bare[0]}}: any credential the pod holds (DD_API_KEY, a Key Vault-synced key) would be sent wherever this value goes`
        : "holds a '$' the collector (0.98) would read as the start of a variable reference",
      braced: false,
    };
  }
  return undefined;
}

/**
 * Collector 0.98's expandconverter runs os.Expand over every string of its configuration: `$NAME`
 * and `${NAME}` become the collector's environment variable NAME, the credentials of every
 * exporter included (docs/azure-behaviours.md, "The collector expands $NAME"). A `$` in an
 * endpoint or header the user wrote would send another exporter's key to any host.
 */
export const collectorExpansion: Rule = {
  id: "AR046",
  severity: "error",
  title: "A '$' in a collector setting other than ${env:KEY} of the exporter's own keys (or $$)",
  guide: "Appendix C, \"Environment variable syntax\": the collector substitutes environment variables in its configuration; credentials only as ${env:KEY} from the exporter's Secret",
  waivable: false,
  check(env) {
    if (!env.observability.collector.enabled) return [];
    const out: Finding[] = [];
    // AR010 and AR025 already report ${NAME} and a foreign ${env:NAME} in the exporter strings.
    const covered = new Set(exporterStrings(env).map((s) => s.path));
    for (const s of userStrings(env)) {
      const where = landing(env, s);
      if (!where) continue;
      const problem = expansionProblem(s.value, where.keys);
      if (!problem || (problem.braced && covered.has(s.path))) continue;
      out.push(
        finding(
          s.path,
          `${s.key ? "(a key) " : ""}${problem.message}`,
          where.keys.length
            ? `reference a credential only as \${env:KEY} with KEY one of ${where.keys.join(", ")}, and write $$ for a literal '$'`
            : "remove the '$' (a credential goes into a Secret, listed in secretKeys and referenced as ${env:KEY}); write $$ for a literal '$'",
        ),
      );
    }
    return out;
  },
};
