// `cluster.maintenance`: the planned maintenance windows of automatic upgrades.
import { z } from "zod";
import { text } from "./fields";

// Planned maintenance (AKS aksManagedAutoUpgradeSchedule / aksManagedNodeOSUpgradeSchedule), as
// azurerm's maintenance_window_auto_upgrade / maintenance_window_node_os blocks take it.
// Bounds: the provider's schema (duration IntBetween(4, 24)) and the ARM reference of
// managedClusters/maintenanceConfigurations (intervalDays 1-7, intervalWeeks 1-4, intervalMonths
// 1-6). docs/azure-behaviours.md, "Kubernetes versions and maintenance windows".
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MAX_INTERVAL = { Daily: 7, Weekly: 4, AbsoluteMonthly: 6, RelativeMonthly: 6 } as const;
/** The day fields each frequency's schedule has (azurerm's expandKubernetesClusterMaintenanceConfigurationForCreate). */
const FIELDS_OF: Readonly<Record<"Daily" | "Weekly" | "AbsoluteMonthly" | "RelativeMonthly", readonly ("dayOfWeek" | "dayOfMonth" | "weekIndex")[]>> = {
  Daily: [],
  Weekly: ["dayOfWeek"],
  AbsoluteMonthly: ["dayOfMonth"],
  RelativeMonthly: ["dayOfWeek", "weekIndex"],
};

const MaintenanceWindow = z
  .strictObject({
    frequency: z.enum(["Daily", "Weekly", "AbsoluteMonthly", "RelativeMonthly"]).default("Weekly").describe("How often the window opens."),
    interval: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(1)
      .describe("Every how many days, weeks or months (by `frequency`): at most 7 days, 4 weeks or 6 months."),
    dayOfWeek: z.enum(WEEKDAYS).optional().describe("The day, for `Weekly` and `RelativeMonthly`."),
    dayOfMonth: z.number().int().min(1).max(31).optional().describe("The day of the month, for `AbsoluteMonthly`."),
    weekIndex: z.enum(["First", "Second", "Third", "Fourth", "Last"]).optional().describe("Which week of the month, for `RelativeMonthly`."),
    startTime: text()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day as HH:mm, such as 01:00")
      .default("00:00")
      .describe("When the window opens, in `utcOffset`'s time zone."),
    utcOffset: text()
      .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, "must be an offset from UTC as +HH:mm or -HH:mm, such as +01:00")
      .default("+00:00")
      .describe("The window's time zone, as an offset from UTC."),
    durationHours: z
      .number()
      .int("must be a whole number")
      .min(4, "must be at least 4 (AKS's minimum window)")
      .max(24, "must be at most 24")
      .default(4)
      .describe("How long the window stays open, in hours (4-24)."),
    notAllowed: z
      .array(
        z.strictObject({
          start: text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be an RFC 3339 time such as 2026-12-20T00:00:00Z"),
          end: text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be an RFC 3339 time such as 2027-01-04T00:00:00Z"),
        }),
      )
      .default([])
      .describe("Periods with no maintenance at all (a release freeze), as RFC 3339 start and end times."),
  })
  .superRefine((w, ctx) => {
    // A day field the frequency does not use never reaches AKS (azurerm builds the schedule from the
    // frequency's fields alone) and reads back empty: Terraform would plan to set it on every run.
    const uses = FIELDS_OF[w.frequency];
    for (const field of ["dayOfWeek", "dayOfMonth", "weekIndex"] as const) {
      if (uses.includes(field) && w[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `is required with frequency ${w.frequency}` });
      if (!uses.includes(field) && w[field] !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          input: w[field],
          message: `is not used with frequency ${w.frequency} (AKS ignores it, and Terraform would plan it again on every run)`,
          params: { fix: `remove ${field}, or set the frequency that uses it` },
        });
      }
    }
    if (w.interval > MAX_INTERVAL[w.frequency]) {
      ctx.addIssue({ code: "custom", path: ["interval"], message: `must be at most ${MAX_INTERVAL[w.frequency]} with frequency ${w.frequency} (AKS's bound)` });
    }
    for (const [i, span] of w.notAllowed.entries()) {
      if (Date.parse(span.end) <= Date.parse(span.start)) ctx.addIssue({ code: "custom", path: ["notAllowed", i, "end"], message: "must be after start" });
    }
  });
export type MaintenanceWindowConfig = z.infer<typeof MaintenanceWindow>;

/** The production defaults of `cluster.maintenance` (plan/cluster.ts maintenanceWindows applies them). */
export const PRODUCTION_MAINTENANCE: { readonly autoUpgrade: MaintenanceWindowConfig; readonly nodeOs: MaintenanceWindowConfig } = {
  autoUpgrade: { frequency: "Weekly", interval: 1, dayOfWeek: "Sunday", startTime: "00:00", utcOffset: "+00:00", durationHours: 4, notAllowed: [] },
  nodeOs: { frequency: "Weekly", interval: 1, dayOfWeek: "Saturday", startTime: "00:00", utcOffset: "+00:00", durationHours: 4, notAllowed: [] },
};

/** `anytime`: no window, AKS upgrades whenever its channel has something (AKS's own default). */
const WindowOrAnytime = z.union([z.literal("anytime"), MaintenanceWindow]);

export const Maintenance = z
  .strictObject({
    autoUpgrade: WindowOrAnytime.optional().describe(
      "When `automaticUpgradeChannel` may upgrade the cluster (aksManagedAutoUpgradeSchedule), or `anytime`. Default: in production Weekly on Sunday 00:00-04:00 UTC, otherwise `anytime`.",
    ),
    nodeOs: WindowOrAnytime.optional().describe(
      "When `nodeOsUpgradeChannel` may update the node images (aksManagedNodeOSUpgradeSchedule), or `anytime`. Default: in production Weekly on Saturday 00:00-04:00 UTC, otherwise `anytime`.",
    ),
  })
  .describe("Planned maintenance windows for automatic upgrades (best effort: AKS may still act outside them for urgent fixes).");
