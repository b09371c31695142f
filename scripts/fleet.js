"use strict";
// Generates N environment files for the benchmark: every mode of the examples mixed
// (AGIC/AGC, the TLS modes, registries, DNS modes, exporters, GitOps, backends).
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");

const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
const EMAIL = "platform-oncall@acme-ai.dev";

/** Variations applied in turn; environment i gets variation i % length. */
const VARIATIONS = [
  {},
  { tls: { mode: "byo" } },
  {
    production: true,
    // Production turns the WAF on, whose Ingress names the API policy by resource ID (AR039).
    azure: { subscriptionId: SUB },
    cluster: { tier: "medium", apiServerAuthorizedIpRanges: ["203.0.113.0/24"] },
    tls: { mode: "cert-manager", certManager: { email: EMAIL, issuer: "letsencrypt-prod", stagingVerified: true } },
    dns: { mode: "azure-dns", azureDns: { zoneName: "acme-ai.dev", resourceGroup: "rg-dns" } },
    observability: { accessLogs: true, exporters: { azureMonitor: {} } },
    gitops: { repoUrl: "https://github.com/acme-ai/gitops.git", argocd: { enabled: true } },
    state: { backend: "azurerm", azurerm: { resourceGroupName: "rg-tfstate", storageAccountName: "acmeaitfstate" } },
    // Production pins the data plane release (AR057).
    dataPlane: { version: "0.1.0-beta.4" },
  },
  {
    azure: { subscriptionId: SUB },
    ingress: { mode: "agc" },
    cluster: { network: { pluginMode: "overlay", dataplane: "cilium" } },
    registry: { mode: "private", acrName: undefined, private: { host: "registry.acme-ai.dev", repository: "registry.acme-ai.dev/tare" } },
    observability: { exporters: { datadog: {}, prometheus: { operator: true } } },
    gitops: { repoUrl: "https://github.com/acme-ai/gitops.git", flux: { enabled: true } },
  },
  { registry: { mode: "acr-admin", adminPullSecret: "cluster" }, dns: { mode: "nip-io", hostname: undefined } },
  {
    cluster: { existing: { resourceGroup: "rg-platform-aks" } },
    tls: { mode: "cert-manager", certManager: { email: EMAIL } },
    state: { backend: "cloud", cloud: { organization: "acme-ai" } },
  },
];

function merge(base, patch) {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else if (v && typeof v === "object" && !Array.isArray(v) && out[k] && typeof out[k] === "object") out[k] = merge(out[k], v);
    else out[k] = v;
  }
  return out;
}

/** Writes N environment files into dir; returns their paths. */
function writeFleet(dir, n) {
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < n; i++) {
    const id = String(i).padStart(3, "0");
    const base = {
      name: `fleet-${id}`,
      azure: { location: "westeurope", resourceGroup: `rg-agent-router-fleet-${id}`, tags: { owner: "platform-team" } },
      cluster: { name: `tars-fleet-${id}`, tier: "small" },
      registry: { acrName: `tarsfleet${id}acr` },
      dns: { hostname: `proxy-${id}.acme-ai.dev` },
    };
    const file = path.join(dir, `fleet-${id}.yaml`);
    fs.writeFileSync(file, YAML.stringify(merge(base, VARIATIONS[i % VARIATIONS.length])));
    files.push(file);
  }
  return files;
}

module.exports = { writeFleet, VARIATIONS };
