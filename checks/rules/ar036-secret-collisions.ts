import { pullSecretName } from "../../plan/registry";
import { tlsEnabled } from "../../plan/endpoint";
import { GUIDE_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../../plan/names";
import type { Environment } from "../../config/loader";
import { exporterSecretSource, secretVariableName } from "../../config/telemetry";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

interface SecretUse {
  /** Field that names the Secret (or decides it, for the fixed names). */
  readonly path: string;
  readonly name: string;
  /** Namespace the Secret lives in. */
  readonly namespace: string;
  /** Keys, each with the field that names it. */
  readonly keys: readonly { key: string; path: string }[];
  /** The -cluster stack creates it from sensitive Terraform variables. */
  readonly fromVariables: boolean;
  /** Delivered by the team (createSecret: false): two exporters may share one. */
  readonly external: boolean;
}

/** Whether an exporter's Secret comes from variables or the team; from Key Vault it is neither (the CSI driver syncs it). */
function origin(x: Parameters<typeof exporterSecretSource>[0]): { fromVariables: boolean; external: boolean } {
  const source = exporterSecretSource(x);
  return { fromVariables: source === "variable", external: source === "external" };
}

/**
 * Every Secret the environment makes exist, with its namespace and the field that names it: the
 * exporters' (tars-dataplane), the image-pull Secret (tars-system and tars-dataplane, whoever
 * creates it), and the TLS Secret (tars-dataplane; with AGC and cert-manager, next to the Gateway).
 */
function secretsOf(env: Environment): SecretUse[] {
  const x = env.observability.exporters;
  const out: SecretUse[] = [];
  const exporter = (path: string, name: string, keys: { key: string; path: string }[], from: Parameters<typeof origin>[0]) =>
    out.push({ path, name, namespace: NS_DATAPLANE, keys, ...origin(from) });
  if (x.azureMonitor && env.observability.collector.enabled) {
    out.push({ path: "observability.exporters.azureMonitor", name: GUIDE_NAMES.azureCredsSecret, namespace: NS_DATAPLANE, keys: [{ key: GUIDE_NAMES.azureCredsKey, path: "observability.exporters.azureMonitor" }], fromVariables: false, external: false });
  }
  if (x.datadog) exporter("observability.exporters.datadog.secretName", x.datadog.secretName, [{ key: "DD_API_KEY", path: "observability.exporters.datadog" }], x.datadog);
  x.otlpHttp.forEach((o, i) => {
    const base = `observability.exporters.otlpHttp[${i}]`;
    if (o.secretName && o.secretKeys.length) {
      exporter(`${base}.secretName`, o.secretName, o.secretKeys.map((key, j) => ({ key, path: `${base}.secretKeys[${j}]` })), o);
    }
  });
  if (x.signalfx) exporter("observability.exporters.signalfx.secretName", x.signalfx.secretName, [{ key: "SFX_ACCESS_TOKEN", path: "observability.exporters.signalfx" }], x.signalfx);
  const pull = pullSecretName(env);
  if (pull) {
    const path = env.registry.mode === "private" ? "registry.private.pullSecretName" : "registry.mode";
    for (const namespace of [NS_SYSTEM, NS_DATAPLANE]) {
      out.push({ path, name: pull, namespace, keys: [], fromVariables: env.registry.mode === "private", external: false });
    }
  }
  if (tlsEnabled(env)) {
    // AGIC's Ingress and a BYO or Key Vault Secret live in tars-dataplane; cert-manager writes the
    // AGC Gateway's Secret next to the Gateway (charts/phases/platform.ts).
    const namespace = env.ingress.mode === "agc" && env.tls.mode === "cert-manager" ? env.ingress.agc.namespace : NS_DATAPLANE;
    out.push({ path: "tls.secretName", name: env.tls.secretName, namespace, keys: [], fromVariables: false, external: false });
  }
  return out;
}

/**
 * Names that must be unique but are derived from the user's: two Secrets with one name in
 * tars-dataplane overwrite each other (or make the -cluster stack declare one object twice),
 * two exporters injecting one environment variable name leave the collector one of the two
 * values, and two Secret keys mapping to one Terraform variable (`otel-a`/`B_C` and
 * `otel-a-b`/`C` both give `otel_a_b_c`) would send one backend the other's credential.
 */
export const secretCollisions: Rule = {
  id: "AR036",
  severity: "error",
  title: "Two Secrets, environment variables or Terraform variables with one name",
  guide: "Appendix C and D: each credential in its own Secret (otel-azure-creds, the exporter Secrets, the image-pull secret)",
  waivable: false,
  check(env) {
    const out: Finding[] = [];
    const secrets = secretsOf(env);

    // One Secret per namespace and name: the same name in two namespaces is two Secrets.
    const byName = new Map<string, SecretUse>();
    const reported = new Set<string>();
    for (const s of secrets) {
      const id = `${s.namespace}/${s.name}`;
      const first = byName.get(id);
      if (!first) {
        byName.set(id, s);
        continue;
      }
      if (first.external && s.external) continue; // one Secret the team delivers, read by two exporters
      if (reported.has(`${s.path}\0${first.path}`)) continue; // the pull Secret meets another in both namespaces once
      reported.add(`${s.path}\0${first.path}`);
      out.push(
        finding(
          s.path,
          `names Secret ${s.name}, which ${first.path} also names: two Secrets with one name in ${s.namespace} overwrite each other`,
          `give ${s.path} another name, e.g. ${s.name}-2`,
          s.name,
        ),
      );
    }

    const byKey = new Map<string, { secret: SecretUse; path: string }>();
    for (const s of secrets) {
      for (const k of s.keys) {
        const first = byKey.get(k.key);
        if (!first) byKey.set(k.key, { secret: s, path: k.path });
        else if (first.secret.name !== s.name) {
          out.push(
            finding(
              k.path,
              `injects environment variable ${k.key} into the collector, as ${first.path} does from Secret ${first.secret.name}: one would silently replace the other`,
              `rename one of the keys (and its \${env:...} reference)`,
              k.key,
            ),
          );
        }
      }
    }

    const variables = new Map<string, string>();
    if (env.registry.mode === "private") {
      variables.set("registry_username", "registry.private (registry_username)");
      variables.set("registry_password", "registry.private (registry_password)");
    }
    for (const s of secrets) {
      if (!s.fromVariables || !s.keys.length) continue;
      for (const k of s.keys) {
        const name = secretVariableName(s.name, k.key);
        const first = variables.get(name);
        if (first && first !== k.path) {
          out.push(
            finding(
              k.path,
              `maps to Terraform variable ${name} (Secret ${s.name}, key ${k.key}), as ${first} does: one backend would receive the other's credential`,
              "rename the Secret or the key so that <secretName>_<key>, lowercased with every other character as '_', differs",
              name,
            ),
          );
        } else variables.set(name, k.path);
      }
    }
    return out;
  },
};
