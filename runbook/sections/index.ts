// Runbook sections kept as modules, one per guide step or operation, in the guide's order.
import { cleanupSection } from "./cleanup";
import { credentialSection } from "./credential";
import { dataPlaneUpgrade } from "./data-plane-upgrade";
import { dnsSection } from "./dns";
import { headerSection } from "./header";
import { httpsSection } from "./https";
import { imagesSection } from "./images";
import { ingressSection } from "./ingress";
import { installSection } from "./install";
import { kubernetesUpgrade } from "./kubernetes-upgrade";
import { prerequisitesSection } from "./prerequisites";
import { routesSection } from "./routes";
import type { RunbookSection } from "./section";
import { stacksSection } from "./stacks";
import { tareSection } from "./tare";
import { telemetrySection } from "./telemetry";
import { troubleshootingSection } from "./troubleshooting";
import { verifySection } from "./verify";

export type { RunbookSection } from "./section";

/** After the install and Appendix C, before "Cleanup": the data plane first, then Kubernetes. */
export const DAY_TWO_SECTIONS: readonly RunbookSection[] = [dataPlaneUpgrade, kubernetesUpgrade];

/** Every section of RUNBOOK.md, in the guide's order. */
export const RUNBOOK_SECTIONS: readonly RunbookSection[] = [
  headerSection,
  prerequisitesSection,
  credentialSection,
  tareSection,
  stacksSection,
  imagesSection,
  installSection,
  ingressSection,
  dnsSection,
  httpsSection,
  routesSection,
  verifySection,
  telemetrySection,
  ...DAY_TWO_SECTIONS,
  cleanupSection,
  troubleshootingSection,
];
