// Step 7.2: the Ingress, exactly as the guide writes it.
import { findObject, makeEnv, objectsOf, renderFiles } from "./helpers";

test("Step 7.2: tars-ingress in tars-dataplane, both health-probe annotations, egress:10080", () => {
  const ingress = findObject(objectsOf(makeEnv({ dns: { mode: "nip-io", hostname: undefined } })), "Ingress", "tars-ingress");
  expect(ingress).toEqual({
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      name: "tars-ingress",
      namespace: "tars-dataplane",
      labels: { "app.kubernetes.io/managed-by": "agent-router-azure", "app.kubernetes.io/part-of": "agent-router" },
      annotations: {
        "appgw.ingress.kubernetes.io/health-probe-path": "/",
        "appgw.ingress.kubernetes.io/health-probe-status-codes": "200-499",
        "argocd.argoproj.io/sync-wave": "0",
      },
    },
    spec: {
      ingressClassName: "azure-application-gateway",
      rules: [{ http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "egress", port: { number: 10080 } } } }] } }],
    },
  });
});

test("with a hostname, the rule is scoped to it", () => {
  const ingress = findObject(objectsOf(makeEnv()), "Ingress", "tars-ingress");
  expect((ingress.spec as any).rules[0].host).toBe("proxy.example-corp.com");
});

test("dist/<env>/ is a kustomization listing every manifest", () => {
  const files = renderFiles(makeEnv());
  expect(files.get("kustomization.yaml")).toContain("- platform");
  expect(files.get("platform/kustomization.yaml")).toContain("- ingress.k8s.yaml");
  for (const path of files.keys()) {
    if (!path.endsWith(".k8s.yaml")) continue;
    const [dir, file] = path.split("/");
    expect(files.get(`${dir}/kustomization.yaml`)).toContain(`- ${file}`);
  }
});
