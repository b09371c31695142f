import { TerraformVariable } from "cdktf";
import { OpaqueSecret, PullSecret } from "../../stacks/constructs/kube-secret";
import { synthConstruct } from "./synth-construct";

describe("OpaqueSecret", () => {
  test("carries its data from tokens, labelled as Terraform's", () => {
    const { resource } = synthConstruct((s) => {
      const key = new TerraformVariable(s, "api_key", { type: "string", sensitive: true });
      new OpaqueSecret(s, "creds", { name: "otel-azure-creds", namespace: "monitoring", data: { API_KEY: key.stringValue } });
    });
    const [secret] = Object.values(resource.kubernetes_secret_v1);
    expect(secret).toMatchObject({
      metadata: { name: "otel-azure-creds", namespace: "monitoring", labels: { "app.kubernetes.io/managed-by": "terraform" } },
      type: "Opaque",
      data: { API_KEY: "${var.api_key}" },
    });
  });
});

describe("PullSecret", () => {
  const props = { name: "acr-pull", namespaces: { system: "tars-system", dataplane: "tars-dataplane" }, server: "acr.example.io", username: "u", password: "${var.p}" };

  test("creates the same docker-registry Secret in every namespace (Step d.3)", () => {
    const { resource } = synthConstruct((s) => new PullSecret(s, "pull", props));
    const secrets = Object.values(resource.kubernetes_secret_v1);
    expect(secrets.map((x) => [x.metadata.name, x.metadata.namespace, x.type]).sort()).toEqual([
      ["acr-pull", "tars-dataplane", "kubernetes.io/dockerconfigjson"],
      ["acr-pull", "tars-system", "kubernetes.io/dockerconfigjson"],
    ]);
    expect(secrets[0].data[".dockerconfigjson"]).toBe(secrets[1].data[".dockerconfigjson"]);
    expect(secrets[0].data[".dockerconfigjson"]).toContain('"acr.example.io"');
  });

  test("fails without a registry host known at synthesis", () => {
    expect(() => synthConstruct((s) => new PullSecret(s, "pull", { ...props, server: "" }))).toThrow('PullSecret pull: server must be a registry host known at synthesis, got ""');
  });
});
