// Appendix C: the collector, the EnvoyProxy patches and the exporter Secrets from Key Vault.
import { ACCESS_LOG_CRONJOB, GUIDE_NAMES, KEY_VAULT_NAMES, NS_DATAPLANE } from "../../plan/names";
import { COLLECTOR_PORTS } from "../../config/telemetry";
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { type Text, code } from "./blocks";
import type { RunbookSection } from "./section";

export const telemetrySection: RunbookSection = {
  id: "telemetry",
  guide: "Appendix C (telemetry)",
  title: "Appendix C: telemetry",
  applies: (p) => p.observability.collector.enabled,
  render: telemetry,
};

function telemetry(c: RunbookContext): string {
  const o = c.plan.observability;
  if (!o.collector.enabled) return "";
  const out = [
    "## Appendix C: telemetry",
    "",
    md`The collector runs as \`deployment/${GUIDE_NAMES.collector}\` in ${NS_DATAPLANE}; the EnvoyProxy patches are in \`${c.distDir}/telemetry-patches/\`. After traffic (Step 11):`,
    "",
    code(
      sh`kubectl run -n ${NS_DATAPLANE} curl --rm -i --restart=Never --image=curlimages/curl:8.11.1 -- \\`,
      sh`  curl -s http://${GUIDE_NAMES.collector}.${NS_DATAPLANE}.svc:${COLLECTOR_PORTS.prometheus}/metrics | grep '^router_' | head`,
    ),
    "",
    "Worked when `router_requests_total`, `router_model_requests_total` and friends appear with non-zero values. If they never do, ask the management-plane operator to check `PROXY_CONFIG`.",
    "",
    "**Every `tare install` re-run resets the EnvoyProxy patches.** A GitOps controller re-applies them; by hand:",
    "",
    code(sh`kubectl apply --server-side --force-conflicts -k ${c.distDir}/telemetry-patches`, sh`kubectl rollout restart -n ${NS_DATAPLANE} deployment/egress`, sh`kubectl rollout status -n ${NS_DATAPLANE} deployment/egress --timeout=120s`),
  ];
  if (o.accessLogs) {
    out.push(
      "",
      `Access logs are not in that server-side apply (their lists are atomic and would replace tare's defaults): CronJob \`${ACCESS_LOG_CRONJOB}\` in ${NS_DATAPLANE} appends the collector sink to the live EnvoyProxy when it is missing (the guide's Path A, or Path B when there is no accessLog block), every five minutes, and restarts egress when it changed something. To run it now:`,
      "",
      code(
        sh`kubectl delete job -n ${NS_DATAPLANE} ${ACCESS_LOG_CRONJOB}-now --ignore-not-found`,
        sh`kubectl create job -n ${NS_DATAPLANE} --from=cronjob/${ACCESS_LOG_CRONJOB} ${ACCESS_LOG_CRONJOB}-now`,
      ),
    );
  }
  out.push(...keyVaultSync(c));
  if (o.exporters.azureMonitor) {
    out.push("", md`Azure Monitor: Application Insights \`${o.exporters.azureMonitor.applicationInsightsName}\` → Workbooks → "Agent Router data plane" (the default panes stay empty for envoy data).`);
  }
  return out.join("\n");
}

/** How to see that the driver synced the collector's Secrets from Key Vault, and how to rotate them. */
function keyVaultSync(c: RunbookContext): Text[] {
  const kv = c.plan.observability.collectorKeyVault;
  if (!kv.objects.length) return [];
  const names = kv.secrets.map((s) => s.secretName);
  return [
    "",
    md`Exporter credentials from Key Vault: the Secrets Store CSI driver creates ${md.join(names.map((n) => md`\`${n}\``), ", ")} when the collector mounts SecretProviderClass \`${KEY_VAULT_NAMES.collectorProviderClass}\`, and deletes them with the last collector pod. Check the sync:`,
    "",
    code(
      sh`kubectl get secretproviderclass ${KEY_VAULT_NAMES.collectorProviderClass} -n ${NS_DATAPLANE}`,
      sh`kubectl get secretproviderclasspodstatus -n ${NS_DATAPLANE}`,
      ...names.map((n) => sh`kubectl describe secret ${n} -n ${NS_DATAPLANE}`),
      sh`kubectl rollout status -n ${NS_DATAPLANE} deployment/${GUIDE_NAMES.collector} --timeout=120s`,
    ),
    "",
    md`Worked when each Secret exists with the label \`secrets-store.csi.k8s.io/managed=true\` and lists ${md.join(kv.objects.map((o) => md`\`${o.alias}\``), ", ")} with a non-zero size (\`describe\` shows sizes, never values), and the collector is \`Running\` (a moment of \`CreateContainerConfigError\` first is normal: the kubelet retries until the driver has created the Secret). Otherwise see Troubleshooting.`,
    "",
    md`To rotate a credential, set the new value in the vault as above, then make the collector read it: environment variables are read at container start (rotation, where it is on, updates the Secret but not the running collector), so delete the Secret and restart (the new pod's mount fetches the latest version and recreates it):`,
    "",
    code(
      ...names.map((n) => sh`kubectl delete secret ${n} -n ${NS_DATAPLANE}`),
      sh`kubectl rollout restart -n ${NS_DATAPLANE} deployment/${GUIDE_NAMES.collector}`,
      sh`kubectl rollout status -n ${NS_DATAPLANE} deployment/${GUIDE_NAMES.collector} --timeout=120s`,
    ),
  ];
}
