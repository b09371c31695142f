// Step 5 or Appendix D: the images into the registry the cluster pulls from.
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { code } from "./blocks";
import type { RunbookSection } from "./section";

export const imagesSection: RunbookSection = {
  id: "images",
  guide: "Step 5 (sync the images), or Appendix D with a private registry",
  title: "Images",
  applies: () => true,
  render: images,
};

/** The ten repositories Step 5.2 expects under tare/ (the guide names eight of them). */
const EXPECTED_REPOSITORIES = ["ai-gateway-controller", "envoy-tars", "gateway", "liaison", "ratelimit", "redis", "tare-doctor", "valet"];

function images(c: RunbookContext): string {
  const r = c.plan.registry;
  if (r.mode === "private") {
    if (r.mirrored) {
      return ["## Appendix D: images", "", md`A platform team mirrors the Agent Router images into \`${r.repository}\`; there is nothing to sync (Step d.4 tip).`].join("\n");
    }
    return [
      "## Appendix D, Step d.2: sync the images into the private registry",
      "",
      "Log in with credentials that can push (from your shell, not typed on the command line):",
      "",
      code(
        sh`printf '%s' "\${REGISTRY_PASSWORD}" | docker login ${r.host} --username "\${REGISTRY_USERNAME}" --password-stdin`,
        sh`tare install "\${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --image-sync ${r.repository} --sync-only`,
      ),
      "",
      "The sync prints nothing and takes several minutes. `tare` authenticates to Tetrate's registry with the credential; the Docker login covers the destination.",
    ].join("\n");
  }
  return [
    "## Step 5: sync the images to ACR",
    "",
    code(
      sh`az acr login --name ${r.acrName}`,
      sh`tare install "\${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" --image-sync ${r.imageRegistry} --sync-only`,
      sh`az acr repository list --name ${r.acrName} -o tsv`,
    ),
    "",
    md`Worked when the list shows ten repositories under \`tare/\`, including ${md.join(EXPECTED_REPOSITORIES.map((r) => md`\`tare/${r}\``), ", ")}.`,
    "The ACR login lasts about three hours; on `unauthorized: authentication required`, run `az acr login` again and retry.",
  ].join("\n");
}
