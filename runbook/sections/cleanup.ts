// Cleanup: cleanup.sh, in the guide's dependency order.
import { NS_DATAPLANE, NS_SYSTEM } from "../../plan/names";
import { md, Markdown, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { code } from "./blocks";
import type { RunbookSection } from "./section";

export const cleanupSection: RunbookSection = {
  id: "cleanup",
  guide: "Cleanup",
  title: "Cleanup",
  applies: () => true,
  render: cleanup,
};

function cleanup(c: RunbookContext): string {
  return [
    "## Cleanup",
    "",
    code(sh`./${c.distDir}/cleanup.sh`),
    "",
    md`It asks before deleting (\`--yes\` skips the question; \`--dry-run\` prints the commands). The guide's dependency order: the YAML (ingress first), then \`helm uninstall tars\`, then \`terraform destroy\` of \`${c.plan.stacks.cluster}\`${clusterStackNamespacesNote(c)} and \`${c.plan.stacks.azure}\` in that order (the stacks own ${c.plan.cluster.owned ? "the cluster, registry and resource group" : "the registry and role assignments; the existing cluster is left alone"}), then the kubeconfig. Safe to re-run. \`--force-finalizers\` runs the two-pass finalizer procedure when \`helm uninstall\` hangs.`,
  ].join("\n");
}

/** The -cluster stack creates the namespaces when it puts Secrets there (stacks/cluster-stack.ts dataPlaneNamespaces). */
function clusterStackNamespacesNote(c: RunbookContext): Markdown | "" {
  if (!c.plan.clusterStackNamespaces.dataplane) return "";
  return md` (its namespaces ${NS_SYSTEM} and ${NS_DATAPLANE} hold the data plane and carry \`prevent_destroy\`, so a plain \`terraform destroy\` of that stack stops; the script releases them from state and deletes them with kubectl, after \`helm uninstall\`)`;
}
