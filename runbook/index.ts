// Operator files per environment: RUNBOOK.md, verify.sh, cleanup.sh.
import type { ManifestFile } from "../charts/synth";
import type { Environment } from "../config/loader";

export function renderOperatorFiles(env: Environment): ManifestFile[] {
  void env;
  return [];
}
