// Step 1: the data plane credential from the dashboard.
import { sh } from "../../config/encode";
import { code } from "./blocks";
import type { RunbookSection } from "./section";

export const credentialSection: RunbookSection = {
  id: "credential",
  guide: "Step 1 (the data plane credential)",
  title: "Step 1: the data plane credential",
  applies: () => true,
  render: step1,
};

function step1(): string {
  return [
    "## Step 1: the data plane credential",
    "",
    "In the dashboard, open **System → Settings → Data plane** and click **Generate Data plane credential**.",
    "Save the file outside the repository and point at it:",
    "",
    code(sh`export DP_CREDENTIAL=~/secrets/data-plane-credentials.json`),
    "",
    "One credential per data plane; it can be revoked from the dashboard.",
  ].join("\n");
}
