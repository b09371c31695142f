// Exporter credentials from Key Vault. Per Key Vault mode, both outputs: the -cluster
// stack declares no variable and creates no Secret for them, but SecretProviderClass
// otel-collector-secrets; the -azure stack federates the collector's ServiceAccount; the
// collector mounts the class and still reads its env vars from the synced Secret.
import { planOf } from "../plan";
import { renderOperatorFiles } from "../runbook";
import { K8sValidator } from "./conformance/k8s-validator";
import { GRAFANA, KEY_VAULT_EXPORTERS, MODES, VAULT_ID } from "./fixtures/modes";
import { findObject, loadProblems, makeEnv, objectsOf, resourcesOf, synthStacks, type K8sObject } from "./helpers";

type Any = any;
const podOf = (objects: K8sObject[]): Any => (findObject(objects, "Deployment", "otel-collector") as Any).spec.template.spec;
const spcOf = (clusterJson: Any): Any => (resourcesOf(clusterJson, "kubernetes_manifest") as Any[]).map((m) => m.manifest).find((m) => m.metadata.name === "otel-collector-secrets");
const runbookOf = (patch: Record<string, unknown>) => renderOperatorFiles(planOf(makeEnv(patch))).find((f) => f.path === "RUNBOOK.md")!.content;

/** The Key Vault modes of the matrix, with the credentials each takes from the vault: Secret → key → Key Vault secret. */
const KV_MODES: [string, Record<string, Record<string, string>>][] = [
  ["agic, an exporter credential from Key Vault", { "otel-datadog-creds": { DD_API_KEY: "datadog-api-key" } }],
  [
    "agic, TLS and every exporter credential from one Key Vault, access logs",
    {
      "otel-datadog-creds": { DD_API_KEY: "datadog-api-key" },
      "otel-grafana-creds": { GRAFANA_CLOUD_AUTH: "grafana-cloud-auth" },
      "otel-signalfx-creds": { SFX_ACCESS_TOKEN: "splunk-access-token" },
    },
  ],
];

describe.each(KV_MODES)("%s", (mode, fromVault) => {
  const env = makeEnv(MODES[mode]);
  const { azureJson, clusterJson } = synthStacks(env);
  const objects = objectsOf(env);
  const keys = Object.values(fromVault).flatMap((m) => Object.keys(m));

  test("Terraform: no sensitive variable and no Secret for a credential from Key Vault", () => {
    const variables = Object.keys(clusterJson.variable ?? {});
    for (const [secret, map] of Object.entries(fromVault)) {
      for (const key of Object.keys(map)) expect(variables.join(" ")).not.toContain(key.toLowerCase());
      expect((resourcesOf(clusterJson, "kubernetes_secret_v1") as Any[]).map((s) => s.metadata.name)).not.toContain(secret);
    }
  });

  test("Terraform: SecretProviderClass otel-collector-secrets, one secret object per key under the key's name, one Opaque Secret per exporter", () => {
    const spc = spcOf(clusterJson);
    expect(spc).toMatchObject({ apiVersion: "secrets-store.csi.x-k8s.io/v1", kind: "SecretProviderClass", spec: { provider: "azure" } });
    expect(spc.metadata.namespace).toMatch(/kubernetes_namespace_v1\.NamespaceDataplane/);
    expect(spc.spec.parameters).toMatchObject({ keyvaultName: "kv-acme-platform", usePodIdentity: "false", clientID: expect.stringMatching(/KeyVaultAccess.*client_id/) });
    for (const map of Object.values(fromVault)) {
      for (const [key, object] of Object.entries(map)) {
        expect(spc.spec.parameters.objects).toContain(`objectName: "${object}"\n    objectType: "secret"\n    objectAlias: "${key}"`);
      }
    }
    expect(spc.spec.secretObjects).toEqual(
      Object.entries(fromVault).map(([secretName, map]) => ({ secretName, type: "Opaque", data: Object.keys(map).map((key) => ({ key, objectName: key })) })),
    );
  });

  test("Terraform: the collector has its own identity, federated with its ServiceAccount alone, reading only its own secrets", () => {
    const identities = azureJson.resource!.azurerm_user_assigned_identity as Record<string, Any>;
    expect(Object.values(identities).map((i) => i.name)).toContain("tars-test-kv-collector");
    const collectorRef = "azurerm_user_assigned_identity.KeyVaultAccess_CollectorIdentity_51B7EC24";
    const creds = resourcesOf(azureJson, "azurerm_federated_identity_credential") as Any[];
    expect(creds.filter((f) => f.user_assigned_identity_id.includes(collectorRef)).map((f) => f.subject)).toEqual(["system:serviceaccount:tars-dataplane:otel-collector"]);
    const roles = (resourcesOf(azureJson, "azurerm_role_assignment") as Any[]).filter((r) => r.role_definition_name === "Key Vault Secrets User");
    const objects = [...new Set(Object.values(fromVault).flatMap((m) => Object.values(m)))];
    expect(roles.filter((r) => r.principal_id.includes(collectorRef)).map((r) => r.scope).sort()).toEqual(objects.map((o) => `${VAULT_ID}/secrets/${o}`).sort());
    // Nobody reads the whole vault.
    expect(roles.map((r) => r.scope)).not.toContain(VAULT_ID);
  });

  test("Terraform: the collector's SecretProviderClass names the collector's identity, never the TLS sync's", () => {
    expect(spcOf(clusterJson).spec.parameters.clientID).toMatch(/KeyVaultAccess_CollectorIdentity_51B7EC24.*client_id/);
  });

  test("Kubernetes: the collector mounts the class read-only through the CSI driver, and reads each key from the synced Secret", () => {
    const pod = podOf(objects);
    expect(pod.volumes).toContainEqual({ name: "secrets-store", csi: { driver: "secrets-store.csi.k8s.io", readOnly: true, volumeAttributes: { secretProviderClass: "otel-collector-secrets" } } });
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: "secrets-store", mountPath: "/mnt/secrets-store", readOnly: true });
    // The CSI driver's token comes from the CSIDriver's tokenRequests, not the pod's token.
    expect(pod.automountServiceAccountToken).toBe(false);
    for (const [secret, map] of Object.entries(fromVault)) {
      for (const key of Object.keys(map)) expect(pod.containers[0].env).toContainEqual({ name: key, valueFrom: { secretKeyRef: { name: secret, key } } });
    }
    expect(keys.length).toBeGreaterThan(0);
  });

  test("the runbook: each Key Vault secret set from standard input before the apply, no variable for it, how to see the sync", () => {
    const text = runbookOf(MODES[mode]);
    for (const map of Object.values(fromVault)) {
      for (const [key, object] of Object.entries(map)) {
        expect(text).toContain(`printf '%s' "$KV_SECRET" | az keyvault secret set --vault-name kv-acme-platform --name ${object} --file /dev/stdin --output none`);
        expect(text).not.toMatch(new RegExp(`TF_VAR_\\w*${key.toLowerCase()}`));
      }
    }
    expect(text).toContain("read -rs KV_SECRET");
    expect(text).not.toMatch(/secret set[^\n]*--value/);
    expect(text.indexOf("az keyvault secret set")).toBeLessThan(text.indexOf("terraform -chdir"));
    for (const secret of Object.keys(fromVault)) expect(text).toContain(`kubectl describe secret ${secret} -n tars-dataplane`);
    expect(text).toContain("kubectl rollout restart -n tars-dataplane deployment/otel-collector");
  });
});

test("TLS and exporters from one vault: two identities, and the collector's token cannot read the TLS key", () => {
  const { azureJson, clusterJson } = synthStacks(makeEnv(MODES["agic, TLS and every exporter credential from one Key Vault, access logs"]));
  const tlsRef = "azurerm_user_assigned_identity.KeyVaultAccess_A6E84038";
  const collectorRef = "azurerm_user_assigned_identity.KeyVaultAccess_CollectorIdentity_51B7EC24";
  expect(Object.keys(azureJson.resource!.azurerm_user_assigned_identity).sort()).toEqual(["KeyVaultAccess_A6E84038", "KeyVaultAccess_CollectorIdentity_51B7EC24"]);
  const creds = resourcesOf(azureJson, "azurerm_federated_identity_credential") as Any[];
  expect(creds.map((f) => [f.subject, f.user_assigned_identity_id.includes(tlsRef) ? "tls" : f.user_assigned_identity_id.includes(collectorRef) ? "collector" : "?"]).sort()).toEqual([
    ["system:serviceaccount:tars-dataplane:otel-collector", "collector"],
    ["system:serviceaccount:tars-dataplane:tars-tls-sync", "tls"],
  ]);
  const roles = (resourcesOf(azureJson, "azurerm_role_assignment") as Any[]).filter((r) => r.role_definition_name === "Key Vault Secrets User");
  const certificate = `${VAULT_ID}/secrets/proxy-example-corp-com`;
  expect(roles.filter((r) => r.scope === certificate).map((r) => r.principal_id)).toEqual([`\${${tlsRef}.principal_id}`]);
  expect(roles.filter((r) => r.principal_id.includes(tlsRef)).map((r) => r.scope)).toEqual([certificate]);
  const classes = (resourcesOf(clusterJson, "kubernetes_manifest") as Any[]).map((m) => m.manifest);
  expect(classes.find((m) => m.metadata.name === "tars-tls").spec.parameters.clientID).toContain("KeyVaultAccess_A6E84038");
  expect(classes.find((m) => m.metadata.name === "otel-collector-secrets").spec.parameters.clientID).toContain("KeyVaultAccess_CollectorIdentity_51B7EC24");
  // The runbook's permissions table says who reads what.
  expect(runbookOf(MODES["agic, TLS and every exporter credential from one Key Vault, access logs"])).toContain(
    "Key Vault Secrets User for identity `tars-test-kv-identity` on secret `proxy-example-corp-com`; identity `tars-test-kv-collector` on secrets `datadog-api-key`, `grafana-cloud-auth`, `splunk-access-token` (each on its own secrets, never the whole vault)",
  );
});

test("the official SecretProviderClass CRD (v1.6.0) accepts the collector's class and refuses a broken one", () => {
  const validator = new K8sValidator();
  const spc = spcOf(synthStacks(makeEnv(MODES["agic, an exporter credential from Key Vault"])).clusterJson);
  expect(validator.validate(spc)).toEqual([]);
  const broken = structuredClone(spc);
  broken.spec.secretObjects[0].data[0].objectname = broken.spec.secretObjects[0].data[0].objectName;
  delete broken.spec.secretObjects[0].data[0].objectName;
  expect(validator.validate(broken).join("\n")).toContain('unknown field "objectname"');
});

describe("what stays outside Key Vault", () => {
  test("the Application Insights connection string stays a Secret of the -cluster stack (it is created in state), and the runbook says so", () => {
    const patch = MODES["agic, TLS and every exporter credential from one Key Vault, access logs"];
    const { clusterJson } = synthStacks(makeEnv(patch));
    const azure = (resourcesOf(clusterJson, "kubernetes_secret_v1") as Any[]).find((s) => s.metadata.name === "otel-azure-creds");
    expect(azure.data.APP_INSIGHTS_CONN_STR).toMatch(/terraform_remote_state.*connection_string/);
    expect(runbookOf(patch)).toContain("The Application Insights connection string is not in Key Vault");
  });

  test("a credential from a variable beside one from Key Vault keeps its variable and Secret", () => {
    const env = makeEnv({ keyVault: { vaultId: VAULT_ID }, observability: { exporters: { ...KEY_VAULT_EXPORTERS, otlpHttp: [GRAFANA] } } });
    const { clusterJson } = synthStacks(env);
    expect(Object.keys(clusterJson.variable ?? {})).toEqual(["otel_grafana_creds_grafana_cloud_auth"]);
    expect((resourcesOf(clusterJson, "kubernetes_secret_v1") as Any[]).map((s) => s.metadata.name)).toEqual(["otel-grafana-creds"]);
    expect(spcOf(clusterJson).spec.secretObjects.map((s: Any) => s.secretName)).toEqual(["otel-datadog-creds", "otel-signalfx-creds"]);
  });

  test("without keyVaultSecrets: no class, no CSI volume, no collector federation (the vault alone changes nothing for the collector)", () => {
    const env = makeEnv({ keyVault: { vaultId: VAULT_ID }, observability: { exporters: { datadog: {} } } });
    const { azureJson, clusterJson } = synthStacks(env);
    expect(spcOf(clusterJson)).toBeUndefined();
    expect(podOf(objectsOf(env)).volumes.map((v: Any) => v.name)).toEqual(["config"]);
    expect((resourcesOf(azureJson, "azurerm_federated_identity_credential") as Any[]).map((f) => f.subject)).not.toContain("system:serviceaccount:tars-dataplane:otel-collector");
  });

  test("with the collector off: no class and no federation for it", () => {
    const env = makeEnv({ keyVault: { vaultId: VAULT_ID }, observability: { collector: { enabled: false }, metricsSink: false, exporters: { datadog: KEY_VAULT_EXPORTERS.datadog } } });
    const { azureJson, clusterJson } = synthStacks(env);
    expect(spcOf(clusterJson)).toBeUndefined();
    expect(resourcesOf(azureJson, "azurerm_federated_identity_credential")).toEqual([]);
    expect(Object.keys(clusterJson.variable ?? {})).toEqual([]);
    // Nothing of the stack's goes into tars-dataplane: tare install creates it (Step 6).
    expect(resourcesOf(clusterJson, "kubernetes_namespace_v1")).toEqual([]);
  });
});

describe("schema", () => {
  const dd = (keyVaultSecrets: unknown) => loadProblems({ keyVault: { vaultId: VAULT_ID }, observability: { exporters: { datadog: { keyVaultSecrets } } } });

  test("fails on a Key Vault secret name with characters Key Vault refuses", () => {
    const p = dd({ DD_API_KEY: "datadog_api_key" });
    expect(p).toContainEqual(expect.objectContaining({ path: "observability.exporters.datadog.keyVaultSecrets.DD_API_KEY", message: expect.stringContaining("Key Vault object name") }));
  });

  test("fails on a Key Vault secret name longer than 127 characters", () => {
    expect(dd({ DD_API_KEY: "a".repeat(128) }).map((p) => p.path)).toContain("observability.exporters.datadog.keyVaultSecrets.DD_API_KEY");
    expect(dd({ DD_API_KEY: "a".repeat(127) })).toEqual([]);
  });

  test("fails on a key that is not an environment variable name", () => {
    expect(dd({ "dd-api-key": "datadog-api-key" }).map((p) => p.message).join("\n")).toContain("environment variable name");
  });

  test("fails on an empty mapping", () => {
    expect(dd({}).map((p) => p.message).join("\n")).toContain("must map at least one key");
  });
});
