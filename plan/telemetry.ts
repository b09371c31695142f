// Observability as it applies: the collector's exporters and whether a Log Analytics workspace exists.
import type { Environment } from "../config/loader";
import { collectorKeyVaultSecrets, exportersOf, type ExporterSpec } from "../config/telemetry";
import { wafLogsToWorkspace } from "./waf";

export interface ObservabilityPlan extends Readonly<Environment["observability"]> {
  /** Every exporter the environment turns on, in a fixed order. */
  readonly exporterSpecs: readonly ExporterSpec[];
  /** What SecretProviderClass otel-collector-secrets holds (empty: the collector reads no vault). */
  readonly collectorKeyVault: ReturnType<typeof collectorKeyVaultSecrets>;
  /**
   * The Log Analytics workspace that Container Insights on a cluster the project creates, the Azure
   * Monitor exporter or the WAF's logs need: one the `-azure` stack creates, or the one the exporter
   * names (`azureMonitor.logAnalyticsWorkspaceId`). Undefined: nothing needs one.
   */
  readonly workspace?: { readonly created: true } | { readonly created: false; readonly id: string };
}

export function resolveObservability(env: Environment): ObservabilityPlan {
  const existingId = env.observability.exporters.azureMonitor?.logAnalyticsWorkspaceId;
  const workspace = !logAnalyticsNeeded(env) ? undefined : existingId ? { created: false as const, id: existingId } : { created: true as const };
  return { ...env.observability, exporterSpecs: exportersOf(env), collectorKeyVault: collectorKeyVaultSecrets(env), ...(workspace ? { workspace } : {}) };
}

/** A reused cluster is never modified, so its Container Insights is not the project's to turn on. */
export function logAnalyticsNeeded(env: Environment): boolean {
  return (env.cluster.containerInsights && !env.cluster.existing) || env.observability.exporters.azureMonitor !== undefined || wafLogsToWorkspace(env);
}
