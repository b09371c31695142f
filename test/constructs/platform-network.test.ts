import { PlatformNetwork } from "../../stacks/constructs/platform-network";
import { only, synthConstruct } from "./synth-construct";

const props = {
  name: "vnet-test",
  resourceGroupName: "rg-test",
  location: "westeurope",
  addressSpace: "10.224.0.0/12",
  clusterSubnet: { name: "aks-nodes", cidr: "10.224.0.0/16" },
};

describe("PlatformNetwork", () => {
  test("creates the VNet with its address space and the node subnet inside it", () => {
    const { resource } = synthConstruct((s) => new PlatformNetwork(s, "network", props));
    expect(only(resource, "azurerm_virtual_network")).toMatchObject({ name: "vnet-test", address_space: ["10.224.0.0/12"], location: "westeurope" });
    const subnet = only(resource, "azurerm_subnet");
    expect(subnet).toMatchObject({ name: "aks-nodes", address_prefixes: ["10.224.0.0/16"], resource_group_name: "rg-test" });
    expect(subnet.virtual_network_name).toMatch(/^\$\{azurerm_virtual_network\..+\.name\}$/);
  });

  test("adds the App Gateway subnet only when asked", () => {
    const without = synthConstruct((s) => new PlatformNetwork(s, "network", props));
    expect(Object.keys(without.resource.azurerm_subnet)).toHaveLength(1);
    const withGateway = synthConstruct((s) => new PlatformNetwork(s, "network", { ...props, appGatewaySubnet: { name: "appgw", cidr: "10.225.0.0/24" } }));
    expect(Object.values(withGateway.resource.azurerm_subnet).map((s) => [s.name, s.address_prefixes]).sort()).toEqual([
      ["aks-nodes", ["10.224.0.0/16"]],
      ["appgw", ["10.225.0.0/24"]],
    ]);
  });
});
