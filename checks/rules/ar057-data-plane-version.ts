import type { Rule } from "../rule";
import { finding } from "../rule";

/**
 * The data plane's version is the chart and images embedded in the `tare` binary that installed
 * it (`tare upgrade` moves a release "to the version embedded in the current tare binary"). The
 * guide's installer installs whatever its stable channel ships that day, so without
 * `dataPlane.version` a re-run of Step 2 and Step 6 (which the guide's own upgrade path is)
 * can change the production data plane unannounced, and nobody can name the version to roll
 * back to. An error, not waivable: pinning costs one line, and there is no risk worth accepting
 * in exchange. docs/data-plane.md.
 */
export const dataPlaneVersion: Rule = {
  id: "AR057",
  severity: "error",
  title: "Production data plane version not pinned",
  guide: "Step 2 (install the tare CLI) and Upgrading",
  waivable: false,
  check(env) {
    if (!env.production || env.dataPlane.version) return [];
    return [
      finding(
        "dataPlane.version",
        "is not set in a production environment: Step 2 would install whatever tare the vendor's installer ships that day, and with it whatever data plane that tare embeds",
        "set dataPlane.version to the tare version this environment runs (exact semver without the leading v, e.g. 0.1.0-beta.4; `tare --version` on the workstation that installed it prints it), and record dataPlane.sha256 for your platforms (RUNBOOK.md, Step 2)",
      ),
    ];
  },
};
