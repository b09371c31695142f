// Step 9: the provider routes the management plane configured.
import { sh } from "../../config/encode";
import { code } from "./blocks";
import type { RunbookSection } from "./section";

export const routesSection: RunbookSection = {
  id: "routes",
  guide: "Step 9 (provider routes)",
  title: "Step 9: provider routes",
  applies: () => true,
  render: routes,
};

function routes(): string {
  return [
    "## Step 9: provider routes",
    "",
    code(sh`kubectl get aigatewayroutes -A`, sh`kubectl get aiservicebackends -A`),
    "",
    "Worked when both list `Accepted` resources within a minute of the data plane connecting. Empty lists mean no providers are configured: see the Agent Router onboarding guide.",
  ].join("\n");
}
