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
const crds = (...files) => files.map((f) => fs.readFileSync(path.join(schemas, "crds", f), "utf8")).join("\n---\n");

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
    "gateway-api/v1.6.1/standard/gateway.networking.k8s.io_gateways.yaml",
    "gateway-api/v1.6.1/standard/gateway.networking.k8s.io_httproutes.yaml",
    "gateway-api/v1.6.1/standard/gateway.networking.k8s.io_referencegrants.yaml",
  ),
  "envoy-gateway": crds("envoy-gateway/v1.9.0/gateway.envoyproxy.io_envoyproxies.yaml"),
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
