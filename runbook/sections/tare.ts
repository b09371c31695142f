// Step 2: the tare CLI, at the version the environment pins.
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { code } from "./blocks";
import type { RunbookSection } from "./section";
import { installTare } from "./tare-cli";

export const tareSection: RunbookSection = {
  id: "tare",
  guide: "Step 2 (the tare CLI), at dataPlane.version",
  title: "Step 2: the tare CLI",
  applies: () => true,
  render: step2,
};

// Guide: Step 2, at the version the environment pins (dataPlane.version; docs/data-plane.md).
function step2(c: RunbookContext): string {
  const version = c.plan.dataPlane.version;
  if (!version) {
    return [
      "## Step 2: the tare CLI",
      "",
      md`\`dataPlane.version\` is not set in environments/${c.plan.name}.yaml, so this installs whatever the vendor's installer ships on its stable channel today, and the data plane gets the chart and images embedded in that \`tare\`. Pin the version it prints (\`dataPlane.version\`, without the leading \`v\`): production requires it (AR057), and the upgrade and rollback procedures need it.`,
      "",
      code(sh`curl -sSL https://tare.tetrate.ai/tools/install.sh | bash`, sh`export PATH="$PATH:$HOME/.tare/bin"`, sh`tare --version`),
      "",
      "Worked when `tare --version` prints a version (for example `tare version v0.1.0-beta.4`).",
    ].join("\n");
  }
  return [
    "## Step 2: the tare CLI",
    "",
    md`This environment runs \`tare\` v${version} (\`dataPlane.version\`): the data plane is the chart and images embedded in that binary. Rather than the guide's \`curl ... install.sh | bash\` (the installer's latest), download that version's archive from the path the installer itself uses, check it, and put it where the installer would (\`~/.tare/bin\`):`,
    "",
    ...installTare(c, version),
  ].join("\n");
}
