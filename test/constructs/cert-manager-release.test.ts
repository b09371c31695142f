import { parse } from "yaml";
import { CertManagerRelease } from "../../stacks/constructs/cert-manager-release";
import { only, synthConstruct } from "./synth-construct";

describe("CertManagerRelease", () => {
  test("installs the pinned chart with its CRDs and waits for it (Step b.2.1)", () => {
    const { resource } = synthConstruct((s) => new CertManagerRelease(s, "cm", { chartVersion: "v1.18.2" }));
    const release = only(resource, "helm_release");
    expect(release).toMatchObject({
      name: "cert-manager",
      repository: "https://charts.jetstack.io",
      chart: "cert-manager",
      version: "v1.18.2",
      namespace: "cert-manager",
      create_namespace: true,
      wait: true,
    });
    expect(release.set).toEqual([{ name: "crds.enabled", value: "true" }]);
    expect(release.values).toBeUndefined();
  });

  test("turns on the Gateway API support through the controller configuration when asked", () => {
    const { resource } = synthConstruct((s) => new CertManagerRelease(s, "cm", { chartVersion: "v1.18.2", gatewayApi: true }));
    const values = only(resource, "helm_release").values as string[];
    expect(values.map((v) => parse(v))).toEqual([
      { config: { apiVersion: "controller.config.cert-manager.io/v1alpha1", kind: "ControllerConfiguration", enableGatewayAPI: true } },
    ]);
  });
});
