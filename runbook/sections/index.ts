// Runbook sections kept as modules, in the order they follow the install's sections.
import { dataPlaneUpgrade } from "./data-plane-upgrade";
import { kubernetesUpgrade } from "./kubernetes-upgrade";
import type { RunbookSection } from "./section";

export type { RunbookSection } from "./section";

/** After the install and Appendix C, before "Cleanup": the data plane first, then Kubernetes. */
export const DAY_TWO_SECTIONS: readonly RunbookSection[] = [dataPlaneUpgrade, kubernetesUpgrade];
