import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * An explicit Kubernetes version and an upgrade channel that moves the same version would fight:
 * AKS upgrades, the next plan wants the configured version back, and AKS refuses a downgrade.
 * docs/azure-behaviours.md, "Kubernetes versions and maintenance windows".
 */
export const kubernetesVersionChannel: Rule = {
  id: "AR053",
  severity: "error",
  title: "Kubernetes version pinned against the automatic upgrade channel",
  guide: "Step 3.1 (K8S_VERSION) and Step 3.4 (az aks create --kubernetes-version); AKS refuses downgrades",
  waivable: false,
  check(env) {
    const { kubernetesVersion: version, automaticUpgradeChannel: channel } = env.cluster;
    if (version === undefined) return [];
    if (channel === "rapid" || channel === "stable") {
      return [
        finding(
          "cluster.kubernetesVersion",
          `is set while cluster.automaticUpgradeChannel is ${channel}: AKS moves the cluster to newer minor versions itself, and the next terraform plan would want ${version} back, a downgrade AKS refuses`,
          "remove cluster.kubernetesVersion (the channel owns the version), or set cluster.automaticUpgradeChannel: patch and upgrade a minor version at a time by changing cluster.kubernetesVersion",
          version,
        ),
      ];
    }
    if (channel === "patch" && !/^\d+\.\d+$/.test(version)) {
      const minor = version.split(".").slice(0, 2).join(".");
      return [
        finding(
          "cluster.kubernetesVersion",
          `is an exact patch version while cluster.automaticUpgradeChannel is patch: AKS installs newer patches of ${minor}, and the next terraform plan would want ${version} back, a downgrade AKS refuses`,
          `write the minor version (kubernetesVersion: "${minor}"): Terraform then keeps the patch AKS installed and upgrades when you change the minor version`,
          version,
        ),
      ];
    }
    return [];
  },
};
