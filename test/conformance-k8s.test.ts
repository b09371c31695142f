// Every Kubernetes object the project synthesizes, for every example and every mode, is valid
// against the official schemas (Kubernetes 1.34 OpenAPI, the CRDs, the ALB JSON Schemas).
// Unknown fields are errors. The schemas are test/schemas/ (committed), so this runs in every clone.
import { loadEnvironments } from "../config/loader";
import { celRules, compileRule } from "./conformance/cel";
import { K8sValidator } from "./conformance/k8s-validator";
import { describeWithSchemas } from "./conformance/schemas";
import { MODES } from "./fixtures/modes";
import { exampleFiles, makeEnv, manifestObjectsOf, objectsOf, ROOT, synthStacks, type K8sObject } from "./helpers";
import type { Environment } from "../config/loader";

/** The YAML of dist/<env>/ and the objects the -cluster stack creates with kubernetes_manifest. */
const allObjects = (env: Environment): K8sObject[] => [...objectsOf(env), ...manifestObjectsOf(synthStacks(env).clusterJson)];

describeWithSchemas("Kubernetes conformance", () => {
  const validator = new K8sValidator();
  const environments: [string, K8sObject[]][] = [
    ...loadEnvironments(exampleFiles(), ROOT).environments.map((l) => [l.file, allObjects(l.env)] as [string, K8sObject[]]),
    ...Object.entries(MODES).map(([name, patch]) => [`mode: ${name}`, allObjects(makeEnv(patch))] as [string, K8sObject[]]),
  ];

  test.each(environments)("%s: every object validates", (_name, objects) => {
    expect(objects.length).toBeGreaterThan(0);
    const failures = objects
      .map((o) => ({ object: `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ""}/${o.metadata.name}`, errors: validator.validate(o) }))
      .filter((f) => f.errors.length);
    expect(failures).toEqual([]);
  });

  test("every kind synthesized anywhere is covered by an official schema", () => {
    const kinds = new Set(environments.flatMap(([, objects]) => objects.map((o) => `${o.apiVersion} ${o.kind}`)));
    expect([...kinds].filter((k) => validator.validate({ apiVersion: k.split(" ")[0], kind: k.split(" ")[1] })[0]?.startsWith("no schema"))).toEqual([]);
  });

  test("every CEL rule of every CRD kind synthesized anywhere compiles (so every one is evaluated)", () => {
    const kinds = new Set(environments.flatMap(([, objects]) => objects.map((o) => `${o.apiVersion} ${o.kind}`)));
    const rules = [...kinds].flatMap((k) => celRules(validator.crdSchema(k.split(" ")[0], k.split(" ")[1])));
    expect(rules.length).toBeGreaterThan(100);
    expect(rules.filter((r) => { try { compileRule(r); return false; } catch { return true; } })).toEqual([]);
  });

  test("CEL rules are evaluated on every CRD kind whose objects reach a rule", () => {
    for (const [, objects] of environments) objects.forEach((o) => validator.validate(o));
    const evaluated = Object.fromEntries([...validator.celEvaluated].filter(([, n]) => n > 0).map(([k]) => [k, true]));
    // The other CRD kinds emitted (ClusterIssuer, ReferenceGrant, Application, Kustomization, ...)
    // carry rules only on fields the project does not set.
    expect(evaluated).toEqual({
      "gateway.envoyproxy.io/v1alpha1/envoyproxy": true,
      "gateway.networking.k8s.io/v1/gateway": true,
      "gateway.networking.k8s.io/v1/httproute": true,
      "source.toolkit.fluxcd.io/v1/gitrepository": true,
    });
  });

  describe("the validator can fail", () => {
    const ingress = objectsOf(makeEnv()).find((o) => o.kind === "Ingress")!;

    test("an unknown field is an error", () => {
      expect(validator.validate({ ...ingress, spec: { ...(ingress.spec as object), ingressClass: "x" } })).toEqual([
        '/spec must NOT have additional properties (unknown field "ingressClass")',
      ]);
    });

    test("a wrong type is an error", () => {
      const bad = structuredClone(ingress) as any;
      bad.spec.rules[0].http.paths[0].backend.service.port.number = "10080";
      expect(validator.validate(bad).join()).toMatch(/port\/number must be integer/);
    });

    test("an unknown field in a CRD object and in its metadata is an error", () => {
      const issuer = objectsOf(makeEnv({ tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev" } } })).find((o) => o.kind === "ClusterIssuer")!;
      const bad = structuredClone(issuer) as any;
      bad.spec.acme.emial = "x";
      bad.metadata.namespacee = "x";
      const errors = validator.validate(bad);
      expect(errors.join("\n")).toMatch(/\/metadata.*unknown field "namespacee"/);
      expect(errors.join("\n")).toMatch(/\/spec\/acme.*unknown field "emial"/);
    });

    test("an object that breaks a CRD's CEL rule is an error (EnvoyProxy: an OpenTelemetry sink without openTelemetry)", () => {
      const patch = objectsOf(makeEnv()).find((o) => o.kind === "EnvoyProxy")!;
      expect(validator.validate(patch)).toEqual([]);
      const bad = structuredClone(patch) as any;
      delete bad.spec.telemetry.metrics.sinks[0].openTelemetry;
      expect(validator.validate(bad)).toEqual(["/spec/telemetry/metrics/sinks/0: If MetricSink type is OpenTelemetry, openTelemetry field needs to be set."]);
    });

    test("a CEL rule over a list of objects is evaluated (Gateway: duplicate listener)", () => {
      const gateway = structuredClone(objectsOf(makeEnv(MODES["agc on Overlay + Cilium, no TLS"])).find((o) => o.kind === "Gateway")!) as any;
      gateway.spec.listeners.push({ ...gateway.spec.listeners[0] });
      expect(validator.validate(gateway).join("\n")).toMatch(/Listener name must be unique/);
    });

    test("the SecretProviderClass the -cluster stack creates is validated, and an unknown field in it is an error", () => {
      const spc = manifestObjectsOf(synthStacks(makeEnv(MODES["agic, key-vault TLS"])).clusterJson).find((o) => o.kind === "SecretProviderClass")!;
      expect(validator.validate(spc)).toEqual([]);
      const bad = structuredClone(spc) as any;
      bad.spec.secretObjects[0].secretNmae = "x";
      expect(validator.validate(bad).join()).toMatch(/unknown field "secretNmae"/);
    });

    test("an unknown field in an ALB object is an error", () => {
      const agc = objectsOf(makeEnv(MODES["agc on Overlay + Cilium, no TLS"]));
      const policy = structuredClone(agc.find((o) => o.kind === "HealthCheckPolicy")!) as any;
      policy.spec.default.http.statusCode = 200;
      expect(validator.validate(policy).join()).toMatch(/unknown field "statusCode"/);
    });
  });
});
