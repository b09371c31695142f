// Runbook sections kept as modules, in the order they follow the install's sections.
import { kubernetesUpgrade } from "./kubernetes-upgrade";
import type { RunbookSection } from "./section";

export type { RunbookSection } from "./section";

/** After "Upgrading" (the data plane), before "Cleanup". */
export const DAY_TWO_SECTIONS: readonly RunbookSection[] = [kubernetesUpgrade];
