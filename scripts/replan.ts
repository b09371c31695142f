// The one re-plan difference the terraform check accepts (scripts/terraform-check.js): tfmock's
// kubernetes stand-in leaves `kubernetes_manifest.object` null after apply, where the real
// provider fills it from the API server's response, so tfmock's plan right after apply shows
// `+ object = (known after apply)` on every kubernetes_manifest and reports "not idempotent".
// docs/azure-behaviours.md, "Key Vault and the Secrets Store CSI driver".

/** Why a kept re-plan is not only that difference, or undefined when it is. */
export function replanProblem(text: string): string | undefined {
  const start = text.indexOf("Terraform will perform the following actions:");
  if (start < 0) return "no planned actions found in the re-plan";
  const actions = text.slice(start).split("\n").slice(1);
  let changes = 0;
  let inResource = false;
  let objectLines = 0;
  for (const raw of actions) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (!trimmed) continue;
    const header = /^# (\S+) will be updated in-place$/.exec(trimmed);
    if (trimmed.startsWith("# ") && !inResource) {
      if (!header) return `a change other than an in-place update: ${trimmed}`;
      if (!header[1].startsWith("kubernetes_manifest.")) return `a change of ${header[1]}, which is not a kubernetes_manifest`;
      changes++;
      objectLines = 0;
      continue;
    }
    if (/^~ resource "kubernetes_manifest" "[^"]+" \{$/.test(trimmed)) {
      inResource = true;
      continue;
    }
    if (inResource) {
      if (trimmed === "}") {
        if (objectLines !== 1) return "a kubernetes_manifest update without exactly one `+ object = (known after apply)`";
        inResource = false;
        continue;
      }
      if (/^# \(\d+ unchanged (attribute|attributes|block|blocks) hidden\)$/.test(trimmed)) continue;
      if (/^\+ object\s+= \(known after apply\)$/.test(trimmed)) {
        objectLines++;
        continue;
      }
      return `a kubernetes_manifest change other than \`+ object = (known after apply)\`: ${trimmed}`;
    }
    const plan = /^Plan: (\d+) to add, (\d+) to change, (\d+) to destroy\.$/.exec(trimmed);
    if (plan) {
      if (plan[1] !== "0" || plan[3] !== "0" || Number(plan[2]) !== changes) return `unexpected plan summary: ${trimmed}`;
      if (text.includes("Changes to Outputs:")) return "the re-plan changes outputs too";
      return changes > 0 ? undefined : "no kubernetes_manifest change in the re-plan";
    }
    return `unexpected line in the re-plan: ${trimmed}`;
  }
  return "no plan summary in the re-plan";
}
