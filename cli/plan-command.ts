// `plan`: each environment that passed the checks, resolved (plan/), as JSON on stdout. What a
// reviewer or a test reads to see the model every output is built from, without synthesizing.
import type { LoadedEnvironment } from "../config/loader";
import { hasErrors, type Problem } from "../config/problems";
import { planOf, type Plan } from "../plan";
import { jsonForTerminal } from "./terminal";

/** The plans keyed by environment name, or undefined when any environment has errors. */
export function plansOf(environments: readonly LoadedEnvironment[], problems: readonly Problem[]): Record<string, Plan> | undefined {
  if (hasErrors(problems)) return undefined;
  return Object.fromEntries(environments.map((l) => [l.env.name, planOf(l.env)]));
}

/** The plans as printed: JSON, every string whole, terminal control characters escaped. */
export function planText(plans: Record<string, Plan>): string {
  return jsonForTerminal(plans, { cap: false });
}
