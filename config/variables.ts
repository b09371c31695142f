// The sensitive Terraform variables of the `-cluster` stack: the credentials the project never
// sees, which feed the Secrets that stack creates. The stack declares them, the runbook has the
// operator export them (TF_VAR_<name>), and cleanup.sh passes placeholders to destroy; this is
// the one place that names and describes them.
import { gitopsInstalls } from "../plan/gitops";
import { usesKeyVault } from "../plan/key-vault";
import { clusterCreatesPullSecret, registryVariables } from "../plan/registry";
import type { Environment } from "./loader";
import { exportersOf, secretVariableName } from "./telemetry";

export interface SensitiveVariable {
  /** Terraform variable name; exported as TF_VAR_<name>. */
  readonly name: string;
  readonly description: string;
}

/** One key of an exporter's Secret that the stack creates from a variable (Appendix C). */
export function exporterVariable(secretName: string, key: string, exporterId: string): SensitiveVariable {
  return { name: secretVariableName(secretName, key), description: `${key} of Secret ${secretName} (exporter ${exporterId})` };
}

/**
 * The GitOps repository's credential (gitops.credentials), a variable of the stack that installs
 * the engine: `-azure` for Flux (the Flux configuration is an ARM resource), `-cluster` for Argo CD
 * (a repository Secret). Undefined when the repository is public or no engine is installed.
 */
export function gitopsVariable(env: Environment): (SensitiveVariable & { readonly stack: "azure" | "cluster" }) | undefined {
  const installs = gitopsInstalls(env);
  const c = env.gitops.credentials;
  if (c === "none" || (!installs.argocd && !installs.flux)) return undefined;
  const stack = installs.flux ? "azure" : "cluster";
  const repo = env.gitops.repoUrl ?? "the GitOps repository";
  return c === "https"
    ? { name: "gitops_https_password", description: `Token or password of user ${env.gitops.httpsUser} for ${repo} (gitops.credentials: https)`, stack }
    : { name: "gitops_ssh_private_key", description: `SSH private key (PEM or OpenSSH, read access) for ${repo} (gitops.credentials: ssh)`, stack };
}

/** Every sensitive variable the environment's `-azure` stack declares: the GitOps repository's credential for Flux. */
export function azureSensitiveVariables(env: Environment): SensitiveVariable[] {
  const v = gitopsVariable(env);
  return v?.stack === "azure" ? [{ name: v.name, description: v.description }] : [];
}

/** Every sensitive variable the environment's `-cluster` stack declares: the registry's, then the exporters'. */
export function sensitiveVariables(env: Environment): SensitiveVariable[] {
  const out: SensitiveVariable[] = [];
  if (env.registry.mode === "private") {
    const { username, password } = registryVariables(env);
    out.push(username, password);
  }
  for (const e of exportersOf(env)) {
    if (e.secret?.source !== "variable") continue;
    for (const key of e.secret.keys) out.push(exporterVariable(e.secret.name, key, e.id));
  }
  const g = gitopsVariable(env);
  if (g?.stack === "cluster") out.push({ name: g.name, description: g.description });
  return out;
}

/**
 * The data-plane namespaces the `-cluster` stack creates: tars-system when it puts the pull
 * secret there, tars-dataplane for that, an exporter Secret or a SecretProviderClass of the Key
 * Vault it creates (otherwise `tare
 * install` creates them, Step 6). The stack declares them; cleanup.sh deletes them after it.
 */
export function clusterStackNamespaces(env: Environment): { system: boolean; dataplane: boolean } {
  const system = clusterCreatesPullSecret(env);
  return {
    system,
    // An exporter Secret from Key Vault is the CSI driver's: the class (usesKeyVault) is what this stack puts there.
    dataplane: system || usesKeyVault(env) || exportersOf(env).some((e) => e.secret && (e.secret.source === "variable" || e.secret.source === "app-insights")),
  };
}
