// The `dns` block: the hostname, its record and the registered Proxy URL.
import { z } from "zod";
import { hostname, resourceGroupName, safeUrl } from "./fields";

const AzureDns = z
  .strictObject({
    zoneName: hostname.describe("An existing Azure DNS zone that contains the hostname."),
    resourceGroup: resourceGroupName.describe("Resource group of the zone."),
    ttl: z.number().int().min(30).max(86400).default(300).describe("Record TTL in seconds."),
  })
  .describe("The Azure DNS zone the project writes the record into (Step 8.1).");

export const Dns = z
  .strictObject({
    mode: z
      .enum(["azure-dns", "external", "nip-io"])
      .default("external")
      .describe(
        "`azure-dns`: the project writes an A record (alias to the gateway's public IP). `external`: you create the record; the runbook says which. `nip-io`: `<ip>.nip.io`, demo only (Step 8.2).",
      ),
    hostname: hostname.optional().describe("The data-plane hostname (Step 8). Required unless `mode: nip-io`."),
    azureDns: AzureDns.optional(),
    registeredUrl: safeUrl(["https", "http"], "https://proxy.example.com")
      .optional()
      .describe(
        "The Proxy URL already registered on the management plane, if any. Checked against what this environment serves (the Testing row \"HTTP 502 from the dashboard playground\").",
      ),
  })
  .describe("DNS and the URL registered on the management plane (Step 8).");
