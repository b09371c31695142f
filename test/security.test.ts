// Secure by default: workloads meet the Pod Security "restricted" profile; the Azure defaults
// address the main Checkov/Trivy findings for AKS and ACR (docs/security.md lists the rest).
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { main } from "../main";
import { loadEnvironments } from "../config/loader";
import { MODES } from "./fixtures/modes";
import { writeModeFiles } from "./fixtures/mode-files";
import { BASE, exampleFiles, makeEnv, merge, objectsOf, readTree, resourcesOf, ROOT, synthStacks, tempDir, type K8sObject } from "./helpers";

type Any = any;

function podSpecs(objects: K8sObject[]): [string, Any][] {
  return objects
    .filter((o) => o.kind === "Deployment" || o.kind === "Job" || o.kind === "CronJob")
    .map((o) => [`${o.kind}/${o.metadata.name}`, o.kind === "CronJob" ? (o as Any).spec.jobTemplate.spec.template.spec : (o as Any).spec.template.spec]);
}

const everyEnvironment: [string, K8sObject[]][] = [
  ...loadEnvironments(exampleFiles(), ROOT).environments.map((l) => [l.file, objectsOf(l.env)] as [string, K8sObject[]]),
  ...Object.entries(MODES).map(([n, p]) => [`mode: ${n}`, objectsOf(makeEnv(p))] as [string, K8sObject[]]),
];

describe.each(everyEnvironment)("%s: workloads", (_name, objects) => {
  const pods = podSpecs(objects);

  test.each(pods.length ? pods : [["(no workloads)", null]])("%s meets the restricted profile", (_id, pod) => {
    if (!pod) return;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(pod.hostNetwork ?? false).toBe(false);
    expect(pod.hostPID ?? false).toBe(false);
    for (const c of pod.containers) {
      expect(c.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        capabilities: { drop: ["ALL"] },
      });
      expect(c.securityContext.privileged ?? false).toBe(false);
      expect(c.resources.requests).toBeDefined();
      expect(c.resources.limits).toBeDefined();
      expect(c.image).toMatch(/^[^:@]+(:[\w.-]+|@sha256:[a-f0-9]{64})/);
      expect(c.image).not.toMatch(/:latest$/);
    }
  });
});

test("long-running workloads have probes and no service-account token; the restart Job's token is scoped to one Role", () => {
  const objects = objectsOf(makeEnv());
  const collector = (objects.find((o) => o.kind === "Deployment") as Any).spec.template.spec;
  expect(collector.automountServiceAccountToken).toBe(false);
  expect(collector.containers[0].livenessProbe).toBeDefined();
  expect(collector.containers[0].readinessProbe).toBeDefined();
  const bindings = objects.filter((o) => o.kind === "RoleBinding" || o.kind === "ClusterRoleBinding");
  expect(bindings.map((b) => `${b.kind}/${b.metadata.name}`)).toEqual(["RoleBinding/egress-restart"]);
});

describe("Azure defaults", () => {
  const { azureJson } = synthStacks(makeEnv());
  const aks = resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as Any;

  test.each([
    ["RBAC explicit (CKV_AZURE_5, AVD-AZU-0042)", () => expect(aks.role_based_access_control_enabled).toBe(true)],
    ["a network policy engine (CKV_AZURE_7, AVD-AZU-0043)", () => expect(aks.network_profile.network_policy).toBe("calico")],
    ["Container Insights to Log Analytics (CKV_AZURE_4, AVD-AZU-0040)", () => expect(aks.oms_agent.log_analytics_workspace_id).toMatch(/azurerm_log_analytics_workspace/)],
    ["the Azure Policy add-on (CKV_AZURE_116)", () => expect(aks.azure_policy_enabled).toBe(true)],
    ["an automatic upgrade channel (CKV_AZURE_171)", () => expect(aks.automatic_upgrade_channel).toBe("patch")],
    ["max_pods of at least 50 (CKV_AZURE_168)", () => expect(aks.default_node_pool.max_pods).toBeGreaterThanOrEqual(50)],
    ["the ACR admin user off (CKV_AZURE_137)", () => expect(resourcesOf(azureJson, "azurerm_container_registry")[0].admin_enabled).toBe(false)],
    ["Azure CNI (CKV2_AZURE_29)", () => expect(aks.network_profile.network_plugin).toBe("azure")],
  ])("%s", (_name, assertion) => assertion());

  test("API server authorized ranges, local accounts and Entra ID RBAC are options", () => {
    const { azureJson: j } = synthStacks(makeEnv(MODES["entra id, no local accounts, zones, authorized ranges, production"]));
    const hardened = resourcesOf(j, "azurerm_kubernetes_cluster")[0] as Any;
    expect(hardened.api_server_access_profile).toEqual({ authorized_ip_ranges: ["203.0.113.0/24"] });
    expect(hardened.local_account_disabled).toBe(true);
    expect(hardened.azure_active_directory_role_based_access_control).toEqual({ azure_rbac_enabled: true, admin_group_object_ids: ["0b5a1e8c-2f4d-4c11-9a77-5d3e2c1b0a99"] });
    expect(hardened.sku_tier).toBe("Standard");
  });

  test("docs/security.md names every deliberate difference with its check id", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs", "security.md"), "utf8");
    for (const id of ["CKV_AZURE_6", "CKV_AZURE_115", "CKV_AZURE_141", "CKV_AZURE_170", "CKV_AZURE_117", "CKV_AZURE_227", "CKV_AZURE_139"]) {
      expect(doc).toContain(id);
    }
  });
});

describe("no secret reaches any output", () => {
  const FAKE = {
    TF_VAR_registry_password: "FAKE-SECRET-registry-pw-7c1f",
    TF_VAR_otel_datadog_creds_dd_api_key: "FAKE-SECRET-dd-api-key-9a0b",
    TF_VAR_otel_grafana_creds_grafana_cloud_auth: "FAKE-SECRET-grafana-2f6c",
    ARM_CLIENT_SECRET: "FAKE-SECRET-arm-client-1d0e",
    ARM_ACCESS_KEY: "FAKE-SECRET-storage-key-9b41",
    TF_TOKEN_app_terraform_io: "FAKE-SECRET-tfc-token-3a8e",
    TARS_API_KEY: "FAKE-SECRET-tars-key-4d51",
    REGISTRY_PASSWORD: "FAKE-SECRET-docker-pw-52aa",
    DP_CREDENTIAL: "/home/op/FAKE-SECRET-credential.json",
    KV_SECRET: "FAKE-SECRET-key-vault-value-6e1b",
  };

  test("synthesizing every example and mode with secrets in the environment writes none of them", () => {
    const dir = tempDir();
    const configs = [...exampleFiles().map((f) => path.join(ROOT, f))];
    configs.push(...writeModeFiles(dir).map((m) => m.file));
    const out: string[] = [];
    const outdir = path.join(dir, "out");
    const code = main(["synth", "--outdir", outdir, ...configs.flatMap((c) => ["--config", c])], {
      cwd: ROOT,
      env: { ...process.env, ...FAKE },
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(0);
    const files = readTree(outdir);
    expect(files.size).toBeGreaterThan(100);
    const leaks = [...files].flatMap(([file, content]) => Object.values(FAKE).filter((s) => content.includes(s)).map((s) => `${file}: ${s}`));
    expect(leaks).toEqual([]);
    expect(out.join("\n")).not.toContain("FAKE-SECRET");
  });

  test("a credential written into an environment file stops synth, and is not echoed", () => {
    const dir = tempDir();
    const file = path.join(dir, "leaky.yaml");
    const secret = "FAKE-SECRET-signoz-token-0a99";
    fs.writeFileSync(
      file,
      stringify(merge(BASE, { observability: { exporters: { otlpHttp: [{ name: "signoz", endpoint: "https://ingest.signoz.cloud", headers: { "signoz-access-token": secret } }] } } })),
    );
    const out: string[] = [];
    const code = main(["synth", "--config", file, "--outdir", path.join(dir, "out")], { cwd: ROOT, env: {}, out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code).toBe(1);
    expect(out.join("\n")).toContain("AR024");
    expect(out.join("\n")).not.toContain(secret);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });
});
