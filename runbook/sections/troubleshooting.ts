// Troubleshooting: the guide's symptoms and fixes, for the modes this environment uses.
import { GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../../plan/names";
import { md, Markdown } from "../../config/encode";
import type { RunbookContext } from "../context";
import { readerOf } from "./blocks";
import type { RunbookSection } from "./section";

export const troubleshootingSection: RunbookSection = {
  id: "troubleshooting",
  guide: "Troubleshooting",
  title: "Troubleshooting",
  applies: () => true,
  render: troubleshooting,
};

/** A row of the table: the symptom, and its fix. */
type Row = [Markdown, Markdown];

function troubleshooting(c: RunbookContext): string {
  const rows: Row[] = [...imageRows(c), ...ingressRows(c), ...keyVaultRows(c), ...certificateAndRouteRows(c)];
  return ["## Troubleshooting", "", "| Symptom | Fix |", "|---|---|", ...rows.map(([s, f]) => md`| ${s} | ${f} |`)].join("\n");
}

/** Pulling and syncing the images. */
function imageRows(c: RunbookContext): Row[] {
  const e = c.plan;
  const r = e.registry;
  const rows: Row[] = [];
  if (r.mode !== "private" || !r.mirrored) {
    rows.push(
      [md`\`401 Unauthorized\` on \`HEAD https://registry.tetrate.ai/v2/...\``, md`The credential cannot pull from Tetrate: regenerate it (Dashboard → System → Settings → Data plane → Credentials) and retry.`],
      [md`\`unauthorized: authentication required\` from the destination registry`, r.mode !== "private" ? md`The ACR login expired (~3h): \`az acr login --name ${r.acrName}\` and retry.` : md`Log in to the private registry again (Step d.2) and retry.`],
    );
  }
  if (r.mode !== "acr") {
    rows.push([
      md`Pods in \`ImagePullBackOff\` with \`403 Forbidden\``,
      md`The pull secret is missing from a namespace: \`kubectl get secret ${r.pullSecret} -n ${NS_DATAPLANE}\` and \`-n ${NS_SYSTEM}\`.${r.clusterCreatesPullSecret ? md` Re-apply \`${e.stacks.cluster}\`.` : md` Re-run Step 6 with \`--image-pull-secret-stdin\`.`}`,
    ]);
  }
  return rows;
}

/** The ingress mode's controller and gateway. */
function ingressRows(c: RunbookContext): Row[] {
  const e = c.plan;
  const rows: Row[] = [];
  if (e.ingress.mode === "agic") {
    rows.push(
      [md`\`AuthorizationFailed ... managedClusters/write\``, md`Grant Azure Kubernetes Service Contributor Role on the cluster.`],
      [md`\`LinkedAuthorizationFailed ... workspaces/sharedkeys/read\``, md`Grant Log Analytics Contributor on the workspace's resource group, or set \`cluster.containerInsights: false\`.`],
      [md`Ingress has no ADDRESS after five minutes; AGIC logs "App Gateway in stopped state"`, md`\`kubectl delete pod -n kube-system -l app=ingress-appgw\` (AGIC reconciled too early).`],
      [md`AGIC log loops on \`Waiting for overlay extension config to be ready\``, md`Prevented by check AR001 and the plan-time postcondition; on a cluster changed since, use \`ingress.mode: agc\`.`],
      [md`Ingress has an ADDRESS but curl returns 502`, md`The health-probe annotations are missing: re-apply \`${c.distDir}\` (they are in the synthesized Ingress).`],
    );
  } else {
    rows.push([md`Gateway not \`PROGRAMMED\``, md`\`kubectl logs -n ${e.ingress.controllerNamespace} deploy/alb-controller\`; check the identity's roles and federation in \`${e.stacks.azure}\`.`]);
    if (e.waf?.on === "agc") {
      rows.push([
        md`A \`WebApplicationFirewallPolicy\` with \`DEPLOYMENT=False\``,
        md`\`kubectl describe webapplicationfirewallpolicies -A\`: the policy must exist (output \`agc_waf_policy_ids\` of \`${e.stacks.azure}\`, equal to the IDs in the YAML) and the ALB identity needs its Network Contributor role on it.`,
      ]);
    }
  }
  return rows;
}

/** Key Vault: the CSI driver's CRD, the TLS certificate and the exporter credentials. */
function keyVaultRows(c: RunbookContext): Row[] {
  const e = c.plan;
  const vault = e.keyVault;
  // Without a vault nothing reads one (AR043 and AR044 require it for the certificate and the credentials).
  if (!vault) return [];
  // kubernetes_manifest reads the CRD at plan time; on a new cluster the add-on installs it.
  const rows: Row[] = [
    [
      md`The \`${e.stacks.cluster}\` plan fails with \`no matches for kind "SecretProviderClass"\` (or the API could not find the CRD)`,
      md`The Key Vault secrets provider add-on has not installed its CRD yet (a cluster created minutes ago), or it is off on a reused cluster: wait for \`kubectl wait --for condition=established crd/secretproviderclasses.secrets-store.csi.x-k8s.io --timeout=300s\`, then re-run the apply of \`${e.stacks.cluster}\`.`,
    ],
  ];
  if (e.tls.mode === "key-vault") {
    const pod = md`\`kubectl describe pod -n ${NS_DATAPLANE} -l app=${KEY_VAULT_NAMES.tlsServiceAccount}\``;
    rows.push(
      [
        md`Sync pod stuck in \`ContainerCreating\`, ${pod} shows \`403\` / \`Forbidden\` from the vault`,
        md`Identity \`${readerOf(vault, KEY_VAULT_NAMES.tlsServiceAccount).identityName}\` lacks Key Vault Secrets User on secret \`${e.tls.keyVault.certificateName}\` of \`${vault.name}\` (the certificate's secret; a new assignment can take a few minutes), or the vault's firewall does not admit the cluster's egress: \`az keyvault show --name ${vault.name} --query properties.networkAcls\`.`,
      ],
      [
        md`${pod} shows \`AADSTS700211\` or \`AADSTS70021\` (no matching federated identity record)`,
        md`The federated credential does not match the pod's ServiceAccount (\`${NS_DATAPLANE}/${KEY_VAULT_NAMES.tlsServiceAccount}\`) or the cluster's OIDC issuer: re-apply \`${e.stacks.azure}\`.`,
      ],
      [
        md`Secret \`${e.tls.secretName}\` missing while the pod runs, or the certificate's secret not found`,
        md`\`kubectl get secretproviderclasspodstatuses -n ${NS_DATAPLANE} -o yaml\`; check the certificate's name in the vault: \`az keyvault certificate show --vault-name ${vault.name} --name ${e.tls.keyVault.certificateName} --query id\`.`,
      ],
    );
  }
  if (vault.collectorReads) {
    const pod = md`\`kubectl describe pod -n ${NS_DATAPLANE} -l app=${GUIDE_NAMES.collector}\``;
    rows.push(
      [
        md`Collector stuck in \`ContainerCreating\`, ${pod} shows \`FailedMount\` with \`403\`, \`AADSTS70021\` or \`SecretNotFound\``,
        md`403: identity \`${readerOf(vault, GUIDE_NAMES.collector).identityName}\` lacks Key Vault Secrets User on the exporter credential's secret in \`${vault.name}\` (one assignment per secret; a new one can take a few minutes; a secret added to \`keyVaultSecrets\` needs a re-apply of \`${e.stacks.azure}\`). AADSTS70021: the federation with \`${NS_DATAPLANE}/${GUIDE_NAMES.collector}\` is missing: re-apply \`${e.stacks.azure}\`. SecretNotFound: set the exporter credential in the vault (Steps 3-5.3).`,
      ],
      [
        md`Collector in \`CreateContainerConfigError\` for more than a minute`,
        md`The CSI driver has not synced the exporter Secret: \`kubectl get secretproviderclasspodstatuses -n ${NS_DATAPLANE} -o yaml\`, and the driver's events in ${pod}.`,
      ],
    );
  }
  return rows;
}

/** cert-manager's challenges, then what every environment can meet (routes, keys, the URL, cleanup). */
function certificateAndRouteRows(c: RunbookContext): Row[] {
  const e = c.plan;
  const rows: Row[] = [];
  if (e.tls.mode === "cert-manager") {
    rows.push(
      [md`Challenge: \`Self-check failed: ... (404)\``, md`The gateway has not programmed the solver path yet: wait ~30 seconds.`],
      [md`Challenge: \`dns: NXDOMAIN\``, md`The DNS record has not propagated: \`dig +short ${e.endpoint.host}\`.`],
      [md`\`urn:ietf:params:acme:error:rateLimited\``, md`Switch to \`tls.certManager.issuer: letsencrypt-staging\`, synth, apply, retry.`],
    );
  }
  rows.push(
    [md`HTTP 404 \`No matching route found\``, md`The model is not configured: \`kubectl get aigatewayroutes -A\` must show Accepted rows.`],
    [md`HTTP 404 with an empty body`, md`No AIGatewayRoute exists: \`kubectl logs -n ${NS_SYSTEM} deployment/controller-worker --tail=50\` (\`No secret found for provider\`: contact onboarding).`],
    [md`HTTP 401 with a valid bearer`, md`The key belongs to another tenant: create one in this tenant's router app.`],
    [md`HTTP 502 from the dashboard playground only`, md`The registered URL must be \`${e.endpoint.shownUrl}\` (scheme included).`],
    [md`\`helm uninstall tars\` hangs on finalizers (\`GatewayClass//tars-egress still exists\`)`, md`\`./${c.distDir}/cleanup.sh --force-finalizers\` (the guide's two-pass procedure).`],
  );
  return rows;
}
