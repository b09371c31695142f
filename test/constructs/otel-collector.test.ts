import { COLLECTOR_SECRETS_MOUNT, OtelCollector, type OtelCollectorProps } from "../../charts/otel-collector";
import { kinds, one, synthChart } from "./synth-chart";

const base: OtelCollectorProps = { image: "otel/opentelemetry-collector-contrib:0.98.0@sha256:" + "a".repeat(64), replicas: 2, config: "receivers: {}\n", secretEnv: [], exporterPorts: [] };
const synth = (props: Partial<OtelCollectorProps> = {}) => synthChart((s) => new OtelCollector(s, "Collector", { ...base, ...props }));
const podSpec = (props: Partial<OtelCollectorProps> = {}) => one(synth(props), "Deployment").spec.template.spec;

describe("OtelCollector", () => {
  test("the ConfigMap, ServiceAccount, Deployment, NetworkPolicy and Service of Step c.1, in tars-dataplane", () => {
    const objects = synth();
    expect(kinds(objects)).toEqual([
      "ConfigMap/otel-collector-config",
      "ServiceAccount/otel-collector",
      "Deployment/otel-collector",
      "NetworkPolicy/otel-collector",
      "Service/otel-collector",
    ]);
    expect(new Set(objects.map((o) => o.metadata.namespace))).toEqual(new Set(["tars-dataplane"]));
    expect(one(objects, "ConfigMap").data).toEqual({ "config.yaml": "receivers: {}\n" });
    expect(one(objects, "Deployment").spec.replicas).toBe(2);
  });

  test("a change of config rolls the pods: the checksum on the template follows it", () => {
    const checksum = (config: string) => one(synth({ config }), "Deployment").spec.template.metadata.annotations["checksum/config"];
    expect(checksum("a: 1\n")).toMatch(/^[0-9a-f]{64}$/);
    expect(checksum("a: 1\n")).not.toBe(checksum("a: 2\n"));
  });

  test("exporter credentials come from their Secrets, by key", () => {
    const env = podSpec({ secretEnv: [{ name: "DD_API_KEY", secret: "datadog-creds" }] }).containers[0].env;
    expect(env).toContainEqual({ name: "DD_API_KEY", valueFrom: { secretKeyRef: { name: "datadog-creds", key: "DD_API_KEY" } } });
  });

  test("mounts the SecretProviderClass only when one is given", () => {
    expect(podSpec().volumes.map((v: { name: string }) => v.name)).toEqual(["config"]);
    const spec = podSpec({ secretProviderClass: "otel-collector-secrets" });
    expect(spec.volumes[1]).toEqual({ name: "secrets-store", csi: { driver: "secrets-store.csi.k8s.io", readOnly: true, volumeAttributes: { secretProviderClass: "otel-collector-secrets" } } });
    expect(spec.containers[0].volumeMounts[1]).toEqual({ name: "secrets-store", mountPath: COLLECTOR_SECRETS_MOUNT, readOnly: true });
  });

  test("the NetworkPolicy: OTLP from tars-dataplane, the metrics port only when scraped, egress to DNS and the exporters' ports", () => {
    const policy = (props: Partial<OtelCollectorProps>) => one(synth(props), "NetworkPolicy").spec;
    const closed = policy({});
    expect(closed.ingress).toHaveLength(1);
    expect(closed.ingress[0].from).toEqual([{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "tars-dataplane" } } }]);
    expect(closed.ingress[0].ports.map((p: { port: number }) => p.port)).toEqual([4317, 4318]);
    expect(closed.egress).toHaveLength(1);
    const open = policy({ prometheusScrape: true, exporterPorts: [443, 4317] });
    expect(open.ingress[1]).toEqual({ from: [{ namespaceSelector: {} }], ports: [{ protocol: "TCP", port: 9464 }] });
    expect(open.egress[1].ports.map((p: { port: number }) => p.port)).toEqual([443, 4317]);
  });
});
