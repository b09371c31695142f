import { clusterAuth } from "../../plan/cluster";
import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * With local accounts on, AKS issues a cluster-admin client certificate and key: the azurerm
 * provider reads them into Terraform state (kube_config, kube_admin_config) and the -cluster
 * stack's providers take them as inputs, so whoever reads the state owns the cluster. Production
 * turns them off by default (Entra ID with Azure RBAC, the -cluster stack through kubelogin).
 * docs/azure-behaviours.md, "Entra ID, local accounts and the -cluster stack".
 */
export const productionLocalAccounts: Rule = {
  id: "AR051",
  severity: "warning",
  title: "Production cluster with local accounts",
  guide: "Step 3.5 (the kubeconfig); docs/security.md, Cluster access",
  waivable: true,
  check(env) {
    if (!env.production || env.cluster.existing || clusterAuth(env).localAccountsDisabled) return [];
    const path = env.cluster.localAccountsDisabled === false ? "cluster.localAccountsDisabled" : "cluster.entraId.enabled";
    return [
      finding(
        path,
        "is false in a production environment: the cluster keeps local accounts, so a cluster-admin client key sits in Terraform state and in the -cluster stack's provider configuration",
        "remove it (production defaults to Entra ID with Azure RBAC and local accounts disabled; the -cluster stack then authenticates through kubelogin, and the identity that applies it needs Azure Kubernetes Service RBAC Cluster Admin), or waive AR051 with the reason",
        false,
      ),
    ];
  },
};
