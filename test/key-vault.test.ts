// Tls.mode key-vault. The certificate stays in Azure Key Vault; the cluster reads it
// through the Secrets Store CSI driver's Azure provider with workload identity.
import { checkEnvironment } from "../checks";
import { keyVaultIdProblem } from "../checks/rules/ar042-key-vault-id";
import { formatProblem } from "../config/problems";
import { keyVaultSubjects, parseKeyVaultId } from "../plan/key-vault";
import { clusterStackNamespaces } from "../config/variables";
import { App, TerraformStack } from "cdktf";
import { KeyVaultAccess } from "../stacks/constructs/key-vault-access";
import { objectsParameter, SecretProviderClass } from "../stacks/constructs/secret-provider-class";
import { dataOf, findObject, loadEnv, makeEnv, objectsOf, resourcesOf, synthStacks } from "./helpers";

const SUB = "7c1f4a52-3a8e-4d51-9a0b-2f6c1d0e9b41";
const VAULT_SUB = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
const VAULT_ID = `/subscriptions/${VAULT_SUB}/resourceGroups/rg-security/providers/Microsoft.KeyVault/vaults/kv-acme-tls`;
const KV = { tls: { mode: "key-vault", keyVault: { certificateName: "proxy-example-com" } }, keyVault: { vaultId: VAULT_ID } };
const EXISTING = { cluster: { name: "aks-shared", existing: { resourceGroup: "rg-aks" } } };

/** The kubernetes_manifest objects of a -cluster stack, by resource key. */
function manifests(json: ReturnType<typeof synthStacks>["clusterJson"]): Record<string, any>[] {
  return resourcesOf(json, "kubernetes_manifest").map((r) => r.manifest as Record<string, any>);
}

describe("tls.mode: key-vault, -azure stack (a cluster the project creates)", () => {
  const { azureJson } = synthStacks(makeEnv(KV));
  const aks = resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any>;

  test("the cluster gets the Key Vault secrets provider add-on with rotation on (every 2m by default), workload identity and the OIDC issuer", () => {
    expect(aks.key_vault_secrets_provider).toEqual({ secret_rotation_enabled: true, secret_rotation_interval: "2m" });
    expect(aks).toMatchObject({ oidc_issuer_enabled: true, workload_identity_enabled: true });
  });

  test("keyVault.rotationInterval sets the poll interval", () => {
    const { azureJson: j } = synthStacks(makeEnv({ ...KV, keyVault: { vaultId: VAULT_ID, rotationInterval: "10m" } }));
    expect((resourcesOf(j, "azurerm_kubernetes_cluster")[0] as any).key_vault_secrets_provider.secret_rotation_interval).toBe("10m");
  });

  test("an identity <cluster>-kv-identity with Key Vault Secrets User on the certificate's secret only, never the vault", () => {
    expect(resourcesOf(azureJson, "azurerm_user_assigned_identity")).toEqual([expect.objectContaining({ name: "tars-test-kv-identity" })]);
    const roles = resourcesOf(azureJson, "azurerm_role_assignment").filter((r) => String(r.principal_id).includes("KeyVaultAccess"));
    expect(roles).toEqual([
      expect.objectContaining({ scope: `${VAULT_ID}/secrets/proxy-example-com`, role_definition_name: "Key Vault Secrets User", principal_type: "ServicePrincipal" }),
    ]);
    expect(roles.map((r) => r.scope)).not.toContain(VAULT_ID);
  });

  test("construct ids are kept: the identity and its federation where the single shared identity was", () => {
    // The logical IDs the previous release wrote: a changed one would recreate the identity.
    expect(Object.keys(azureJson.resource!.azurerm_user_assigned_identity)).toEqual(["KeyVaultAccess_A6E84038"]);
    expect(Object.keys(azureJson.resource!.azurerm_federated_identity_credential)).toEqual(["KeyVaultAccess_Federation-tars-dataplane-tars-tls-sync_1D1C84E3"]);
  });

  test("one federated credential for tars-dataplane:tars-tls-sync, audience api://AzureADTokenExchange, from the cluster's OIDC issuer", () => {
    const creds = resourcesOf(azureJson, "azurerm_federated_identity_credential").filter((r) => String(r.user_assigned_identity_id).includes("KeyVaultAccess"));
    expect(creds).toEqual([
      expect.objectContaining({
        name: "tars-dataplane-tars-tls-sync",
        subject: "system:serviceaccount:tars-dataplane:tars-tls-sync",
        audience: ["api://AzureADTokenExchange"],
        issuer: expect.stringContaining("oidc_issuer_url"),
      }),
    ]);
  });

  test("the vault is read in its own subscription, and the plan fails when it is on access policies", () => {
    const [vault] = dataOf(azureJson, "azurerm_key_vault") as Record<string, any>[];
    expect(vault).toMatchObject({ name: "kv-acme-tls", resource_group_name: "rg-security", provider: "azurerm.keyvault" });
    expect(vault.lifecycle.postcondition).toEqual([
      expect.objectContaining({ condition: "${self.rbac_authorization_enabled}", error_message: expect.stringContaining("az keyvault update --name kv-acme-tls --resource-group rg-security --enable-rbac-authorization true") }),
    ]);
    expect(azureJson.provider!.azurerm).toContainEqual(
      expect.objectContaining({ alias: "keyvault", subscription_id: VAULT_SUB, resource_provider_registrations: "none" }),
    );
  });

  test("each identity's client ID is an output, by ServiceAccount", () => {
    expect(azureJson.output!.key_vault_identity_client_ids.value).toEqual({ "tars-tls-sync": expect.stringContaining("azurerm_user_assigned_identity.KeyVaultAccess") });
  });
});

describe("tls.mode: key-vault, -cluster stack", () => {
  const env = makeEnv(KV);
  const { clusterJson } = synthStacks(env);

  test("the tars-tls SecretProviderClass: workload identity's client ID, the vault's tenant, the certificate as a secret, synced into a kubernetes.io/tls Secret", () => {
    const [spc] = manifests(clusterJson);
    expect(spc).toMatchObject({
      apiVersion: "secrets-store.csi.x-k8s.io/v1",
      kind: "SecretProviderClass",
      metadata: { name: "tars-tls", namespace: expect.stringContaining("NamespaceDataplane") },
      spec: {
        provider: "azure",
        parameters: {
          usePodIdentity: "false",
          useVMManagedIdentity: "false",
          keyvaultName: "kv-acme-tls",
          clientID: expect.stringContaining("azurerm_user_assigned_identityKeyVaultAccess"),
          tenantId: expect.stringContaining("dataazurerm_key_vaultKeyVaultAccess_Vault"),
          objects: 'array:\n  - |\n    objectName: "proxy-example-com"\n    objectType: "secret"\n',
        },
        secretObjects: [
          {
            secretName: "tars-ingress-tls",
            type: "kubernetes.io/tls",
            data: [
              { key: "tls.key", objectName: "proxy-example-com" },
              { key: "tls.crt", objectName: "proxy-example-com" },
            ],
          },
        ],
      },
    });
  });

  test("the stack creates tars-dataplane for it", () => {
    expect(clusterStackNamespaces(env).dataplane).toBe(true);
    expect(resourcesOf(clusterJson, "kubernetes_namespace_v1").map((n: any) => n.metadata.name)).toContain("tars-dataplane");
  });

  test("no other mode has a SecretProviderClass, a Key Vault identity or the add-on", () => {
    const { azureJson, clusterJson: c } = synthStacks(makeEnv({ tls: { mode: "byo" }, keyVault: { vaultId: VAULT_ID } }));
    expect(manifests(c)).toEqual([]);
    expect(dataOf(azureJson, "azurerm_key_vault")).toEqual([]);
    expect((resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as any).key_vault_secrets_provider).toBeUndefined();
  });
});

describe("tls.mode: key-vault on an existing cluster", () => {
  const { azureJson } = synthStacks(makeEnv({ ...EXISTING, ...KV }));
  const [cluster] = dataOf(azureJson, "azurerm_kubernetes_cluster") as Record<string, any>[];
  const conditions = cluster.lifecycle.postcondition as { condition: string; error_message: string }[];

  test("the plan fails without the add-on, with the enable-addons command", () => {
    expect(conditions).toContainEqual({
      condition: "${length(self.key_vault_secrets_provider) > 0}",
      error_message: expect.stringContaining("az aks enable-addons -g rg-aks -n aks-shared --addons azure-keyvault-secrets-provider --enable-secret-rotation"),
    });
  });

  test("the plan fails with rotation off, and without the OIDC issuer", () => {
    expect(conditions).toContainEqual(
      expect.objectContaining({ condition: "${try(self.key_vault_secrets_provider[0].secret_rotation_enabled, false)}", error_message: expect.stringContaining("--enable-secret-rotation") }),
    );
    expect(conditions).toContainEqual(
      expect.objectContaining({ condition: "${self.oidc_issuer_enabled}", error_message: expect.stringContaining("--enable-oidc-issuer --enable-workload-identity") }),
    );
  });

  test("AR033 warns before the plan", () => {
    const found = checkEnvironment(loadEnv({ ...EXISTING, ...KV })).filter((p) => p.rule === "AR033" && p.path === "tls.mode");
    expect(found).toEqual([expect.objectContaining({ severity: "warning", fix: expect.stringContaining("azure-keyvault-secrets-provider") })]);
  });
});

describe("tls.mode: key-vault, Kubernetes YAML", () => {
  const objects = objectsOf(makeEnv(KV));

  test("the sync pod: ServiceAccount tars-tls-sync, the tars-tls class mounted read-only, restricted, pinned, with resources", () => {
    const sa = findObject(objects, "ServiceAccount", "tars-tls-sync");
    expect(sa).toMatchObject({ metadata: { namespace: "tars-dataplane" }, automountServiceAccountToken: false });
    const d = findObject(objects, "Deployment", "tars-tls-sync") as any;
    const pod = d.spec.template.spec;
    expect(pod).toMatchObject({
      serviceAccountName: "tars-tls-sync",
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
      volumes: [{ name: "tls", csi: { driver: "secrets-store.csi.k8s.io", readOnly: true, volumeAttributes: { secretProviderClass: "tars-tls" } } }],
    });
    const [c] = pod.containers;
    expect(c.image).toMatch(/^registry\.k8s\.io\/pause:\d+\.\d+$/);
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ["ALL"] },
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(c.resources.requests).toBeDefined();
    expect(c.resources.limits).toBeDefined();
  });

  test("the Ingress names the synced Secret (AGIC)", () => {
    const ing = findObject(objects, "Ingress", "tars-ingress") as any;
    expect(ing.spec.tls).toEqual([{ hosts: [expect.any(String)], secretName: "tars-ingress-tls" }]);
  });

  test("the Gateway names the synced Secret in tars-dataplane, with a ReferenceGrant (AGC)", () => {
    const agc = objectsOf(makeEnv({ ...KV, azure: { subscriptionId: SUB }, ingress: { mode: "agc" } }));
    const gw = findObject(agc, "Gateway", "tars-gateway") as any;
    const https = gw.spec.listeners.find((l: any) => l.tls);
    expect(https.tls.certificateRefs).toEqual([{ kind: "Secret", name: "tars-ingress-tls", namespace: "tars-dataplane" }]);
    expect(findObject(agc, "ReferenceGrant", "tars-gateway-tls")).toBeDefined();
  });

  test("no other TLS mode renders the sync pod", () => {
    expect(objectsOf(makeEnv({ tls: { mode: "byo" } })).filter((o) => o.metadata.name === "tars-tls-sync")).toEqual([]);
  });
});

describe("keyVaultSubjects", () => {
  test("lists the TLS sync pod's ServiceAccount with tls.mode key-vault, nothing otherwise", () => {
    expect(keyVaultSubjects(makeEnv(KV))).toEqual([{ namespace: "tars-dataplane", serviceAccount: "tars-tls-sync", identityName: "tars-test-kv-identity" }]);
    expect(keyVaultSubjects(makeEnv({}))).toEqual([]);
  });
});

describe("AR042, AR043: the vault and the certificate", () => {
  const problems = (patch: Record<string, unknown>) => checkEnvironment(loadEnv(patch));

  test("a vault resource ID parses into subscription, group and name", () => {
    expect(parseKeyVaultId(VAULT_ID)).toEqual({ subscriptionId: VAULT_SUB, resourceGroup: "rg-security", name: "kv-acme-tls" });
    expect(problems(KV).filter((p) => p.severity === "error")).toEqual([]);
  });

  test.each([
    ["fails on a vault URI", "https://kv-acme-tls.vault.azure.net/", "the vault's URI", "az keyvault show --name kv-acme-tls --query id -o tsv"],
    ["fails on a secret identifier URI", "https://kv-acme-tls.vault.azure.net/secrets/proxy/0123abcd", "a Key Vault object's URI (secrets", "az keyvault show --name kv-acme-tls"],
    ["fails on a managed HSM ID", `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1`, "Managed HSM", "az keyvault show"],
    ["fails on a secret's resource ID", `${VAULT_ID}/secrets/proxy`, "secrets entry", "az keyvault show --name kv-acme-tls"],
    ["fails on a bare vault name", "kv-acme-tls", "a vault name", "az keyvault show --name kv-acme-tls"],
    ["fails on a storage account ID", `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1`, "must be a Key Vault resource ID", "az keyvault show"],
    ["fails on a subscription that is not a GUID", "/subscriptions/prod/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-acme", "must be a Key Vault resource ID", "--name kv-acme"],
    ["fails on a vault name with '--'", `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv--acme`, "must be a Key Vault resource ID", "az keyvault show"],
  ])("%s", (_name, vaultId, message, fix) => {
    const [p] = problems({ ...KV, keyVault: { vaultId } }).filter((x) => x.rule === "AR042");
    expect(p).toMatchObject({ severity: "error", path: "keyVault.vaultId", value: vaultId });
    expect(p.message).toContain(message);
    expect(p.fix).toContain(fix);
    expect(formatProblem(p)).toMatch(/^ERROR AR042 environments\/test\.yaml: keyVault\.vaultId: /);
    expect(keyVaultIdProblem(vaultId)).toBeDefined();
  });

  test("fails on key-vault mode without the vault and the certificate, naming both", () => {
    const found = problems({ tls: { mode: "key-vault" } }).filter((p) => p.rule === "AR043");
    expect(found.map((p) => p.path)).toEqual(["keyVault.vaultId", "tls.keyVault.certificateName"]);
  });

  test("fails on a certificate name Key Vault refuses (schema)", () => {
    const { loadProblems } = jest.requireActual("./helpers") as typeof import("./helpers");
    const found = loadProblems({ ...KV, tls: { mode: "key-vault", keyVault: { certificateName: "proxy.example.com" } } });
    expect(found).toEqual([expect.objectContaining({ path: "tls.keyVault.certificateName", message: expect.stringContaining("Key Vault object name") })]);
  });

  test("fails on a rotation interval that is not a duration (schema)", () => {
    const { loadProblems } = jest.requireActual("./helpers") as typeof import("./helpers");
    const found = loadProblems({ ...KV, keyVault: { vaultId: VAULT_ID, rotationInterval: "2 minutes" } });
    expect(found).toEqual([expect.objectContaining({ path: "keyVault.rotationInterval" })]);
  });
});

describe("the constructs refuse what cannot work", () => {
  const vault = { id: VAULT_ID, name: "kv-acme-tls", resourceGroupName: "rg-security" };

  const access = (readers: ConstructorParameters<typeof KeyVaultAccess>[2]["readers"]) =>
    new KeyVaultAccess(new TerraformStack(new App(), "s"), "Kv", { resourceGroupName: "rg", location: "westeurope", vault, oidcIssuerUrl: "https://issuer", readers });
  const reader = { identityId: "Resource", name: "x-kv-identity", namespace: "tars-dataplane", serviceAccount: "tars-tls-sync", secrets: ["proxy"] };

  test("fails on KeyVaultAccess without a ServiceAccount to federate", () => {
    expect(() => access([])).toThrow(/KeyVaultAccess Kv: readers must name at least one ServiceAccount, got none/);
  });

  test("fails on a reader with no secret (a role on the whole vault is what it avoids)", () => {
    expect(() => access([{ ...reader, secrets: [] }])).toThrow(/KeyVaultAccess Kv: readers\["tars-dataplane\/tars-tls-sync"\]\.secrets must name at least one secret, got none/);
  });

  test("fails on a secret name that would change the role's scope", () => {
    expect(() => access([{ ...reader, secrets: ["proxy/../../"] }])).toThrow(/secrets must be 1-127 letters, digits or '-', got "proxy\/\.\.\/\.\.\/"/);
  });

  test("fails on the same ServiceAccount twice", () => {
    expect(() => access([reader, { ...reader, identityId: "Other" }])).toThrow(/must name each ServiceAccount once, got "tars-dataplane\/tars-tls-sync" twice/);
  });

  test("fails on a SecretProviderClass object name that could break the objects parameter", () => {
    const stack = new TerraformStack(new App(), "s");
    expect(
      () =>
        new SecretProviderClass(stack, "Spc", {
          name: "tars-tls",
          namespace: "tars-dataplane",
          clientId: "c",
          tenantId: "t",
          keyVaultName: "kv-acme-tls",
          objects: [{ objectName: 'cert"\n    objectType: key', objectType: "secret" }],
        }),
    ).toThrow(/SecretProviderClass Spc: objectName must be 1-127 letters, digits, '.', '_' or '-', got "cert\\"/);
  });
});

describe("SecretProviderClass objects parameter", () => {
  test("quotes every value, so a value cannot add a field or end the string", () => {
    const text = objectsParameter([{ objectName: "a", objectType: "secret", objectAlias: "b" }]);
    expect(text).toBe('array:\n  - |\n    objectName: "a"\n    objectType: "secret"\n    objectAlias: "b"\n');
  });
});
