// The `keyVault` block: an existing Key Vault for the TLS certificate and exporter credentials.
import { z } from "zod";
import { text } from "./fields";

export const KeyVault = z
  .strictObject({
    vaultId: text().describe(
      "Resource ID of an existing Azure Key Vault (RBAC authorization), such as /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>. The cluster reads it through the Secrets Store CSI driver's Azure provider with workload identity; the `-azure` stack gives each reader (the TLS sync pod, the collector) its own identity with Key Vault Secrets User on the secrets it reads only, never the whole vault.",
    ),
    rotationInterval: text()
      .regex(/^[1-9][0-9]{0,3}(s|m|h)$/, "must be a duration such as 2m, 30s or 1h")
      .default("2m")
      .describe(
        "How often the Secrets Store CSI driver polls the vault and updates the synced Secrets (the AKS add-on's `--rotation-poll-interval`; AKS's default is 2m). Applied to a cluster the project creates; a reused cluster keeps its own.",
      ),
  })
  .describe("An existing Key Vault that holds the TLS certificate (`tls.mode: key-vault`) or exporter credentials, so they never enter Terraform state (Appendix B).");
