import { ContainerRegistry } from "../../stacks/constructs/container-registry";
import { only, synthConstruct } from "./synth-construct";

const props = { name: "acrtest01", resourceGroupName: "rg-test", location: "westeurope" };

describe("ContainerRegistry", () => {
  test("is a Standard registry with the admin user off by default", () => {
    const { resource } = synthConstruct((s) => new ContainerRegistry(s, "registry", props));
    expect(only(resource, "azurerm_container_registry")).toMatchObject({ name: "acrtest01", sku: "Standard", admin_enabled: false });
    expect(resource.azurerm_role_assignment).toBeUndefined();
  });

  test("grants AcrPull on the registry to the pull principal (the --attach-acr equivalent)", () => {
    const { resource } = synthConstruct((s) => new ContainerRegistry(s, "registry", { ...props, pullPrincipalId: "00000000-0000-0000-0000-000000000001" }));
    const assignment = only(resource, "azurerm_role_assignment");
    expect(assignment).toMatchObject({ role_definition_name: "AcrPull", principal_id: "00000000-0000-0000-0000-000000000001", principal_type: "ServicePrincipal" });
    expect(assignment.scope).toMatch(/^\$\{azurerm_container_registry\..+\.id\}$/);
  });

  test("enables the admin user when asked (the Step 5.3 fallback)", () => {
    const { resource } = synthConstruct((s) => new ContainerRegistry(s, "registry", { ...props, adminEnabled: true }));
    expect(only(resource, "azurerm_container_registry").admin_enabled).toBe(true);
  });

  test.each(["Tars-ACR", "acr", "acr-with-dash", "a".repeat(51)])("fails for the name %j, naming the construct and the value", (name) => {
    expect(() => synthConstruct((s) => new ContainerRegistry(s, "registry", { ...props, name }))).toThrow(
      `ContainerRegistry registry: name must be 5-50 lowercase letters or digits, got "${name}"`,
    );
  });
});
