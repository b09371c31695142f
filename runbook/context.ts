// What every runbook section and script needs to know about an environment, computed once.
import { acrLoginServer, clusterResourceGroup, dataPlaneUrl, imageRegistry, pullSecretName, stackNames, urlScheme } from "../config/derived";
import type { Environment } from "../config/loader";
import { exportersOf, secretVariableName } from "../config/telemetry";

export interface SensitiveVariable {
  /** Terraform variable name; export it as TF_VAR_<name>. */
  readonly name: string;
  readonly purpose: string;
}

export interface RunbookContext {
  readonly env: Environment;
  readonly stacks: { readonly azure: string; readonly cluster: string };
  /** Directory of the stacks, relative to the project root. */
  readonly stackDir: (stack: string) => string;
  /** Directory of this environment's YAML, relative to the project root. */
  readonly distDir: string;
  readonly clusterResourceGroup: string;
  readonly ownsCluster: boolean;
  readonly acr?: string;
  readonly imageRegistry: string;
  readonly pullSecret?: string;
  readonly url?: string;
  readonly host?: string;
  readonly scheme: "http" | "https";
  readonly sensitiveVariables: readonly SensitiveVariable[];
}

export function runbookContext(env: Environment): RunbookContext {
  const stacks = stackNames(env);
  const sensitive: SensitiveVariable[] = [];
  if (env.registry.mode === "private") {
    sensitive.push(
      { name: "registry_username", purpose: `pull credential for ${env.registry.private?.host} (Step d.1 REGISTRY_USERNAME)` },
      { name: "registry_password", purpose: `its password or token (Step d.1 REGISTRY_PASSWORD)` },
    );
  }
  for (const e of exportersOf(env)) {
    if (e.secret?.source !== "variable") continue;
    for (const key of e.secret.keys) {
      sensitive.push({ name: secretVariableName(e.secret.name, key), purpose: `${key} of Secret ${e.secret.name} (exporter ${e.id})` });
    }
  }
  return {
    env,
    stacks,
    stackDir: (stack) => `cdktf.out/stacks/${stack}`,
    distDir: `dist/${env.name}`,
    clusterResourceGroup: clusterResourceGroup(env),
    ownsCluster: !env.cluster.existing,
    acr: acrLoginServer(env) ? env.registry.acrName : undefined,
    imageRegistry: imageRegistry(env),
    pullSecret: pullSecretName(env),
    url: dataPlaneUrl(env),
    host: env.dns.hostname,
    scheme: urlScheme(env),
    sensitiveVariables: sensitive,
  };
}
