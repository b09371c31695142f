// Guide: Appendix C, Step c.1. The OpenTelemetry collector in tars-dataplane (the guide: any
// other namespace fails with "unknown namespace for the cache"): ConfigMap
// otel-collector-config, Deployment and Service otel-collector. Hardened to the Pod Security
// "restricted" profile; a checksum of the config on the pod template rolls the pods when the
// config changes (replacing the guide's manual `rollout restart`).
import { createHash } from "crypto";
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";
import { GUIDE_NAMES, NS_DATAPLANE } from "../plan/names";
import { COLLECTOR_PORTS, POD_IP_VAR } from "../config/telemetry";
import { DNS_EGRESS, PodIsolation, tcpEgress, type PodIsolationProps } from "./network-policy";
import { restrictedPod, RESTRICTED_CONTAINER } from "./pod-security";

export const COLLECTOR_LABELS = { app: GUIDE_NAMES.collector } as const;

/** The contrib image runs as this non-root user. */
const COLLECTOR_UID = 10001;

export interface OtelCollectorProps {
  /** Pinned image (tag or digest). */
  readonly image: string;
  readonly replicas: number;
  /** The collector configuration, as YAML text. */
  readonly config: string;
  /** Environment variables read from Secrets: `${env:NAME}` in the config. */
  readonly secretEnv: readonly { readonly name: string; readonly secret: string }[];
  /**
   * SecretProviderClass to mount (Secrets Store CSI driver), when an exporter's credential comes
   * from Key Vault: the driver syncs the Secrets the env vars read only while a pod mounts it.
   * @default none
   */
  readonly secretProviderClass?: string;
  /** TCP ports the exporters send to (the NetworkPolicy's only egress besides DNS). */
  readonly exporterPorts: readonly number[];
  /**
   * Whether the Prometheus exporter serves :9464, which a scraper in any namespace may reach.
   * @default false - no ingress on the metrics port
   */
  readonly prometheusScrape?: boolean;
}

/** Where the Key Vault objects appear in the container (the collector reads the synced Secret, not these files). */
export const COLLECTOR_SECRETS_MOUNT = "/mnt/secrets-store";

export class OtelCollector extends Construct {
  readonly deployment: k8s.KubeDeployment;
  readonly configChecksum: string;

  constructor(scope: Construct, id: string, props: OtelCollectorProps) {
    super(scope, id);
    const ns = NS_DATAPLANE;
    this.configChecksum = createHash("sha256").update(props.config).digest("hex");

    new k8s.KubeConfigMap(this, "Config", {
      metadata: { name: GUIDE_NAMES.collectorConfig, namespace: ns },
      data: { "config.yaml": props.config },
    });

    new k8s.KubeServiceAccount(this, "ServiceAccount", {
      metadata: { name: GUIDE_NAMES.collector, namespace: ns },
      automountServiceAccountToken: false,
    });

    this.deployment = new k8s.KubeDeployment(this, "Deployment", {
      metadata: { name: GUIDE_NAMES.collector, namespace: ns },
      spec: {
        replicas: props.replicas,
        selector: { matchLabels: { ...COLLECTOR_LABELS } },
        template: {
          metadata: { labels: { ...COLLECTOR_LABELS }, annotations: { "checksum/config": this.configChecksum } },
          spec: collectorPodSpec(props),
        },
      },
    });

    new PodIsolation(this, "NetworkPolicy", collectorIsolation(props));

    new k8s.KubeService(this, "Service", {
      // The label lets a ServiceMonitor select this Service.
      metadata: { name: GUIDE_NAMES.collector, namespace: ns, labels: { ...COLLECTOR_LABELS } },
      spec: {
        selector: { ...COLLECTOR_LABELS },
        ports: [
          { name: "otlp-grpc", port: COLLECTOR_PORTS.otlpGrpc, targetPort: k8s.IntOrString.fromNumber(COLLECTOR_PORTS.otlpGrpc) },
          { name: "otlp-http", port: COLLECTOR_PORTS.otlpHttp, targetPort: k8s.IntOrString.fromNumber(COLLECTOR_PORTS.otlpHttp) },
          { name: "prometheus", port: COLLECTOR_PORTS.prometheus, targetPort: k8s.IntOrString.fromNumber(COLLECTOR_PORTS.prometheus) },
        ],
      },
    });
  }
}

/** The collector's pod: restricted, its config and (with Key Vault) the SecretProviderClass mounted. */
function collectorPodSpec(props: OtelCollectorProps): k8s.PodSpec {
  const probe = (periodSeconds: number) => ({
    httpGet: { path: "/", port: k8s.IntOrString.fromString("health") },
    periodSeconds,
    timeoutSeconds: 2,
    failureThreshold: 3,
  });
  return {
    serviceAccountName: GUIDE_NAMES.collector,
    automountServiceAccountToken: false,
    securityContext: restrictedPod(COLLECTOR_UID),
    containers: [
      {
        name: "collector",
        image: props.image,
        ports: [
          { containerPort: COLLECTOR_PORTS.otlpGrpc, name: "otlp-grpc" },
          { containerPort: COLLECTOR_PORTS.otlpHttp, name: "otlp-http" },
          { containerPort: COLLECTOR_PORTS.prometheus, name: "prometheus" },
          { containerPort: COLLECTOR_PORTS.health, name: "health" },
        ],
        env: [
          // Receivers and the health check bind to the pod IP, not 0.0.0.0.
          { name: POD_IP_VAR, valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
          ...props.secretEnv.map((e) => ({ name: e.name, valueFrom: { secretKeyRef: { name: e.secret, key: e.name } } })),
        ],
        volumeMounts: [
          { name: "config", mountPath: "/etc/otelcol-contrib", readOnly: true },
          ...(props.secretProviderClass ? [{ name: "secrets-store", mountPath: COLLECTOR_SECRETS_MOUNT, readOnly: true }] : []),
        ],
        resources: {
          requests: { cpu: k8s.Quantity.fromString("100m"), memory: k8s.Quantity.fromString("128Mi") },
          limits: { cpu: k8s.Quantity.fromString("250m"), memory: k8s.Quantity.fromString("256Mi") },
        },
        livenessProbe: probe(10),
        readinessProbe: probe(5),
        securityContext: RESTRICTED_CONTAINER,
      },
    ],
    volumes: [
      { name: "config", configMap: { name: GUIDE_NAMES.collectorConfig } },
      // The Secrets Store CSI driver creates the Secrets the env vars read when it mounts
      // this volume, and deletes them with the last pod that mounts it: the mount is what
      // keeps them. The kubelet retries the container until the Secret exists; its token
      // for Key Vault comes from the CSIDriver's tokenRequests, not from an automounted
      // ServiceAccount token (docs/azure-behaviours.md, "Exporter credentials from Key Vault").
      ...(props.secretProviderClass
        ? [{ name: "secrets-store", csi: { driver: "secrets-store.csi.k8s.io", readOnly: true, volumeAttributes: { secretProviderClass: props.secretProviderClass } } }]
        : []),
    ],
  };
}

/**
 * Ingress: OTLP from the data plane's namespace (the egress envoy sends there: Step c.2's
 * backendRef, "Forwarding access logs"), the metrics port from a scraper in any namespace of
 * the cluster (Step c.1: "an in-cluster Prometheus"). The kubelet's health probes come from
 * the node, which a NetworkPolicy always allows. Egress: DNS and the exporters' ports.
 */
function collectorIsolation(props: OtelCollectorProps): PodIsolationProps {
  const port = (p: number): k8s.NetworkPolicyPort => ({ protocol: "TCP", port: k8s.IntOrString.fromNumber(p) });
  const ingress: k8s.NetworkPolicyIngressRule[] = [
    {
      from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": NS_DATAPLANE } } }],
      ports: [port(COLLECTOR_PORTS.otlpGrpc), port(COLLECTOR_PORTS.otlpHttp)],
    },
  ];
  if (props.prometheusScrape) ingress.push({ from: [{ namespaceSelector: {} }], ports: [port(COLLECTOR_PORTS.prometheus)] });
  return {
    name: GUIDE_NAMES.collector,
    namespace: NS_DATAPLANE,
    podLabels: COLLECTOR_LABELS,
    ingress,
    egress: props.exporterPorts.length ? [DNS_EGRESS, tcpEgress(props.exporterPorts)] : [DNS_EGRESS],
  };
}
