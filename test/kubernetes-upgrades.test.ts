// Kubernetes versions after the first apply, and the maintenance windows of automatic upgrades.
import { planOf } from "../plan";
import { checkEnvironment } from "../checks";
import { maintenanceWindows } from "../plan/cluster";
import { renderOperatorFiles } from "../runbook";
import { loadEnv, loadProblems, makeEnv, resourcesOf, synthStacks } from "./helpers";

const PROD = { production: true, azure: { subscriptionId: "00000000-0000-4000-8000-000000000001" }, tls: { mode: "byo" }, cluster: { tier: "medium" } };
const aksOf = (patch: Record<string, unknown>) => {
  const { azureJson } = synthStacks(makeEnv(patch));
  return { json: azureJson, aks: resourcesOf(azureJson, "azurerm_kubernetes_cluster")[0] as Record<string, any> };
};
const rule = (patch: Record<string, unknown>, id: string) => checkEnvironment(loadEnv(patch)).filter((p) => p.rule === id);

describe("Kubernetes version", () => {
  test("unset: the region's default at the first apply, then left to the upgrade channel", () => {
    const { aks } = aksOf({});
    expect(aks.kubernetes_version).toMatch(/^\$\{data\.azurerm_kubernetes_service_versions\./);
    expect(aks.default_node_pool.orchestrator_version).toBeUndefined();
    expect(aks.lifecycle.ignore_changes).toEqual(["kubernetes_version", "default_node_pool[0].orchestrator_version"]);
  });

  test("a minor version under the patch channel upgrades the control plane and the node pool, keeping AKS's patch", () => {
    const { aks, json } = aksOf({ cluster: { kubernetesVersion: "1.35" } });
    expect(aks.lifecycle).toBeUndefined();
    expect(aks.kubernetes_version).toMatch(/^\$\{local\..*ControlPlaneVersion/);
    expect(aks.default_node_pool.orchestrator_version).toMatch(/^\$\{local\..*NodePoolVersion/);
    const locals = (json as any).locals as Record<string, string>;
    const controlPlane = Object.entries(locals).find(([k]) => k.includes("ControlPlaneVersion"))![1];
    expect(controlPlane).toContain('startswith(try(data.azurerm_kubernetes_cluster.');
    expect(controlPlane).toContain('"1.35.") ?');
    expect(controlPlane).toMatch(/: "1\.35"\}$/);
    const live = Object.values((json as any).data.azurerm_kubernetes_cluster)[0] as Record<string, unknown>;
    expect(live).toMatchObject({ name: "tars-test", resource_group_name: "rg-test" });
    expect(String(live.count)).toContain("lower(r.resource_group_name) == lower(\"rg-test\")");
    const exists = Object.values((json as any).data.azurerm_resources)[0] as Record<string, unknown>;
    expect(exists).toEqual({ name: "tars-test", type: "Microsoft.ContainerService/managedClusters" });
  });

  test("an exact version with no channel is Terraform's alone: both versions as written, nothing read", () => {
    const { aks, json } = aksOf({ cluster: { kubernetesVersion: "1.34.3", automaticUpgradeChannel: "none" } });
    expect(aks.kubernetes_version).toBe("1.34.3");
    expect(aks.default_node_pool.orchestrator_version).toBe("1.34.3");
    expect(aks.lifecycle).toBeUndefined();
    expect((json as any).data?.azurerm_kubernetes_cluster).toBeUndefined();
  });

  test("AR053 names the channel and the fix; a minor version under the patch channel passes", () => {
    expect(rule({ cluster: { kubernetesVersion: "1.34", automaticUpgradeChannel: "rapid" } }, "AR053")[0]).toMatchObject({
      path: "cluster.kubernetesVersion",
      message: expect.stringContaining("automaticUpgradeChannel is rapid"),
    });
    expect(rule({ cluster: { kubernetesVersion: "1.34.2" } }, "AR053")[0].fix).toContain('kubernetesVersion: "1.34"');
    expect(rule({ cluster: { kubernetesVersion: "1.34" } }, "AR053")).toEqual([]);
    expect(rule({ cluster: { kubernetesVersion: "1.34.2", automaticUpgradeChannel: "none" } }, "AR053")).toEqual([]);
  });
});

describe("maintenance windows", () => {
  test("production defaults: auto-upgrade Sunday and node OS Saturday, 00:00-04:00 UTC", () => {
    const { aks } = aksOf(PROD);
    expect(aks.maintenance_window_auto_upgrade).toEqual({ frequency: "Weekly", interval: 1, day_of_week: "Sunday", start_time: "00:00", utc_offset: "+00:00", duration: 4 });
    expect(aks.maintenance_window_node_os).toEqual({ frequency: "Weekly", interval: 1, day_of_week: "Saturday", start_time: "00:00", utc_offset: "+00:00", duration: 4 });
  });

  test("outside production no window (AKS's default), unless one is given", () => {
    expect(aksOf({}).aks.maintenance_window_auto_upgrade).toBeUndefined();
    const { aks } = aksOf({
      cluster: {
        maintenance: {
          nodeOs: { frequency: "RelativeMonthly", dayOfWeek: "Tuesday", weekIndex: "Second", startTime: "22:00", utcOffset: "+01:00", durationHours: 6, notAllowed: [{ start: "2026-12-20T00:00:00Z", end: "2027-01-04T00:00:00Z" }] },
        },
      },
    });
    expect(aks.maintenance_window_node_os).toEqual({
      frequency: "RelativeMonthly",
      interval: 1,
      day_of_week: "Tuesday",
      week_index: "Second",
      start_time: "22:00",
      utc_offset: "+01:00",
      duration: 6,
      not_allowed: [{ start: "2026-12-20T00:00:00Z", end: "2027-01-04T00:00:00Z" }],
    });
  });

  test("anytime turns a production default off, and AR054 warns about it", () => {
    const patch = { ...PROD, cluster: { tier: "medium", maintenance: { autoUpgrade: "anytime" } } };
    expect(maintenanceWindows(makeEnv(patch))).toEqual({ autoUpgrade: undefined, nodeOs: expect.objectContaining({ dayOfWeek: "Saturday" }) });
    expect(rule(patch, "AR054").map((p) => [p.path, p.severity])).toEqual([["cluster.maintenance.autoUpgrade", "warning"]]);
    expect(rule({ ...patch, cluster: { ...patch.cluster, automaticUpgradeChannel: "none" } }, "AR054")).toEqual([]);
  });

  test.each([
    ["a weekly window without its day", { frequency: "Weekly" }, "cluster.maintenance.autoUpgrade.dayOfWeek", "is required with frequency Weekly"],
    ["a monthly window without its day of the month", { frequency: "AbsoluteMonthly" }, "cluster.maintenance.autoUpgrade.dayOfMonth", "is required with frequency AbsoluteMonthly"],
    ["a relative monthly window without its week", { frequency: "RelativeMonthly", dayOfWeek: "Monday" }, "cluster.maintenance.autoUpgrade.weekIndex", "is required with frequency RelativeMonthly"],
    // azurerm sends only the frequency's own fields and reads the others back empty: a permanent plan diff.
    ["a daily window with a day of the week", { frequency: "Daily", dayOfWeek: "Monday" }, "cluster.maintenance.autoUpgrade.dayOfWeek", "is not used with frequency Daily"],
    ["a weekly window with a week index", { frequency: "Weekly", dayOfWeek: "Monday", weekIndex: "Second" }, "cluster.maintenance.autoUpgrade.weekIndex", "is not used with frequency Weekly"],
    ["a monthly window with a day of the week", { frequency: "AbsoluteMonthly", dayOfMonth: 4, dayOfWeek: "Monday" }, "cluster.maintenance.autoUpgrade.dayOfWeek", "is not used with frequency AbsoluteMonthly"],
    ["a window shorter than four hours", { dayOfWeek: "Sunday", durationHours: 2 }, "cluster.maintenance.autoUpgrade.durationHours", "must be at least 4"],
    ["every five weeks", { dayOfWeek: "Sunday", interval: 5 }, "cluster.maintenance.autoUpgrade.interval", "must be at most 4 with frequency Weekly"],
    ["a time without its offset sign", { dayOfWeek: "Sunday", utcOffset: "01:00" }, "cluster.maintenance.autoUpgrade.utcOffset", "must be an offset from UTC"],
    ["a start time past midnight", { dayOfWeek: "Sunday", startTime: "24:00" }, "cluster.maintenance.autoUpgrade.startTime", "must be a time of day as HH:mm"],
    ["a freeze that ends before it starts", { dayOfWeek: "Sunday", notAllowed: [{ start: "2027-01-04T00:00:00Z", end: "2026-12-20T00:00:00Z" }] }, "cluster.maintenance.autoUpgrade.notAllowed[0].end", "must be after start"],
  ])("fails on %s, naming the field", (_name, window, path, message) => {
    const problems = loadProblems({ cluster: { maintenance: { autoUpgrade: window } } });
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.message).toContain(message);
  });

  test("a day field the frequency does not use: the value it got, and removing it as the fix", () => {
    const [problem] = loadProblems({ cluster: { maintenance: { autoUpgrade: { frequency: "Daily", dayOfWeek: "Monday" } } } });
    expect(problem).toMatchObject({ path: "cluster.maintenance.autoUpgrade.dayOfWeek", value: "Monday", fix: "remove dayOfWeek, or set the frequency that uses it" });
  });
});

describe("the runbook's Upgrading Kubernetes section", () => {
  const section = (patch: Record<string, unknown>) => {
    const text = renderOperatorFiles(planOf(makeEnv(patch))).find((f) => f.path === "RUNBOOK.md")!.content;
    const start = text.indexOf("## Upgrading Kubernetes");
    return start < 0 ? undefined : text.slice(start, text.indexOf("\n## ", start + 1));
  };

  test("names who owns the version, the windows, and an in-place plan of the -azure stack", () => {
    const text = section({ ...PROD, cluster: { tier: "medium", kubernetesVersion: "1.34" } })!;
    expect(text).toContain("Terraform owns the minor version (`1.34`), the `patch` channel its patches.");
    expect(text).toContain("Automatic upgrades run every Sunday from 00:00 (UTC+00:00) for 4 hours");
    expect(text).toContain("node OS updates (`NodeImage`) run every Saturday");
    expect(text).toContain("az aks get-upgrades --resource-group rg-test --name tars-test --output table");
    expect(text).toContain("terraform -chdir=cdktf.out/stacks/test-azure plan");
    expect(text).toContain("**updated in place**");
    expect(text).toContain("AKS cannot downgrade");
  });

  test("says upgrades run at any time without a window", () => {
    expect(section({})).toContain("Automatic upgrades run at any time");
  });

  test("is left out for a cluster the project does not own", () => {
    expect(section({ cluster: { name: "aks-shared", existing: { resourceGroup: "rg-aks" } } })).toBeUndefined();
  });
});
