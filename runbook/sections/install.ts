// Step 6: `tare install`, per registry mode.
import { GUIDE_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../../plan/names";
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { type Text, code, tf } from "./blocks";
import type { RunbookSection } from "./section";

export const installSection: RunbookSection = {
  id: "install",
  guide: "Step 6 (tare install)",
  title: "Step 6: install the data plane",
  applies: () => true,
  render: install,
};

function install(c: RunbookContext): string {
  const e = c.plan;
  const r = e.registry;
  let command: string;
  let note: Text = "";
  if (r.mode === "acr") {
    command = code(sh`tare install "\${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" \\`, sh`  --image-sync ${e.registry.imageRegistry}`);
    note = "No image-pull secret: the kubelet identity has AcrPull on the registry (Step 5.3).";
  } else if (r.mode === "acr-admin" && r.adminPullSecret === "stdin") {
    command = code(
      sh`ACR_USERNAME=$(${tf(c, e.stacks.azure, "output -raw acr_admin_username")})`,
      sh`ACR_PASSWORD=$(${tf(c, e.stacks.azure, "output -raw acr_admin_password")})`,
      sh`echo "\${ACR_USERNAME}:\${ACR_PASSWORD}" | \\`,
      sh`  tare install "\${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" \\`,
      sh`  --image-sync ${e.registry.imageRegistry} \\`,
      sh`  --image-pull-secret-stdin`,
      sh`unset ACR_USERNAME ACR_PASSWORD`,
    );
    note = "The admin-user fallback of Step 5.3: `tare install` creates the image-pull secret from stdin.";
  } else {
    command = code(
      sh`tare install "\${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}" \\`,
      sh`  --image-registry ${e.registry.imageRegistry} \\`,
      sh`  --image-pull-secret-name ${r.pullSecret} \\`,
      sh`  --wait`,
    );
    note = md`The pull secret \`${r.pullSecret}\` already exists in ${NS_SYSTEM} and ${NS_DATAPLANE} (created by \`${e.stacks.cluster}\`); \`tare install\` only uses it (Step d.4).`;
  }
  return [
    "## Step 6: install the data plane",
    "",
    command,
    "",
    note,
    e.tls.mode === "none"
      ? "The Proxy URL is registered in Step 8.2, once DNS points at the gateway."
      : "The Proxy URL is registered in Step b.2.6, once HTTPS is verified (before that, the `https://` URL cannot answer).",
    "",
    md`Worked when \`kubectl get pods -n ${NS_SYSTEM}\` and \`kubectl get pods -n ${NS_DATAPLANE}\` show every pod \`Running\` (egress with at least 2 replicas).`,
    "",
    e.dataPlane.version
      ? md`This installs the data plane embedded in \`tare\` v${e.dataPlane.version} (Helm release \`${GUIDE_NAMES.helmRelease}\` in ${NS_SYSTEM}: \`helm list -n ${NS_SYSTEM}\`). Step 6 is the first install; to move to another version, follow "Upgrading the data plane" (\`tare upgrade\`) rather than re-running it.`
      : md`Step 6 is the first install; to move to another version, follow "Upgrading the data plane" (\`tare upgrade\`) rather than re-running it.`,
  ].join("\n");
}
