// Operator files per environment, next to its YAML in dist/<env>/: RUNBOOK.md (the whole
// install in the guide's order), ARCHITECTURE.md (a diagram generated from the config),
// verify.sh (Steps 10-11) and cleanup.sh (Cleanup).
import type { Plan } from "../plan";
import { renderArchitecture } from "./architecture";
import { renderCleanupScript } from "./cleanup-script";
import { runbookContext } from "./context";
import { renderRunbook } from "./runbook";
import { renderVerifyScript } from "./verify-script";

export interface OperatorFile {
  /** Path relative to dist/<env>/. */
  readonly path: string;
  readonly content: string;
}

export function renderOperatorFiles(plan: Plan): OperatorFile[] {
  const context = runbookContext(plan);
  return [
    { path: "RUNBOOK.md", content: renderRunbook(context) },
    { path: "ARCHITECTURE.md", content: renderArchitecture(context) },
    { path: "verify.sh", content: renderVerifyScript(context) },
    { path: "cleanup.sh", content: renderCleanupScript(context) },
  ];
}
