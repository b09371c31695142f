// Pod-level network isolation: every pod the project creates is selected by a NetworkPolicy of
// its own (never a namespace-wide one, which would cut tare's pods in tars-dataplane), allowing
// only what it needs. Before: no NetworkPolicy at all.
import { MODES } from "./fixtures/modes";
import { findObject, makeEnv, objectsOf, type K8sObject } from "./helpers";

type Any = any;

/** The labels of the pods a workload creates. */
function podLabels(o: Any): Record<string, string> | undefined {
  if (o.kind === "Deployment" || o.kind === "Job") return o.spec.template.metadata?.labels;
  if (o.kind === "CronJob") return o.spec.jobTemplate.spec.template.metadata?.labels;
  return undefined;
}

const selects = (policy: Any, labels: Record<string, string>) =>
  Object.entries(policy.spec.podSelector.matchLabels ?? {}).every(([k, v]) => labels[k] === v) && !policy.spec.podSelector.matchExpressions;

const ports = (rules: Any[] | undefined) => (rules ?? []).flatMap((r) => (r.ports ?? []).map((p: Any) => `${p.protocol}/${p.port}`)).sort();
const DNS = ["TCP/53", "UDP/53"];
const modes = Object.entries(MODES).map(([name, patch]) => [name, objectsOf(makeEnv(patch))] as const);

test.each(modes)("%s: every pod the project creates is isolated both ways by a policy that selects it by its labels", (_name, objects) => {
  const policies = objects.filter((o) => o.kind === "NetworkPolicy") as Any[];
  const workloads = objects.filter((o) => podLabels(o));
  const unisolated = workloads.filter((w) => !policies.some((p) => p.metadata.namespace === w.metadata.namespace && selects(p, podLabels(w)!) && p.spec.policyTypes.includes("Ingress") && p.spec.policyTypes.includes("Egress")));
  expect(unisolated.map((w) => `${w.kind}/${w.metadata.name}`)).toEqual([]);
  // Never namespace-wide: each policy names labels, and selects only the project's own pods.
  for (const p of policies) {
    expect(Object.keys(p.spec.podSelector.matchLabels ?? {}).length).toBeGreaterThan(0);
    expect([p.metadata.name, workloads.some((w) => selects(p, podLabels(w)!))]).toEqual([p.metadata.name, true]);
  }
});

describe("the collector", () => {
  const every = objectsOf(makeEnv(MODES["agic, cert-manager prod, azure-dns, every exporter, access logs"]));
  const policy = findObject(every, "NetworkPolicy", "otel-collector") as Any;

  test("ingress: OTLP from the data plane's namespace (the egress envoy), the metrics port from the cluster; nothing else", () => {
    expect(policy.spec.ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "tars-dataplane" } } }], ports: [{ protocol: "TCP", port: 4317 }, { protocol: "TCP", port: 4318 }] },
      { from: [{ namespaceSelector: {} }], ports: [{ protocol: "TCP", port: 9464 }] },
    ]);
  });

  test("egress: the cluster DNS and the exporters' ports only (443 for the SaaS exporters, the OTLP endpoints' own)", () => {
    expect(policy.spec.egress[0]).toEqual({
      to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
      ports: [{ protocol: "UDP", port: 53 }, { protocol: "TCP", port: 53 }],
    });
    expect(ports(policy.spec.egress.slice(1))).toEqual(["TCP/4317", "TCP/443"]);
  });

  test("no metrics-port ingress without the Prometheus exporter; an OTLP/HTTP endpoint's explicit port is the one allowed", () => {
    const objects = objectsOf(
      makeEnv({ observability: { exporters: { prometheus: { enabled: false }, otlpHttp: [{ name: "loki", endpoint: "http://loki.monitoring.svc:3100/otlp" }] } } }),
    );
    const p = findObject(objects, "NetworkPolicy", "otel-collector") as Any;
    expect(ports(p.spec.ingress)).toEqual(["TCP/4317", "TCP/4318"]);
    expect(ports(p.spec.egress)).toEqual(["TCP/3100", ...DNS]);
  });
});

test("tls-sync: nothing in, nothing out (the CSI driver fetches the certificate on the node)", () => {
  const p = findObject(objectsOf(makeEnv(MODES["agic, key-vault TLS"])), "NetworkPolicy", "tars-tls-sync") as Any;
  expect(p.spec.policyTypes).toEqual(["Ingress", "Egress"]);
  expect([p.spec.ingress ?? [], p.spec.egress ?? []]).toEqual([[], []]);
});

test("the kubectl Jobs: nothing in; out only DNS and the API server's port", () => {
  const objects = objectsOf(makeEnv(MODES["agic, cert-manager prod, azure-dns, every exporter, access logs"]));
  for (const name of ["egress-restart", "envoyproxy-access-log"]) {
    const p = findObject(objects, "NetworkPolicy", name) as Any;
    expect([name, p.spec.ingress ?? []]).toEqual([name, []]);
    expect([name, ports(p.spec.egress)]).toEqual([name, ["TCP/443", ...DNS]]);
  }
});

test("no NetworkPolicy selects tare's pods: each policy's labels are those of a workload the project renders", () => {
  const objects: K8sObject[] = objectsOf(makeEnv(MODES["agic, TLS and every exporter credential from one Key Vault, access logs"]));
  const names = objects.filter((o) => o.kind === "NetworkPolicy").map((o) => o.metadata.name).sort();
  expect(names).toEqual(["egress-restart", "envoyproxy-access-log", "otel-collector", "tars-tls-sync"]);
});
