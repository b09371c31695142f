// What the project emits, across every example environment and every test mode
// (test/fixtures/modes.ts): the Kubernetes kinds and the Terraform providers, resource types and
// data source types. scripts/trim-schemas.js trims the official schemas to exactly this, so a
// resource or kind added anywhere is picked up by re-running it.
import { loadEnvironments } from "../../config/loader";
import { MODES } from "../fixtures/modes";
import { exampleFiles, makeEnv, manifestObjectsOf, objectsOf, ROOT, synthStacks, type TfJson } from "../helpers";

export interface Emitted {
  /** "apiVersion kind", e.g. "networking.k8s.io/v1 Ingress". */
  readonly kinds: string[];
  /** Provider names with a provider block, e.g. "azurerm". */
  readonly providers: string[];
  /** Managed resource types, e.g. "azurerm_kubernetes_cluster". */
  readonly resources: string[];
  /** Data source types, e.g. "azurerm_client_config" (terraform_remote_state is built in and left out). */
  readonly dataSources: string[];
}

export function emitted(): Emitted {
  const envs = [...loadEnvironments(exampleFiles(), ROOT).environments.map((l) => l.env), ...Object.values(MODES).map((patch) => makeEnv(patch))];
  const kinds = new Set<string>();
  const providers = new Set<string>();
  const resources = new Set<string>();
  const dataSources = new Set<string>();
  for (const env of envs) {
    for (const o of objectsOf(env)) kinds.add(`${o.apiVersion} ${o.kind}`);
    const s = synthStacks(env);
    // Kubernetes objects the -cluster stack creates with kubernetes_manifest (SecretProviderClass).
    for (const o of manifestObjectsOf(s.clusterJson)) kinds.add(`${o.apiVersion} ${o.kind}`);
    for (const json of [s.azureJson, s.clusterJson] as TfJson[]) {
      for (const p of Object.keys(json.provider ?? {})) providers.add(p);
      for (const t of Object.keys(json.resource ?? {})) resources.add(t);
      for (const t of Object.keys(json.data ?? {})) if (t !== "terraform_remote_state") dataSources.add(t);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { kinds: sorted(kinds), providers: sorted(providers), resources: sorted(resources), dataSources: sorted(dataSources) };
}
