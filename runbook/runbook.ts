// RUNBOOK.md: the whole install in the guide's order, for one environment, every value filled
// in and every secret left as an environment variable. Each section (runbook/sections/, one
// module per guide step) names its guide step.
import type { RunbookContext } from "./context";
import { RUNBOOK_SECTIONS } from "./sections";

export function renderRunbook(c: RunbookContext): string {
  return RUNBOOK_SECTIONS.filter((section) => section.applies(c.plan))
    .map((section) => section.render(c))
    .filter(Boolean)
    .join("\n\n")
    .concat("\n");
}
