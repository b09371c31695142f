// Guide: Prerequisites → Cluster sizing. The tiers are data, not code paths.

export type SizingTier = "small" | "medium" | "high";

export interface NodePoolPreset {
  /** VM size of the default node pool. */
  readonly vmSize: string;
  /** Node count; the guide never goes below three. */
  readonly nodeCount: number;
  /** What the guide recommends the tier for. */
  readonly useCase: string;
}

export const SIZING_TIERS: Readonly<Record<SizingTier, NodePoolPreset>> = {
  small: { vmSize: "Standard_B2s", nodeCount: 3, useCase: "Dev / test / low traffic" },
  medium: { vmSize: "Standard_D4s_v5", nodeCount: 3, useCase: "Staging / light production" },
  high: { vmSize: "Standard_D8s_v5", nodeCount: 3, useCase: "Production with burst headroom" },
};

/** The guide's floor: "Maintain a minimum of three nodes to tolerate node upgrades and evictions." */
export const MIN_NODE_COUNT = 3;

/**
 * Pinned versions of everything the project installs. The chart versions and the collector and
 * pause images are the schema's defaults (an environment may set others); the kubectl image of
 * the project's Jobs is fixed here.
 */
export const PINNED = {
  certManagerChart: "v1.18.2",
  albControllerChart: "1.13.0",
  /** argo-helm's argo-cd chart 9.1.4 ships Argo CD v3.2.0 (docs/azure-behaviours.md, "GitOps engines the stacks install"). */
  argoCdChart: "9.1.4",
  /** argo-helm's argocd-apps chart: the bootstrap AppProject and Application, after the CRDs exist. */
  argoCdAppsChart: "2.0.2",
  otelCollectorImage: "otel/opentelemetry-collector-contrib:0.98.0",
  kubectlImage: "registry.k8s.io/kubectl:v1.34.0",
  /** The TLS sync pod's container: it only has to exist while the Secrets Store CSI volume is mounted. */
  pauseImage: "registry.k8s.io/pause:3.10",
} as const;
