// tars-system and tars-dataplane, when the `-cluster` stack puts Secrets into them.
import { NamespaceV1 } from "../../.gen/providers/kubernetes/namespace-v1";
import type { TerraformStack } from "cdktf";
import type { Plan } from "../../plan";
import { NS_DATAPLANE, NS_SYSTEM } from "../../plan/names";

/**
 * tars-system and tars-dataplane, created here only when this stack puts Secrets into them
 * (otherwise `tare install` creates them, Step 6). `tare install` accepts existing
 * namespaces (Step d.3 creates them first). The data plane lives in them, so Terraform must
 * never delete them: `prevent_destroy` makes a plain `terraform destroy` of this stack stop,
 * and cleanup.sh releases them from state only after `helm uninstall tars` (the guide's
 * Cleanup order), then deletes them with kubectl. Returns their names, as references when created.
 */
export function dataPlaneNamespaces(stack: TerraformStack, plan: Plan): { system: string; dataplane: string } {
  const { system: needsSystem, dataplane: needsDataplane } = plan.clusterStackNamespaces;
  const make = (id: string, ns: string) =>
    new NamespaceV1(stack, id, {
      metadata: { name: ns, labels: { "app.kubernetes.io/managed-by": "terraform" } },
      lifecycle: { preventDestroy: true },
    }).metadata.name;
  // A namespace this stack no longer needs (the config changed: no pull secret, no exporter
  // Secret) must not be destroyed with the data plane in it: prevent_destroy leaves with the
  // resource, so a `removed` block forgets it instead (Terraform 1.7+; a no-op when it was never
  // in state). docs/azure-behaviours.md, "The data plane's namespaces must outlive the -cluster stack".
  const forget = [!needsSystem && "NamespaceSystem", !needsDataplane && "NamespaceDataplane"].filter((id): id is string => !!id);
  if (forget.length) {
    stack.addOverride(
      "removed",
      forget.map((id) => ({ from: `kubernetes_namespace_v1.${id}`, lifecycle: { destroy: false } })),
    );
  }
  // The `removed` blocks and prevent_destroy need Terraform 1.7 or later; an older one fails
  // here with a clear message instead of misreading the configuration.
  stack.addOverride("terraform.required_version", ">= 1.7.0");
  return {
    system: needsSystem ? make("NamespaceSystem", NS_SYSTEM) : NS_SYSTEM,
    dataplane: needsDataplane ? make("NamespaceDataplane", NS_DATAPLANE) : NS_DATAPLANE,
  };
}
