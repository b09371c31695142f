// What every runbook section and script reads: the environment's Plan, and where its files are.
import type { Plan } from "../plan";

export interface RunbookContext {
  readonly plan: Plan;
  /** Directory of the stacks, relative to the project root. */
  readonly stackDir: (stack: string) => string;
  /** Directory of this environment's YAML, relative to the project root. */
  readonly distDir: string;
}

export function runbookContext(plan: Plan): RunbookContext {
  return {
    plan,
    stackDir: (stack) => `cdktf.out/stacks/${stack}`,
    distDir: `dist/${plan.name}`,
  };
}
