// The `<env>-cluster` stack: the helm and kubernetes providers, configured from the cluster
// the `-azure` stack created (a cross-stack reference, so no provider depends on a
// resource of its own apply), and what goes into the cluster before `tare install`:
// cert-manager (B.2.1), the ALB controller (Appendix A), the Secrets the YAML only names
// (Appendix C, Appendix D, Step 5.3), and the DNS record that needs the gateway (Step 8.1).
// One concern per file in stacks/cluster/.
import { Aspects, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Plan } from "../plan";
import type { AzureStack } from "./azure-stack";
import { configureBackend } from "./backend";
import { albController, certManager } from "./cluster/addons";
import { dataPlaneAddress } from "./cluster/dns";
import { dataPlaneNamespaces } from "./cluster/namespaces";
import { clusterProviders } from "./cluster/providers";
import { collectorProviderClass, exporterSecrets, pullSecret, tlsProviderClass } from "./cluster/secrets";
import type { ClusterSite } from "./cluster/site";
import { DefaultTags } from "./default-tags";
import { argoCdBootstrap } from "./gitops-bootstrap";

export class ClusterStack extends TerraformStack {
  constructor(scope: Construct, plan: Plan, azure: AzureStack) {
    super(scope, plan.stacks.cluster);
    this.addDependency(azure);
    configureBackend(this, plan, "cluster");
    clusterProviders(this, plan, azure.cluster.credentials);
    Aspects.of(this).add(new DefaultTags(plan.azure.tags));

    const site: ClusterSite = { stack: this, plan, azure, namespaces: dataPlaneNamespaces(this, plan) };
    certManager(site);
    // GitOps that bootstraps itself: Argo CD from its pinned chart (gitops.argocd.install).
    argoCdBootstrap(this, plan);
    albController(site);
    tlsProviderClass(site);
    collectorProviderClass(site);
    exporterSecrets(site);
    pullSecret(site);
    dataPlaneAddress(site);
  }
}
