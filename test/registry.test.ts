// Registry modes (guide Steps 4-5.3, 6, Appendix D) on the Terraform side.
import { makeEnv, resourcesOf, synthStacks } from "./helpers";

type Any = any;
const PRIVATE = { mode: "private", acrName: undefined, private: { host: "registry.acme.example.com", repository: "registry.acme.example.com/tare", pullSecretName: "acme-registry-pull" } };

describe("acr-admin (the Step 5.3 fallback)", () => {
  const { azureJson, clusterJson } = synthStacks(makeEnv({ registry: { mode: "acr-admin" } }));

  test("the admin user is enabled and no AcrPull is created (the operator cannot create role assignments)", () => {
    expect(resourcesOf(azureJson, "azurerm_container_registry")[0]).toMatchObject({ admin_enabled: true, sku: "Standard" });
    expect(resourcesOf(azureJson, "azurerm_role_assignment").map((r) => r.role_definition_name)).not.toContain("AcrPull");
  });

  test("the credentials exist only as sensitive outputs", () => {
    expect(azureJson.output!.acr_admin_username).toMatchObject({ sensitive: true, value: expect.stringContaining(".admin_username") });
    expect(azureJson.output!.acr_admin_password).toMatchObject({ sensitive: true, value: expect.stringContaining(".admin_password") });
  });

  test("with stdin (default), the -cluster stack creates no pull secret: tare install does", () => {
    expect(resourcesOf(clusterJson, "kubernetes_secret_v1")).toEqual([]);
  });

  test("with `cluster`, tars-image-pull-secret in both namespaces, from the admin credentials", () => {
    const { clusterJson: c } = synthStacks(makeEnv({ registry: { mode: "acr-admin", adminPullSecret: "cluster" } }));
    const secrets = resourcesOf(c, "kubernetes_secret_v1") as Any[];
    expect(secrets.map((s) => [s.metadata.name, s.metadata.namespace])).toEqual([
      ["tars-image-pull-secret", "${kubernetes_namespace_v1.NamespaceDataplane.metadata[0].name}"],
      ["tars-image-pull-secret", "${kubernetes_namespace_v1.NamespaceSystem.metadata[0].name}"],
    ]);
    expect(secrets[0].type).toBe("kubernetes.io/dockerconfigjson");
    expect(secrets[0].data[".dockerconfigjson"]).toMatch(/"tarstestacr\.azurecr\.io" = \{"username" = data\.terraform_remote_state\.[^}]*admin_username/);
  });
});

describe("private registry (Appendix D)", () => {
  const { azureJson, clusterJson } = synthStacks(makeEnv({ registry: PRIVATE }));

  test("no ACR and no AcrPull", () => {
    expect(resourcesOf(azureJson, "azurerm_container_registry")).toEqual([]);
    expect(resourcesOf(azureJson, "azurerm_role_assignment").map((r) => r.role_definition_name)).not.toContain("AcrPull");
    expect(azureJson.output!.acr_login_server).toBeUndefined();
  });

  test("Step d.3: the same pull secret in tars-system and tars-dataplane, both namespaces created first", () => {
    const secrets = resourcesOf(clusterJson, "kubernetes_secret_v1") as Any[];
    expect(secrets.map((s) => s.metadata.name)).toEqual(["acme-registry-pull", "acme-registry-pull"]);
    expect(secrets.map((s) => s.metadata.namespace).sort()).toEqual([
      "${kubernetes_namespace_v1.NamespaceDataplane.metadata[0].name}",
      "${kubernetes_namespace_v1.NamespaceSystem.metadata[0].name}",
    ]);
    expect((resourcesOf(clusterJson, "kubernetes_namespace_v1") as Any[]).map((n) => n.metadata.name).sort()).toEqual(["tars-dataplane", "tars-system"]);
  });

  test("the credential comes from sensitive variables, never from a file", () => {
    const config = (resourcesOf(clusterJson, "kubernetes_secret_v1")[0] as Any).data[".dockerconfigjson"];
    expect(config).toBe(
      '${jsonencode({"auths" = {"registry.acme.example.com" = {"username" = var.registry_username, "password" = var.registry_password, "auth" = base64encode(join(":", [var.registry_username, var.registry_password]))}}})}',
    );
    expect(clusterJson.variable).toEqual({
      registry_username: expect.objectContaining({ sensitive: true, type: "string", nullable: false }),
      registry_password: expect.objectContaining({ sensitive: true, type: "string", nullable: false }),
    });
  });
});

test("acr (default): AcrPull and no pull secret or namespace in the -cluster stack", () => {
  const { clusterJson } = synthStacks(makeEnv());
  expect(resourcesOf(clusterJson, "kubernetes_secret_v1")).toEqual([]);
  expect(resourcesOf(clusterJson, "kubernetes_namespace_v1")).toEqual([]);
});
