// Upgrading the data plane: a new `tare` (dataPlane.version), its images in the registry first,
// the HA preflight `tare upgrade` runs, `tare upgrade`, checks, and what a rollback can and cannot
// undo. Sources: the guide's "Upgrading", the vendor's `tare upgrade` reference, Helm's rollback
// (docs/data-plane.md, docs/azure-behaviours.md "The data plane release").
import { GUIDE_NAMES, NS_DATAPLANE, NS_SYSTEM } from "../../plan/names";
import { md, sh } from "../../config/encode";
import type { RunbookContext } from "../context";
import { code } from "./blocks";
import type { RunbookSection } from "./section";
import { installTare } from "./tare-cli";

const CREDENTIAL = sh`"\${DP_CREDENTIAL:?export DP_CREDENTIAL first, Step 1}"`;
const RELEASE = GUIDE_NAMES.helmRelease;

export const dataPlaneUpgrade: RunbookSection = {
  id: "data-plane-upgrade",
  guide: "Upgrading (re-run Step 2, Step 5.2 and Step 6), with the vendor's `tare upgrade`",
  title: "Upgrading the data plane",
  applies: () => true,
  render(c) {
    const e = c.plan;
    const version = e.dataPlane.version;
    const file = `environments/${e.name}.yaml`;
    return [
      "## Upgrading the data plane",
      "",
      version
        ? md`The data plane runs the chart and images embedded in the \`tare\` binary that installed or last upgraded it: here \`tare\` v${version} (\`dataPlane.version\` in ${file}). Cluster state (namespaces, ingress, DNS, the dashboard configuration) persists across upgrades. An upgrade, in this order:`
        : md`The data plane runs the chart and images embedded in the \`tare\` binary that installed or last upgraded it. \`dataPlane.version\` is not set in ${file}, so nobody can name the version running or the one to roll back to: set it to what \`tare --version\` printed at the install before upgrading. Cluster state (namespaces, ingress, DNS, the dashboard configuration) persists across upgrades. An upgrade, in this order:`,
      "",
      md`1. **Pin the new version.** Set \`dataPlane.version\` in ${file} to the new release (exact version, no leading \`v\`), record its \`dataPlane.sha256\` once vetted, \`npm run synth\`, review and commit: this runbook then shows the new version everywhere. Keep the old version's number: it is the rollback target.`,
      "",
      version
        ? md`2. **Install that \`tare\`** (Step 2 of the regenerated runbook). As generated now, the block below installs v${version}, the version pinned today: after step 1 it shows the new one, and this one is what a rollback reinstalls.`
        : "2. **Install that `tare`** (Step 2 of the regenerated runbook).",
      "",
      ...(version ? installTare(c, version) : ["   Step 2, with the new version pinned."]),
      "",
      ...syncImages(c),
      "",
      md`4. **Preflight: what \`tare upgrade\` checks, before it runs.** It refuses when no release exists (that is \`tare install\`, Step 6), and when the EnvoyProxy's \`envoyHpa.minReplicas\` is below 2 (one egress replica means downtime while it is replaced) unless given \`--allow-downtime\`; it warns when metrics-server is absent. See them yourself first, and note the deployed revision (the rollback target):`,
      "",
      code(
        sh`helm history ${RELEASE} -n ${NS_SYSTEM} --max 5`,
        sh`kubectl get envoyproxy ${GUIDE_NAMES.envoyProxy} -n ${NS_SYSTEM} -o jsonpath='{.spec.provider.kubernetes.envoyHpa.minReplicas}{"\\n"}'`,
        sh`kubectl get apiservice v1beta1.metrics.k8s.io`,
        sh`kubectl get pods -n ${NS_SYSTEM}`,
        sh`kubectl get pods -n ${NS_DATAPLANE}`,
      ),
      "",
      md`   Go on when the last history line is \`deployed\`, \`minReplicas\` prints 2 or more, the APIService is \`Available\`, and every pod is \`Running\`. Below 2 replicas, do not reach for \`--allow-downtime\` outside a maintenance window: the HA default of \`tare install\` (\`--ha=true\`: HPA \`minReplicas: 2\`, PDB \`minAvailable: 1\`) is what makes the upgrade zero-downtime.`,
      "",
      "5. **Upgrade.** `tare upgrade` reads the live release's values (`helm get values`) and carries forward the registry, image-pull secret name, serve URL and OTel collector settings, applies the new CRDs itself (Helm's `crds/` directory is install-only), then runs `helm upgrade --install --atomic --wait` with its embedded chart: a failed upgrade rolls the release back to the previous revision by itself.",
      "",
      code(sh`tare upgrade ${CREDENTIAL}`),
      "",
      "6. **Verify.**",
      "",
      code(
        sh`helm history ${RELEASE} -n ${NS_SYSTEM} --max 3`,
        sh`kubectl get pods -n ${NS_SYSTEM}`,
        sh`kubectl get pods -n ${NS_DATAPLANE}`,
        sh`tare doctor ${CREDENTIAL} --verbose`,
      ),
      "",
      md`   Worked when the newest revision is \`deployed\` with the new chart, every pod is \`Running\`, and \`tare doctor\` reports no \`Broken\` status. Then run Step 11's \`${c.distDir}/verify.sh\` again.${
        e.observability.collector.enabled
          ? md` Re-apply the telemetry patches and restart egress as in Appendix C: the chart's EnvoyProxy comes back without them after \`tare install\`, and nothing documents that \`tare upgrade\` keeps them (a GitOps controller re-applies them within its interval).`
          : ""
      }`,
      "",
      "**Rolling back.** What can be undone, and what cannot:",
      "",
      "- A failed `tare upgrade`: nothing to do for the release; `--atomic` has restored the previous revision (workloads and values). The CRDs it applied in its CRD phase stay at the new version: Helm does not manage them, so nothing rolls them back.",
      md`- A successful upgrade that misbehaves: \`helm rollback\` restores the previous chart and values from the release history (without a revision Helm rolls back to the previous one: right after the upgrade, the revision noted in step 4; name it explicitly if anything ran since). The vendor documents no rollback, so this is Helm's mechanism, not a supported \`tare\` path; the CRDs stay at the new version, which the old controllers must tolerate (check the release notes before relying on it).`,
      "",
      code(sh`helm rollback ${RELEASE} -n ${NS_SYSTEM} --wait`, sh`helm history ${RELEASE} -n ${NS_SYSTEM} --max 3`),
      "",
      md`- Then put \`dataPlane.version\` back to the old version in ${file}, synth, and install that \`tare\` (Step 2): otherwise the next \`tare install\` or \`tare upgrade\` moves forward again. The old images are still in the registry (a sync adds, it does not delete). Re-apply the telemetry patches as above.`,
      "- Not possible: `tare upgrade` with an older binary as a downgrade (the reference documents moving a release to the version embedded in the current binary, and nothing about moving backwards); rolling back the CRDs with Helm; undoing the management plane's side (the registered URL and the credential are not part of the release).",
    ].join("\n");
  },
};

/** Step 3 of the upgrade: the new release's images in the registry before `tare upgrade`, which does not sync. */
function syncImages(c: RunbookContext): string[] {
  const r = c.plan.registry;
  const intro = "3. **Images first.** `tare upgrade` does not pull new images into the registry (\"Image sync is out of scope\"); sync them with the new `tare` before upgrading:";
  if (r.mode === "private") {
    if (r.mirrored) {
      return [
        String(md`3. **Images first.** \`tare upgrade\` does not pull new images into the registry. A platform team mirrors them into \`${r.repository}\`: wait until they confirm that the images of the new \`tare\` version are there before going on (the pods of the new release cannot start otherwise, and \`--atomic\` would roll it back).`),
      ];
    }
    return [
      intro,
      "",
      code(
        sh`printf '%s' "\${REGISTRY_PASSWORD}" | docker login ${r.host} --username "\${REGISTRY_USERNAME}" --password-stdin`,
        sh`tare install ${CREDENTIAL} --image-sync ${r.repository} --sync-only`,
      ),
    ];
  }
  return [
    intro,
    "",
    code(
      sh`az acr login --name ${r.acrName}`,
      sh`tare install ${CREDENTIAL} --image-sync ${r.imageRegistry} --sync-only`,
      sh`az acr repository list --name ${r.acrName} -o tsv`,
    ),
  ];
}
