// Upgrading Kubernetes on a cluster this project created: a minor version at a time, as a
// config change (control plane, then the node pool, in one apply), inside maintenance windows.
import { PlanError } from "../../plan";
import type { MaintenanceWindow } from "../../plan/cluster";
import { md, sh, type Markdown } from "../../config/encode";
import { code } from "./blocks";
import type { RunbookSection } from "./section";

export const kubernetesUpgrade: RunbookSection = {
  id: "kubernetes-upgrade",
  guide: "Step 3.1 (K8S_VERSION) and Step 3.4 (az aks create --kubernetes-version), after the install",
  title: "Upgrading Kubernetes",
  applies: (p) => p.cluster.owned,
  render(c) {
    const e = c.plan;
    if (!e.cluster.owned) throw new PlanError("the Kubernetes upgrade section applies only to a cluster the project creates");
    const rg = e.cluster.resourceGroup;
    const name = e.cluster.name;
    const windows = e.cluster.maintenance;
    const version = e.cluster.kubernetesVersion;
    return [
      "## Upgrading Kubernetes",
      "",
      md`Who moves the version: ${ownerOf(e.cluster.automaticUpgradeChannel, version)} Automatic upgrades run ${describeWindow(windows.autoUpgrade)}; node OS updates (\`${e.cluster.nodeOsUpgradeChannel}\`) run ${describeWindow(windows.nodeOs)} (\`cluster.maintenance\`; AKS treats windows as best effort and may act outside them for urgent fixes).`,
      "",
      "A minor version upgrade, one minor version at a time (AKS does not skip minor versions and cannot downgrade):",
      "",
      "1. See what AKS offers this cluster, and the control plane's and nodes' current versions:",
      "",
      code(
        sh`az aks get-upgrades --resource-group ${rg} --name ${name} --output table`,
        sh`az aks show --resource-group ${rg} --name ${name} --query '{controlPlane: currentKubernetesVersion, state: provisioningState}' --output table`,
      ),
      "",
      md`2. Check that the data plane supports the new version (the vendor's compatibility matrix) and that nothing in the cluster still calls an API the new version removes (the API server counts such calls):`,
      "",
      code(sh`kubectl get --raw /metrics | grep apiserver_requested_deprecated_apis`),
      "",
      md`3. Set \`cluster.kubernetesVersion\` in environments/${e.name}.yaml to the next minor version (\`"1.35"\`, not a patch: ${e.cluster.followsPatchChannel || !version ? "the patch channel keeps installing patches, and Terraform keeps the one it finds" : "AKS picks the newest patch of it"}), run \`npm run synth\` in the project, and review the plan:`,
      "",
      code(sh`terraform -chdir=${c.stackDir(e.stacks.azure)} plan`),
      "",
      md`   The plan must show \`azurerm_kubernetes_cluster\` **updated in place** (\`~ kubernetes_version\` and \`~ orchestrator_version\` of the node pool), never "must be replaced". Apply it inside a quiet period: azurerm upgrades the control plane first, then the node pool (a third of the nodes surged at a time), in one apply that can take up to ten minutes per node.`,
      "",
      code(sh`terraform -chdir=${c.stackDir(e.stacks.azure)} apply`),
      "",
      "4. Check the cluster and the data plane:",
      "",
      code(sh`kubectl get nodes`, sh`./${c.distDir}/verify.sh`),
      "",
      "Rolling back: AKS cannot downgrade a cluster. If the data plane fails on the new version, fix forward (its upgrade), or create a new cluster on the old version from this project and move traffic (the DNS record) back.",
    ].join("\n");
  },
};

function ownerOf(channel: string, version: string | undefined): Markdown {
  if (!version) {
    return md`\`cluster.kubernetesVersion\` is not set, so the \`${channel}\` channel owns the version and Terraform leaves it alone (the cluster started on the region's default).`;
  }
  if (channel === "patch") return md`Terraform owns the minor version (\`${version}\`), the \`patch\` channel its patches.`;
  return md`Terraform owns the version (\`${version}\`); the \`${channel}\` channel does not change it.`;
}

function describeWindow(w: MaintenanceWindow | undefined): Markdown {
  if (!w) return md`at any time`;
  return md`${windowDays(w)} from ${w.startTime} (UTC${w.utcOffset}) for ${String(w.durationHours)} hours${w.notAllowed.length ? md`, never between ${w.notAllowed.map((s) => `${s.start} and ${s.end}`).join("; ")}` : ""}`;
}

/** Which days the window opens on, by its frequency. */
function windowDays(w: MaintenanceWindow): Markdown {
  const months = w.interval === 1 ? "month" : `${w.interval} months`;
  switch (w.frequency) {
    case "Daily":
      return md`every ${w.interval === 1 ? "day" : `${w.interval} days`}`;
    case "Weekly":
      return md`${w.interval === 1 ? "every" : `every ${w.interval} weeks on`} ${w.dayOfWeek}`;
    case "AbsoluteMonthly":
      return md`on day ${String(w.dayOfMonth)} of every ${months}`;
    case "RelativeMonthly":
      return md`on the ${w.weekIndex.toLowerCase()} ${w.dayOfWeek} of every ${months}`;
  }
}
