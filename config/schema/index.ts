// The environment file's schema: the single source of truth for every field and every
// default. Environment files hold values only; constructs never invent defaults.
// Cross-field rules (overlapping subnets, production policy, ...) live in checks/.
import "./jitless";
import { z } from "zod";
import { Azure } from "./azure";
import { Cluster } from "./cluster";
import { DataPlane } from "./data-plane";
import { Dns } from "./dns";
import { text, waiverReason } from "./fields";
import { Gitops } from "./gitops";
import { Ingress } from "./ingress";
import { KeyVault } from "./key-vault";
import { Network } from "./network";
import { Observability } from "./observability";
import { Registry } from "./registry";
import { State } from "./state";
import { Tls } from "./tls";

export {
  codePoint,
  INVISIBLE,
  keyVaultObjectName,
  MAX_NODE_COUNT,
  MAX_RATE_LIMIT_THRESHOLD,
  MAX_TAGS,
  RESOURCE_GROUP_RE,
  urlProblem,
  UUID_RE,
} from "./fields";
export { PRODUCTION_MAINTENANCE } from "./maintenance";
export type { MaintenanceWindowConfig } from "./maintenance";
export { TARE_PLATFORMS } from "./data-plane";

export const EnvironmentSchema = z
  .strictObject({
    $schema: text().optional().describe("Editor hint; ignored."),
    name: text()
      .regex(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/, "must be 2-20 lowercase letters, digits or '-', starting with a letter")
      .describe("Environment name; prefixes the stacks (`<name>-azure`, `<name>-cluster`) and names dist/<name>/."),
    production: z
      .boolean()
      .default(false)
      .describe("A production environment: TLS, a real hostname and no ACR admin user are enforced."),
    waivers: z
      .record(text().regex(/^AR\d{3}$/, "must be a rule id such as AR012"), waiverReason)
      .default({})
      .describe("Rule ids to waive, each with the reason the team accepts the risk. Only waivable rules can be waived."),
    acknowledgeReplacements: z
      .array(
        z.strictObject({
          address: text()
            .regex(/^[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+$/, "must be a Terraform resource address as the replacement error names it, such as azurerm_kubernetes_cluster.Cluster_EB0386A7")
            .describe("Terraform address of the resource, as the AR055 error names it."),
          reason: waiverReason.describe("Why the team accepts losing the resource (at least 10 characters)."),
        }),
      )
      .default([])
      .describe(
        "Replacements and destroys the team accepts: check and synth compare the stacks with dist/<name>/force-new.json (the last synth's output) and refuse, with AR055, a change that makes Terraform replace or destroy a resource (a renamed cluster, a new location) until it is listed here. Remove an entry once the change is applied.",
      ),
    azure: Azure,
    cluster: Cluster,
    network: Network.prefault({}),
    registry: Registry.prefault({}),
    ingress: Ingress.prefault({}),
    tls: Tls.prefault({}),
    dns: Dns.prefault({}),
    observability: Observability.prefault({}),
    gitops: Gitops.prefault({}),
    state: State.prefault({}),
    keyVault: KeyVault.optional(),
    dataPlane: DataPlane.prefault({}),
  })
  .describe("One Agent Router data-plane environment on Azure.");

/** A parsed environment file, every default applied. */
export type EnvironmentConfig = z.output<typeof EnvironmentSchema>;
