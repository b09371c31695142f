// Construct ids are Terraform addresses: renaming one makes Terraform destroy the resource and
// create a new one (a cluster, a registry, a public IP). This test pins the address of every
// resource of every mode (test/fixtures/modes.ts), so a refactor cannot rename one unnoticed.
// Regenerate after an intended change: UPDATE_ADDRESSES=1 npx jest test/addresses.test.ts
import * as fs from "fs";
import * as path from "path";
import { MODES } from "./fixtures/modes";
import { makeEnv, synthStacks, type TfJson } from "./helpers";

const FILE = path.join(__dirname, "fixtures", "addresses.json");

const addresses = (json: TfJson) => Object.entries(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`)).sort();

function current(): Record<string, { azure: string[]; cluster: string[] }> {
  const out: Record<string, { azure: string[]; cluster: string[] }> = {};
  for (const mode of Object.keys(MODES).sort()) {
    const { azureJson, clusterJson } = synthStacks(makeEnv(MODES[mode]));
    out[mode] = { azure: addresses(azureJson), cluster: addresses(clusterJson) };
  }
  return out;
}

/** What differs, mode by mode, as one readable message (empty when nothing does). */
export function addressDrift(pinned: Record<string, { azure: string[]; cluster: string[] }>, now: Record<string, { azure: string[]; cluster: string[] }>): string {
  const lines: string[] = [];
  for (const mode of [...new Set([...Object.keys(pinned), ...Object.keys(now)])].sort()) {
    for (const stack of ["azure", "cluster"] as const) {
      const before = new Set(pinned[mode]?.[stack] ?? []);
      const after = new Set(now[mode]?.[stack] ?? []);
      const gone = [...before].filter((a) => !after.has(a));
      const added = [...after].filter((a) => !before.has(a));
      if (!gone.length && !added.length) continue;
      lines.push(`mode "${mode}", -${stack} stack:`);
      for (const a of gone) lines.push(`  - ${a}  (Terraform would destroy it)`);
      for (const a of added) lines.push(`  + ${a}  (Terraform would create it)`);
    }
  }
  if (!lines.length) return "";
  return [
    "Terraform addresses changed. A renamed construct id (or a construct moved to another parent) gives a resource a new address: Terraform destroys the old resource and creates a new one, which for a cluster, a registry or a public IP loses what it holds.",
    ...lines,
    "Keep the old construct id; if the change is intended (a resource added or removed on purpose), regenerate: UPDATE_ADDRESSES=1 npx jest test/addresses.test.ts, and say so in CHANGELOG.md.",
  ].join("\n");
}

test("the Terraform address of every resource of every mode is pinned (test/fixtures/addresses.json)", () => {
  const now = current();
  if (process.env.UPDATE_ADDRESSES) fs.writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
  const pinned = JSON.parse(fs.readFileSync(FILE, "utf8")) as Record<string, { azure: string[]; cluster: string[] }>;
  const drift = addressDrift(pinned, now);
  if (drift) throw new Error(drift);
});

test("a renamed address fails with the message that says it recreates the resource", () => {
  const pinned = { m: { azure: ["azurerm_kubernetes_cluster.Cluster_EB0386A7"], cluster: [] } };
  const now = { m: { azure: ["azurerm_kubernetes_cluster.AksCluster_12345678"], cluster: [] } };
  const message = addressDrift(pinned, now);
  expect(message).toContain("- azurerm_kubernetes_cluster.Cluster_EB0386A7  (Terraform would destroy it)");
  expect(message).toContain("+ azurerm_kubernetes_cluster.AksCluster_12345678  (Terraform would create it)");
  expect(message).toContain("A renamed construct id");
  expect(addressDrift(pinned, pinned)).toBe("");
});
