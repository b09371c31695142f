// The `azure` block: subscription, region, resource group and tags.
import { z } from "zod";
import { ADDED_TAGS, MAX_TAGS, resourceGroupName, tagName, text, userKeys, uuid } from "./fields";

export const Azure = z
  .strictObject({
    subscriptionId: uuid
      .optional()
      .describe(
        "Subscription to deploy into. Optional: without it the azurerm provider uses ARM_SUBSCRIPTION_ID or the az CLI's default. Required by `ingress.mode: agc`, which writes the AGC subnet's resource ID into the YAML.",
      ),
    location: text()
      .regex(/^[a-z0-9]+$/, "must be an Azure region name such as westeurope or eastus2 (lowercase, no spaces)")
      .describe("Azure region of every resource (Step 3.1 LOCATION)."),
    resourceGroup: resourceGroupName.describe("Resource group the project creates (Step 3.3 RESOURCE_GROUP)."),
    tags: userKeys(
      z.record(tagName, text().max(256)).refine((t) => new Set([...ADDED_TAGS, ...Object.keys(t)]).size <= MAX_TAGS, {
        message: `must hold at most ${MAX_TAGS} tags with environment and managed-by (Azure's limit per resource)`,
      }),
    )
      .default({})
      .describe(
        "Tags for the resource group and every taggable resource (Step 3.1 TAGS). `environment` and `managed-by` are added unless given.",
      ),
  })
  .describe("Where the Azure resources go (guide Steps 3.1-3.3).");
