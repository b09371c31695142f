// Observability as it applies: the collector's exporters and whether a Log Analytics workspace exists.
import type { Environment } from "../config/loader";
import { collectorKeyVaultSecrets, exportersOf, type ExporterSpec } from "../config/telemetry";
import { wafLogsToWorkspace } from "./waf";

export interface ObservabilityPlan extends Readonly<Environment["observability"]> {
  /** Every exporter the environment turns on, in a fixed order. */
  readonly exporterSpecs: readonly ExporterSpec[];
  /** What SecretProviderClass otel-collector-secrets holds (empty: the collector reads no vault). */
  readonly collectorKeyVault: ReturnType<typeof collectorKeyVaultSecrets>;
  /** Container Insights on a cluster the project creates, the Azure Monitor exporter or the WAF's logs need the workspace. */
  readonly logAnalyticsNeeded: boolean;
}

export function resolveObservability(env: Environment): ObservabilityPlan {
  return { ...env.observability, exporterSpecs: exportersOf(env), collectorKeyVault: collectorKeyVaultSecrets(env), logAnalyticsNeeded: logAnalyticsNeeded(env) };
}

/** A reused cluster is never modified, so its Container Insights is not the project's to turn on. */
export function logAnalyticsNeeded(env: Environment): boolean {
  return (env.cluster.containerInsights && !env.cluster.existing) || env.observability.exporters.azureMonitor !== undefined || wafLogsToWorkspace(env);
}
