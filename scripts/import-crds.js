#!/usr/bin/env node
"use strict";
// Regenerates imports/ (cdk8s typed classes for the CRDs the charts use) from the official
// schemas in ../shared/schemas. Run: node scripts/import-crds.js  (needs network for npx
// on first use; the output is committed, so synth and tests never need this).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const YAML = require("yaml");

const root = path.resolve(__dirname, "..");
const schemas = path.resolve(root, "..", "shared", "schemas");
const CDK8S_CLI = "cdk8s-cli@2.207.60";
const crds = (...files) => files.map((f) => (typeof f === "string" ? fs.readFileSync(path.join(schemas, "crds", f), "utf8") : trimmed(f))).join("\n---\n");

// What the charts do not use is left out of the bindings: every module of imports/ is loaded
// (and its toJson functions compiled) by every synth, and EnvoyProxy's full schema alone made
// 1.8 MB of TypeScript (docs/performance.md). A CRD given as { file, versions, spec } keeps only
// those served versions and, when `spec` lists field paths ("telemetry.metrics"), only those
// fields of spec. The bindings then reject (tsc) an object literal that sets a field left out,
// and their toJson drops such a field silently (test/rendered.test.ts would show it in the
// examples' dist/): add the field here and run this script again.
function trimmed({ file, versions, spec }) {
  const crd = YAML.parse(fs.readFileSync(path.join(schemas, "crds", file), "utf8"));
  if (versions) {
    const missing = versions.filter((v) => !crd.spec.versions.some((s) => s.name === v));
    if (missing.length) throw new Error(`${file}: no version ${missing.join(", ")}`);
    crd.spec.versions = crd.spec.versions.filter((v) => versions.includes(v.name));
  }
  if (spec) for (const v of crd.spec.versions) keepFields(v.schema.openAPIV3Schema.properties.spec, spec, `${file} ${v.name}: spec`);
  return YAML.stringify(crd, { lineWidth: 0 });
}

/** Keeps only the fields `paths` name (dotted) of an object schema, in place. */
function keepFields(schema, paths, where) {
  const heads = [...new Set(paths.map((p) => p.split(".")[0]))];
  const missing = heads.filter((k) => !(k in (schema.properties ?? {})));
  if (missing.length) throw new Error(`${where} has no ${missing.join(", ")}`);
  schema.properties = Object.fromEntries(Object.entries(schema.properties).filter(([k]) => heads.includes(k)));
  if (schema.required) schema.required = schema.required.filter((k) => heads.includes(k));
  // rules that may name the fields left out (CEL) mean nothing to the bindings
  delete schema["x-kubernetes-validations"];
  for (const head of heads) {
    if (paths.includes(head)) continue; // the whole field
    const rest = paths.filter((p) => p.startsWith(head + ".")).map((p) => p.slice(head.length + 1));
    keepFields(schema.properties[head], rest, `${where}.${head}`);
  }
}

// The ALB controller ships its CRDs only inside its OCI chart; the JSON Schemas in
// ../shared/schemas/jsonschema are wrapped into CRDs so cdk8s can import them.
function albCrd(file, kind, plural) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemas, "jsonschema", "alb.networking.azure.io", file), "utf8"));
  delete schema.$schema;
  return YAML.stringify({
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: `${plural}.alb.networking.azure.io` },
    spec: {
      group: "alb.networking.azure.io",
      names: { kind, plural, singular: kind.toLowerCase(), listKind: `${kind}List` },
      scope: "Namespaced",
      versions: [{ name: "v1", served: true, storage: true, schema: { openAPIV3Schema: schema } }],
    },
  });
}

const groups = {
  "cert-manager": crds("cert-manager/v1.21.1/cert-manager.io_clusterissuers.yaml"),
  "gateway-api": crds(
    { file: "gateway-api/v1.6.1/standard/gateway.networking.k8s.io_gateways.yaml", versions: ["v1"] },
    { file: "gateway-api/v1.6.1/standard/gateway.networking.k8s.io_httproutes.yaml", versions: ["v1"] },
    // the AGC path writes ReferenceGrant v1beta1 (charts/agc-ingress.ts)
    "gateway-api/v1.6.1/standard/gateway.networking.k8s.io_referencegrants.yaml",
  ),
  // The project writes only EnvoyProxy telemetry, as a partial object (charts/envoyproxy-telemetry.ts).
  "envoy-gateway": crds({ file: "envoy-gateway/v1.9.0/gateway.envoyproxy.io_envoyproxies.yaml", spec: ["telemetry.metrics.sinks"] }),
  alb: [
    albCrd("applicationloadbalancer_v1.json", "ApplicationLoadBalancer", "applicationloadbalancers"),
    albCrd("healthcheckpolicy_v1.json", "HealthCheckPolicy", "healthcheckpolicies"),
    albCrd("webapplicationfirewallpolicy_v1.json", "WebApplicationFirewallPolicy", "webapplicationfirewallpolicies"),
  ].join("\n---\n"),
  argocd: crds("argo-cd/v3.5.1/application-crd.yaml"),
  "flux-source": crds("flux-source-controller/v1.9.1/source.toolkit.fluxcd.io_gitrepositories.yaml"),
  "flux-kustomize": crds("flux-kustomize-controller/v1.9.4/kustomize.toolkit.fluxcd.io_kustomizations.yaml"),
  prometheus: crds(
    "prometheus-operator/v0.93.0/monitoring.coreos.com_servicemonitors.yaml",
    "prometheus-operator/v0.93.0/monitoring.coreos.com_prometheusrules.yaml",
  ),
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), "crds-"));
for (const [name, text] of Object.entries(groups)) {
  const file = path.join(work, `${name}.yaml`);
  fs.writeFileSync(file, text);
  execFileSync("npx", ["--yes", CDK8S_CLI, "import", file, "--output", path.join(root, "imports"), "--language", "typescript"], {
    stdio: "inherit",
    cwd: work,
  });
}
fs.rmSync(work, { recursive: true, force: true });
