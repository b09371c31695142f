// The plan: every environment resolved once into the model every output is built from.
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { checkEnvironment } from "../checks";
import { main } from "../main";
import { PlanError, resolve, type Plan } from "../plan";
import type { OwnedClusterPlan } from "../plan/cluster";
import { MODES, VAULT_ID } from "./fixtures/modes";
import { BASE, loadEnv, makeEnv, merge, ROOT, tempDir } from "./helpers";

const SUB = "00000000-0000-4000-8000-000000000001";
const plan = (patch: Record<string, unknown> = {}): Plan => resolve(makeEnv(patch));
/** The cluster of a plan whose cluster the project creates. */
const owned = (p: Plan): OwnedClusterPlan => {
  if (!p.cluster.owned) throw new Error(`expected a cluster the project creates, got ${JSON.stringify(p.cluster)}`);
  return p.cluster;
};
const PROD = { production: true, azure: { subscriptionId: SUB }, cluster: { tier: "medium" }, tls: { mode: "byo" } };

describe("defaults, decided once", () => {
  test("a non-production environment: Free tier, no WAF, local accounts, calico, no maintenance window", () => {
    const p = plan();
    expect(p.cluster).toMatchObject({ skuTier: "Free", owned: true, resourceGroup: "rg-test", nodePool: { vmSize: "Standard_B2s", nodeCount: 3 } });
    expect(owned(p).network.policy).toBe("calico");
    expect(p.cluster.auth).toEqual({ localAccountsDisabled: false, entraId: undefined, kubelogin: false });
    expect(owned(p).maintenance).toEqual({ autoUpgrade: undefined, nodeOs: undefined });
    expect(p.waf).toBeUndefined();
    expect(p.azure.tags).toEqual({ environment: "test", "managed-by": "agent-router-azure", owner: "tests" });
    expect(p.stacks).toEqual({ azure: "test-azure", cluster: "test-cluster" });
  });

  test("production: Standard tier, the WAF in Prevention on the gateway, Entra ID without local accounts, the maintenance windows", () => {
    const p = plan(PROD);
    expect(owned(p).skuTier).toBe("Standard");
    expect(p.cluster.auth).toEqual({ localAccountsDisabled: true, entraId: { azureRbac: true, adminGroupObjectIds: [] }, kubelogin: true });
    expect(owned(p).maintenance.autoUpgrade).toMatchObject({ frequency: "Weekly", dayOfWeek: "Sunday" });
    expect(p.waf).toMatchObject({ mode: "Prevention", on: "agic-gateway", logsToWorkspace: true });
    expect(p.waf?.policies.api).toEqual({
      name: "tars-test-waf-api",
      id: `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/tars-test-waf-api`,
    });
    expect(p.observability.workspace).toEqual({ created: true });
    const id = "/subscriptions/" + SUB + "/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/shared";
    expect(plan({ observability: { exporters: { azureMonitor: { logAnalyticsWorkspaceId: id } } } }).observability.workspace).toEqual({ created: false, id });
  });

  test("cilium's dataplane brings its own network policy engine; an explicit one wins", () => {
    expect(owned(plan({ cluster: { network: { pluginMode: "overlay", dataplane: "cilium" } } })).network.policy).toBe("cilium");
    expect(owned(plan({ cluster: { network: { policy: "azure" } } })).network.policy).toBe("azure");
  });
});

describe("choices as unions", () => {
  test("ingress: who creates the AGIC gateway, or AGC with its subnet's resource ID", () => {
    expect(plan().ingress).toEqual({ mode: "agic", gateway: { by: "terraform", name: "tars-test-appgw", publicIpName: "tars-test-appgw-pip", zones: [] } });
    expect(plan({ ingress: { agic: { gateway: "addon" } } }).ingress).toEqual({ mode: "agic", gateway: { by: "addon", name: "tars-test-appgw" } });
    expect(plan({ cluster: { existing: { resourceGroup: "rg-aks" } } }).ingress).toEqual({ mode: "agic", gateway: { by: "existing-cluster", name: "tars-test-appgw" } });
    const agc = plan({ azure: { subscriptionId: SUB }, ingress: { mode: "agc" } }).ingress;
    expect(agc).toMatchObject({ mode: "agc", namespace: "tars-alb", subnetId: `/subscriptions/${SUB}/resourceGroups/rg-test/providers/Microsoft.Network/virtualNetworks/tars-test-vnet/subnets/agc` });
  });

  test("an existing cluster: read, never modified, so none of the settings of a created cluster appear", () => {
    const p = plan({ production: true, azure: { subscriptionId: SUB }, cluster: { tier: "medium", existing: { resourceGroup: "rg-aks", vnetName: "vnet-aks", vnetResourceGroup: "rg-net" } }, tls: { mode: "byo" }, ingress: { waf: { enabled: false } }, waivers: { AR037: "the cluster owner's gateway has its own WAF policy" } });
    // Its node pool, SKU tier, version, channels and maintenance windows stay its own: a plan that showed the production defaults here would claim what the stacks never apply.
    expect(p.cluster).toEqual({ owned: false, name: "tars-test", resourceGroup: "rg-aks", auth: { localAccountsDisabled: false, entraId: { azureRbac: true, adminGroupObjectIds: [] }, kubelogin: false } });
    expect(p.network.vnet).toEqual({ name: "vnet-aks", resourceGroup: "rg-net" });
    expect(p.azure.createsResourceGroup).toBe(true);
    // Container Insights is the owner's to turn on: no workspace is needed for it.
    expect(p.observability.workspace).toBeUndefined();
    const same = plan({ cluster: { existing: { resourceGroup: "rg-test" } } });
    expect(same.cluster).toMatchObject({ owned: false, resourceGroup: "rg-test" });
    expect(same.azure.createsResourceGroup).toBe(false);
  });

  test("registry: ACR with its login server, the admin fallback with its pull secret, or a private registry", () => {
    expect(plan().registry).toEqual({ mode: "acr", acrName: "tarstestacr", loginServer: "tarstestacr.azurecr.io", imageRegistry: "tarstestacr.azurecr.io/tare", clusterCreatesPullSecret: false });
    expect(plan({ registry: { mode: "acr-admin", adminPullSecret: "cluster" } }).registry).toMatchObject({ mode: "acr-admin", pullSecret: "tars-image-pull-secret", clusterCreatesPullSecret: true });
    const priv = plan({ registry: { mode: "private", acrName: undefined, private: { host: "reg.example-corp.com", repository: "reg.example-corp.com/tare" } } });
    expect(priv.registry).toMatchObject({ mode: "private", imageRegistry: "reg.example-corp.com/tare", pullSecret: "tars-image-pull-secret", clusterCreatesPullSecret: true });
    expect(priv.registry.mode === "private" && priv.registry.credentials.username.name).toBe("registry_username");
    expect(priv.registry).not.toHaveProperty("pullSecretName");
    expect(plan({ registry: { mode: "acr-admin" } }).registry).toMatchObject({ mode: "acr-admin", adminPullSecret: "stdin", clusterCreatesPullSecret: false });
  });

  test("WAF on AGC: the rule set and rate limits AGC applies, not what the file asks for", () => {
    const waf = { enabled: true, ruleSet: "CRS-3.2", scannerRateLimitPerMinute: 30, api: { rateLimitPerMinute: 100 } };
    const agc = plan({ azure: { subscriptionId: SUB }, ingress: { mode: "agc", waf } }).waf;
    expect(agc).toMatchObject({ on: "agc", ruleSet: "DRS-2.1", logsToWorkspace: false });
    expect(agc).not.toHaveProperty("rateLimits");
    expect(agc?.api).not.toHaveProperty("rateLimitPerMinute");
    const agic = plan({ azure: { subscriptionId: SUB }, ingress: { waf } }).waf;
    expect(agic).toMatchObject({ on: "agic-gateway", ruleSet: "CRS-3.2", logsToWorkspace: true, rateLimits: { scannerPerMinute: 30, apiPerMinute: 100 } });
  });

  test("state: the blob key or the workspace of each stack, with the prefixes' defaults", () => {
    expect(plan().state).toEqual({ backend: "local" });
    const blob = plan({ state: { backend: "azurerm", azurerm: { resourceGroupName: "rg-tf", storageAccountName: "tfstateacme" } } }).state;
    expect(blob).toMatchObject({ backend: "azurerm", containerName: "tfstate", keyPrefix: "test", keys: { azure: "test/test-azure.tfstate", cluster: "test/test-cluster.tfstate" } });
    const cloud = plan({ state: { backend: "cloud", cloud: { organization: "acme" } } }).state;
    expect(cloud).toMatchObject({ backend: "cloud", hostname: "app.terraform.io", workspaces: { azure: "agent-router-test-azure", cluster: "agent-router-test-cluster" } });
  });

  test("TLS and DNS: what each mode needs, and the URL to register", () => {
    const cm = plan({ tls: { mode: "cert-manager", certManager: { email: "ops@acme-ai.dev" } } });
    expect(cm.tls).toMatchObject({ mode: "cert-manager", secretName: "tars-ingress-tls", certManager: { email: "ops@acme-ai.dev", issuer: "letsencrypt-staging" } });
    expect(cm.endpoint).toEqual({ scheme: "https", host: "proxy.example-corp.com", url: "https://proxy.example-corp.com", shownHost: "proxy.example-corp.com", shownUrl: "https://proxy.example-corp.com" });
    const nip = plan({ dns: { mode: "nip-io", hostname: undefined } });
    expect(nip.dns).toEqual({ mode: "nip-io" });
    expect(nip.endpoint).toEqual({ scheme: "http", host: undefined, url: undefined, shownHost: "<gateway-ip>.nip.io", shownUrl: "http://<gateway-ip>.nip.io" });
  });

  test("Key Vault: present only when something reads it, each reader with an identity of its own", () => {
    expect(plan({ keyVault: { vaultId: VAULT_ID } }).keyVault).toBeUndefined();
    const kv = plan({ keyVault: { vaultId: VAULT_ID }, tls: { mode: "key-vault", keyVault: { certificateName: "proxy-cert" } } }).keyVault;
    expect(kv).toMatchObject({ name: "kv-acme-platform", resourceGroup: "rg-platform-secrets", collectorReads: false });
    expect(kv?.subjects).toEqual([{ namespace: "tars-dataplane", serviceAccount: "tars-tls-sync", identityName: "tars-test-kv-identity" }]);
  });

  test("GitOps: which engine the stacks install, where the YAML lives", () => {
    const g = plan({ gitops: { repoUrl: "https://git.example-corp.com/p/g.git", flux: { enabled: true } } }).gitops;
    expect(g).toMatchObject({ path: "dist/test", bootstrapName: "ar-test", flux: { install: true }, argocd: { install: false } });
    const existing = plan({ cluster: { existing: { resourceGroup: "rg-aks" } }, gitops: { repoUrl: "https://git.example-corp.com/p/g.git", flux: { enabled: true } } });
    expect(existing.gitops.flux.install).toBe(false);
  });
});

describe("what the checks guarantee", () => {
  test("a value a check requires, missing, stops the plan and names the rule (the file never gets this far)", () => {
    const env = makeEnv({ cluster: { tier: "custom" } });
    expect(checkEnvironment(loadEnv({ cluster: { tier: "custom" } })).map((p) => p.rule)).toContain("AR032");
    expect(() => resolve(env)).toThrow(PlanError);
    expect(() => resolve(env)).toThrow(/cluster\.vmSize .*AR032/);
    expect(() => resolve(makeEnv({ ingress: { mode: "agc" } }))).toThrow(/azure\.subscriptionId .*AR018/);
  });

  test("every mode resolves to plain data: no functions or class instances, so JSON carries the whole model", () => {
    const impure = (v: unknown, at: string): string[] => {
      if (typeof v === "function") return [at];
      if (v === null || typeof v !== "object") return [];
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== Array.prototype) return [at];
      return Object.entries(v).flatMap(([k, x]) => impure(x, `${at}.${k}`));
    };
    for (const [title, patch] of Object.entries(MODES)) {
      const p = resolve(makeEnv(patch));
      expect([title, impure(p, "plan")]).toEqual([title, []]);
    }
  });
});

describe("agent-router-azure plan", () => {
  const run = (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(args, { cwd: ROOT, env: {}, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  test("prints each environment's plan as JSON, keyed by name, and writes nothing", () => {
    const dir = tempDir();
    const file = path.join(dir, "team-a.yaml");
    fs.writeFileSync(file, stringify(merge(BASE, { name: "team-a" })));
    const r = run(["plan", "--config", file]);
    expect(r.code).toBe(0);
    const plans = JSON.parse(r.out) as Record<string, Plan>;
    expect(Object.keys(plans)).toEqual(["team-a"]);
    expect(plans["team-a"]).toEqual(JSON.parse(JSON.stringify(resolve(makeEnv({ name: "team-a" })))));
    expect(fs.readdirSync(dir)).toEqual(["team-a.yaml"]);
  });

  test("an environment with errors: the findings on stderr, nothing on stdout, exit 1", () => {
    const dir = tempDir();
    const file = path.join(dir, "bad.yaml");
    fs.writeFileSync(file, stringify(merge(BASE, { cluster: { tier: "custom" } })));
    const r = run(["plan", "--config", file]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("AR032");
    expect(r.err).toContain("no plan was printed");
  });

  test("takes only --config", () => {
    expect(run(["plan", "--json"]).code).toBe(2);
    expect(run(["plan", "--outdir", "x"]).err).toContain("--outdir does not apply to plan");
  });
});
