// The `state` block: the Terraform state backend.
import { z } from "zod";
import { blobContainerName, hostname, relativePath, resourceGroupName, text, uuid } from "./fields";

export const State = z
  .strictObject({
    backend: z.enum(["local", "azurerm", "cloud"]).default("local").describe("Terraform state backend of both stacks."),
    azurerm: z
      .strictObject({
        resourceGroupName: resourceGroupName.describe("Resource group of the storage account."),
        storageAccountName: text()
          .regex(/^[a-z0-9]{3,24}$/, "must be 3-24 lowercase letters or digits")
          .describe("Storage account holding the state (Entra ID auth: grant Storage Blob Data Contributor)."),
        containerName: blobContainerName.default("tfstate").describe("Blob container."),
        keyPrefix: relativePath.optional().describe("State blob prefix. Default: the environment name."),
        subscriptionId: uuid
          .optional()
          .describe(
            "Subscription of the storage account, when it is not the one the stacks deploy into (the backend's subscription_id). Default: the subscription Terraform authenticates to (ARM_SUBSCRIPTION_ID or the az CLI's).",
          ),
      })
      .optional()
      .describe("Azure Storage backend (Entra ID auth, blob-lease locking)."),
    cloud: z
      .strictObject({
        organization: text()
          .regex(/^[A-Za-z0-9_-]{1,255}$/, "must be a Terraform Cloud organization name: letters, digits, '_' or '-'")
          .describe("Terraform Cloud organization."),
        hostname: hostname.default("app.terraform.io").describe("Terraform Cloud or Enterprise host."),
        workspacePrefix: text()
          .regex(/^[A-Za-z0-9_-]{1,60}$/, "must be letters, digits, '_' or '-' (Terraform Cloud workspace names), at most 60")
          .optional().describe("Workspace name prefix. Default: agent-router-."),
      })
      .optional()
      .describe("Terraform Cloud / HCP Terraform: one workspace per stack."),
  })
  .describe("Where Terraform keeps state.");
