import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Each Terraform backend needs its settings, and only those. */
export const stateBackend: Rule = {
  id: "AR030",
  severity: "error",
  title: "State backend settings missing",
  guide: "Deploying the stacks (cdktf deploy / terraform init): the backend block must be complete",
  waivable: false,
  check(env) {
    const s = env.state;
    const out: Finding[] = [];
    if (s.backend === "azurerm" && !s.azurerm) out.push(finding("state.azurerm", "is required with state.backend: azurerm", "add state.azurerm.resourceGroupName and storageAccountName"));
    if (s.backend === "cloud" && !s.cloud) out.push(finding("state.cloud", "is required with state.backend: cloud", "add state.cloud.organization"));
    if (s.backend !== "azurerm" && s.azurerm) out.push(finding("state.azurerm", `is ignored with state.backend: ${s.backend}`, "remove it, or set state.backend: azurerm"));
    if (s.backend !== "cloud" && s.cloud) out.push(finding("state.cloud", `is ignored with state.backend: ${s.backend}`, "remove it, or set state.backend: cloud"));
    return out;
  },
};
