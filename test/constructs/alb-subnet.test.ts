import { AlbSubnet } from "../../stacks/constructs/alb-subnet";
import { only, synthConstruct } from "./synth-construct";

const props = { name: "agc", resourceGroupName: "rg-test", virtualNetworkName: "vnet-test", cidr: "10.226.0.0/24" };

describe("AlbSubnet", () => {
  test("is delegated to Microsoft.ServiceNetworking/trafficControllers (Appendix A)", () => {
    const { resource } = synthConstruct((s) => new AlbSubnet(s, "agc", props));
    const subnet = only(resource, "azurerm_subnet");
    expect(subnet).toMatchObject({ name: "agc", virtual_network_name: "vnet-test", address_prefixes: ["10.226.0.0/24"] });
    expect(subnet.delegation).toEqual([
      {
        name: "agc-delegation",
        service_delegation: { name: "Microsoft.ServiceNetworking/trafficControllers", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] },
      },
    ]);
  });

  test("accepts a subnet larger than a /24", () => {
    const { resource } = synthConstruct((s) => new AlbSubnet(s, "agc", { ...props, cidr: "10.226.0.0/23" }));
    expect(only(resource, "azurerm_subnet").address_prefixes).toEqual(["10.226.0.0/23"]);
  });

  test("fails for a subnet smaller than a /24, naming the value", () => {
    expect(() => synthConstruct((s) => new AlbSubnet(s, "agc", { ...props, cidr: "10.226.0.0/25" }))).toThrow(
      'AlbSubnet agc: cidr must be at least a /24 for the AGC association, got "10.226.0.0/25"',
    );
  });
});
