// Step 7: the Kubernetes YAML, applied by hand or by the GitOps engine, and its checks.
import { AGC_NAMES, GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE } from "../../plan/names";
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { type Text, code } from "./blocks";
import type { RunbookSection } from "./section";

export const ingressSection: RunbookSection = {
  id: "ingress",
  guide: "Step 7 (the Kubernetes YAML), Appendix B.1 for the certificate",
  title: "Step 7: apply the Kubernetes YAML",
  applies: () => true,
  render: ingress,
};

function ingress(c: RunbookContext): string {
  const e = c.plan;
  const out: Text[] = ["## Step 7: apply the Kubernetes YAML", ""];
  if (e.tls.mode === "byo") {
    out.push(
      "Appendix B.1: deliver the certificate first (or have External Secrets / the Key Vault CSI driver create it; see docs/tls.md):",
      "",
      code(sh`kubectl create secret tls ${e.tls.secretName} \\`, sh`  --cert=path/to/fullchain.pem --key=path/to/privkey.pem \\`, sh`  -n ${NS_DATAPLANE}`),
      "",
    );
  }
  if (e.tls.mode === "key-vault") {
    out.push(
      md`The certificate comes from Key Vault: \`platform/\` holds the \`${KEY_VAULT_NAMES.tlsServiceAccount}\` Deployment, whose pod mounts the SecretProviderClass \`${KEY_VAULT_NAMES.tlsProviderClass}\`; while it runs, the Secrets Store CSI driver creates and updates the Secret \`${e.tls.secretName}\` (it syncs a Secret only while a pod mounts the class: keep that Deployment).`,
      "",
    );
  }
  const { argocd, flux } = e.gitops;
  if ((argocd.enabled && !argocd.install) || (flux.enabled && !flux.install)) {
    // The cluster runs its own engine (gitops.<engine>.install: false): point it at the folder once.
    out.push(
      md`Commit \`${c.distDir}/\` to \`${e.gitops.repoUrl}\` (path \`${e.gitops.path}\`, branch \`${e.gitops.revision}\`) and apply the GitOps objects once:`,
      "",
      code(sh`kubectl apply -k ${c.distDir}/gitops`),
      "",
      "The controller applies `platform/` first, then `telemetry-patches/` (they need the data plane from Step 6).",
    );
  } else if (argocd.install || flux.install) {
    // The stacks installed the engine and pointed it at dist/<env>/gitops/ (docs/delivery.md).
    const engine = flux.install ? md`Flux (the AKS extension, Flux configuration \`${e.gitops.bootstrapName}\` in \`${e.stacks.azure}\`)` : md`Argo CD (Application \`${e.gitops.bootstrapName}\` in namespace \`${e.gitops.argocd.namespace}\`, from \`${e.stacks.cluster}\`)`;
    out.push(
      md`Commit \`${c.distDir}/\` to \`${e.gitops.repoUrl}\` (path \`${e.gitops.path}\`, branch \`${e.gitops.revision}\`) and push. Nothing to apply by hand:`,
      "",
      md`${engine} applies \`gitops/\`, which applies \`platform/\` first, then \`telemetry-patches/\` (they need the data plane from Step 6). Until the push, it reports the path missing and retries.`,
    );
  } else {
    out.push(
      "`platform/` needs only what the stacks installed; `telemetry-patches/` needs the data plane (Step 6). Server-side apply, because the EnvoyProxy patch merges into an object `tare install` owns:",
      "",
      code(sh`kubectl apply --server-side --force-conflicts -k ${c.distDir}`),
    );
  }
  out.push("", "Worked when:", "");
  if (e.ingress.mode === "agic") {
    out.push(md`- \`kubectl get ingress ${GUIDE_NAMES.ingress} -n ${NS_DATAPLANE}\` shows an ADDRESS within five minutes (Step 7.3).`);
  } else {
    out.push(
      md`- \`kubectl get gateway ${AGC_NAMES.gateway} -n ${e.ingress.namespace}\` shows \`PROGRAMMED=True\` and an address (an FQDN under \`*.alb.azure.com\`);`,
      md`- \`kubectl get httproute ${AGC_NAMES.route} -n ${NS_DATAPLANE} -o jsonpath='{.status.parents[0].conditions}'\` shows \`Accepted\`.`,
    );
    // The controller links the WAF policies the -azure stack created.
    if (e.waf?.on === "agc") out.push(md`- \`kubectl get webapplicationfirewallpolicies -A\` shows both policies with \`DEPLOYMENT=True\` (docs/ingress.md, "The WAF on AGC").`);
  }
  if (e.tls.mode === "key-vault") {
    out.push(
      md`- \`kubectl get pods -n ${NS_DATAPLANE} -l app=${KEY_VAULT_NAMES.tlsServiceAccount}\` shows one pod \`Running\` (stuck in \`ContainerCreating\`: \`kubectl describe pod -n ${NS_DATAPLANE} -l app=${KEY_VAULT_NAMES.tlsServiceAccount}\` names the mount error, below);`,
      md`- \`kubectl get secretproviderclasspodstatuses -n ${NS_DATAPLANE}\` lists that pod's status for class \`${KEY_VAULT_NAMES.tlsProviderClass}\` (\`-o yaml\`: \`mounted: true\` and the object's version);`,
      md`- \`kubectl get secret ${e.tls.secretName} -n ${NS_DATAPLANE}\` shows TYPE \`kubernetes.io/tls\` with 2 data keys.`,
      "",
      md`Rotation: the add-on polls the vault every ${e.keyVault && e.cluster.owned ? md`\`${e.keyVault.rotationInterval}\` (\`keyVault.rotationInterval\`)` : "rotation interval of the cluster's add-on (2 minutes unless changed)"} and updates the mount and the Secret when a new version of the certificate is imported; ${e.ingress.mode === "agic" ? "AGIC watches the Secret and uploads the new certificate to the App Gateway" : "the ALB controller watches the Secret and programs the new certificate"} without a command. To see which certificate the Secret holds:`,
      "",
      code(sh`kubectl get secret ${e.tls.secretName} -n ${NS_DATAPLANE} -o jsonpath='{.data.tls\\.crt}' | base64 -d | openssl x509 -noout -subject -enddate`),
    );
  }
  if (e.tls.mode === "cert-manager") {
    const ns = e.ingress.mode === "agc" ? e.ingress.namespace : NS_DATAPLANE;
    out.push(
      md`- \`kubectl get clusterissuer ${e.tls.certManager.issuer}\` is \`READY=True\` (Step b.2.2);`,
      md`- \`kubectl get certificate -n ${ns} -w\` turns \`READY=True\` within a few minutes once DNS is live (Step b.2.4). If not: \`kubectl describe certificate ${e.tls.secretName} -n ${ns}\`, \`kubectl get challenge -n ${ns}\`.`,
    );
  }
  return out.join("\n");
}
