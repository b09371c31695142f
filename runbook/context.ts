// What every runbook section and script needs to know about an environment, computed once.
import { acrLoginServer, imageRegistry, pullSecretName } from "../config/derived";
import { clusterResourceGroup } from "../plan/cluster";
import { dataPlaneUrl, urlScheme } from "../plan/endpoint";
import { NIP_IO_HOST, stackNames } from "../plan/names";
import type { Environment } from "../config/loader";
import { sensitiveVariables, type SensitiveVariable } from "../config/variables";

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
  /** `url`, or its nip.io placeholder where the gateway's IP is not known before apply. */
  readonly shownUrl: string;
  /** `host`, or its nip.io placeholder. */
  readonly shownHost: string;
  readonly scheme: "http" | "https";
  readonly sensitiveVariables: readonly SensitiveVariable[];
}

export function runbookContext(env: Environment): RunbookContext {
  const stacks = stackNames(env);
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
    shownUrl: dataPlaneUrl(env) ?? `http://${NIP_IO_HOST}`,
    shownHost: env.dns.hostname ?? NIP_IO_HOST,
    scheme: urlScheme(env),
    sensitiveVariables: sensitiveVariables(env),
  };
}
