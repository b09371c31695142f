// A runbook section: one guide step or operation, rendered only for the environments it applies to.
import type { Plan } from "../../plan";
import type { RunbookContext } from "../context";

export interface RunbookSection {
  /** Stable id, also the section's file name. */
  readonly id: string;
  /** The guide step it implements or extends. */
  readonly guide: string;
  readonly title: string;
  /** Whether the section is part of this environment's runbook. */
  applies(plan: Plan): boolean;
  /** Markdown, starting with the section's heading (`##`; the title block's `#`). */
  render(c: RunbookContext): string;
}
