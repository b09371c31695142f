// What the preflight checks guarantee, made visible to the types: resolve() runs only after
// every non-waivable error has been refused, so a value a check requires is never missing here.

/** A value a check should have required was missing: a bug in the checks, not in the file. */
export class PlanError extends Error {}

/** `value`, which the rule `rule` requires for this environment to pass the checks. */
export function required<T>(value: T | undefined, field: string, rule: string): T {
  if (value === undefined) throw new PlanError(`${field} is unset after the checks passed (${rule} should have refused the file)`);
  return value;
}
