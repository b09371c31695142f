// The `registry` block: where the cluster pulls the Agent Router images from.
import { z } from "zod";
import { hostname, k8sName, text } from "./fields";

const PrivateRegistry = z
  .strictObject({
    host: hostname.describe("Registry host for `docker login` and the pull secret (Step d.1 PRIVATE_REGISTRY_HOST)."),
    repository: text()
      .regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+$/, "must be HOST/PATH, such as registry.acme.example.com/tare")
      .describe("Where the Agent Router images live (Step d.1 PRIVATE_IMAGE_REGISTRY)."),
    pullSecretName: k8sName
      .default("tars-image-pull-secret")
      .describe("Image-pull Secret the `-cluster` stack creates in tars-system and tars-dataplane (Step d.3 PULL_SECRET)."),
    mirrored: z
      .boolean()
      .default(false)
      .describe("Images are mirrored by a platform team: the runbook skips the `--sync-only` step (Step d.4 tip)."),
  })
  .describe("An existing private registry (Appendix D).");

export const Registry = z
  .strictObject({
    mode: z
      .enum(["acr", "acr-admin", "private"])
      .default("acr")
      .describe(
        "`acr`: ACR with AcrPull for the kubelet identity (Steps 4-5.3). `acr-admin`: the Step 5.3 admin-user fallback. `private`: an existing registry (Appendix D).",
      ),
    acrName: text()
      .optional()
      .describe("ACR name (Step 4 ACR_NAME): 5-50 lowercase letters or digits, globally unique. Required by the `acr` modes."),
    adminPullSecret: z
      .enum(["stdin", "cluster"])
      .default("stdin")
      .describe(
        "With `acr-admin`: `stdin` pipes the admin credentials to `tare install --image-pull-secret-stdin` (Step 6); `cluster` has the `-cluster` stack create `tars-image-pull-secret` in both namespaces.",
      ),
    private: PrivateRegistry.optional(),
  })
  .describe("Where the cluster pulls the Agent Router images from (Steps 4-6, Appendix D).");
