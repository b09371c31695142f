// Delivery (docs/delivery.md): the stacks as a committed folder reviewers and Terraform Cloud's
// VCS workflow can read, and the guard that keeps the cdktf CLI from deleting the stack folders
// of environments it was not asked to synthesize. cli/delivery.ts calls these; they touch only the
// folders named here.
import * as fs from "fs";
import * as path from "path";
import { shellCommand } from "./terminal";

/** The folder name the project's `npm run synth` passes (package.json): `terraform/<env>/<stack>/`. */
export const DEFAULT_TERRAFORM_DIR = "terraform";

/** A problem with the committed folder: what, and the fix (the command line prints both, exit 3). */
export class CommittedStacksError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/**
 * `--terraform-dir NAME` must be one folder name inside the output folder. The local backend's
 * state path and every cross-stack `terraform_remote_state` path are `../../../terraform.<stack>.tfstate`,
 * relative to the stack folder: from `cdktf.out/stacks/<stack>/` and from `NAME/<env>/<stack>/`
 * alike (both three levels down) they name the same file at the root, so a plan from either
 * folder reads the same state. Returns a usage problem, or undefined.
 */
export function terraformDirProblem(name: string): string | undefined {
  if (!name || name.includes("/") || name.includes("\\") || name === "." || name === ".." || name.startsWith(".")) {
    return `--terraform-dir takes one folder name inside the output folder (e.g. ${DEFAULT_TERRAFORM_DIR}), not ${JSON.stringify(name)}: the local state path ../../../terraform.<stack>.tfstate must resolve from <name>/<env>/<stack>/ to the project root, as it does from cdktf.out/stacks/<stack>/`;
  }
  if (name === "cdktf.out" || name === "dist" || name === "environments" || name === "node_modules") {
    return `--terraform-dir ${name}: that folder belongs to something else; choose another name (e.g. ${DEFAULT_TERRAFORM_DIR})`;
  }
  return undefined;
}

/**
 * Copies each environment's two stack files, as synth just wrote them, to
 * `<dir>/<env>/<stack>/cdk.tf.json`, byte for byte (so the state paths resolve as described
 * above). A file whose bytes are unchanged is not rewritten; each new file is written beside it
 * and renamed over it, so it is always whole. Nothing else in the folder is touched: the
 * `.terraform.lock.hcl` committed next to each stack, a `.terraform/` of a local init, and the
 * folders of environments not synthesized in this run stay as they are. Nothing is written
 * through a symbolic link. Returns the files that changed.
 */
export function writeCommittedStacks(dir: string, environments: readonly { name: string; stackFiles: readonly string[] }[]): string[] {
  const refuseLink = (p: string) => {
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) throw new CommittedStacksError(`${p} is a symbolic link; synth never writes through one`, `remove the link (${shellCommand("rm", [], p)}) and run synth again`);
    if (st && p !== dir && !st.isDirectory() && path.basename(p) !== "cdk.tf.json") throw new CommittedStacksError(`${p} is a file, not a folder`, `move it away; synth writes the stack folders there`);
  };
  const changed: string[] = [];
  try {
    refuseLink(dir);
    for (const env of environments) {
      for (const source of env.stackFiles) {
        const stack = path.basename(path.dirname(source));
        const target = path.join(dir, env.name, stack, "cdk.tf.json");
        [path.join(dir, env.name), path.dirname(target), target].forEach(refuseLink);
        const content = fs.readFileSync(source);
        const old = fs.lstatSync(target, { throwIfNoEntry: false });
        if (old?.isFile() && old.size === content.length && fs.readFileSync(target).equals(content)) continue;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(`${target}.tmp`, content, { mode: 0o644 });
        fs.renameSync(`${target}.tmp`, target);
        changed.push(target);
      }
    }
  } catch (e) {
    if (e instanceof CommittedStacksError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (!err.code) throw e;
    throw new CommittedStacksError(`could not write the committed stacks in ${err.path ?? dir} (${err.code})`, `make ${dir} writable, or free some space, and run synth again (each stack file is whole: old or new)`);
  }
  return changed;
}

/**
 * The cdktf CLI, after running cdktf.json's app, deletes every folder in `<output>/stacks/` that
 * the app's manifest does not list (cdktf-cli 0.21.0, @cdktf/cli-core/src/lib/synth-stack.js,
 * "orphanedDirectories"), with the `.terraform/` and `.terraform.lock.hcl` inside. When the app
 * synthesizes only some environments (AGENT_ROUTER_ENV, --config) under the CLI (CDKTF_OUTDIR
 * set), that would be every other environment's stack folder: refuse, naming them and the way
 * that deletes nothing. The app exiting non-zero makes the CLI stop before its clean-up.
 */
export function cdktfCleanupProblem(cdktfOutdir: string | undefined, subset: boolean, stacks: readonly string[], envNames: readonly string[]): string | undefined {
  if (!cdktfOutdir || !subset) return undefined;
  const dir = path.join(cdktfOutdir, "stacks");
  let present: string[];
  try {
    present = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith("."))
      .map((e) => e.name)
      .sort();
  } catch {
    return undefined;
  }
  const others = present.filter((s) => !stacks.includes(s));
  if (!others.length) return undefined;
  const env = envNames.join(",");
  const named = stacks.join(" ");
  const shown = others.length > 6 ? `${others.slice(0, 6).join(", ")} and ${others.length - 6} more` : others.join(", ");
  return [
    `the cdktf CLI is synthesizing only ${envNames.join(", ")}, and after this synth it would delete every other stack folder in ${dir} (${shown}), their .terraform/ and .terraform.lock.hcl included; nothing was written.`,
    `fix: write the stacks with synth, then let the CLI skip its own synth:`,
    `  AGENT_ROUTER_ENV=${env} npm run synth`,
    `  cdktf deploy ${named} --skip-synth`,
    `(cdktf diff works the same way), or run the cdktf CLI without AGENT_ROUTER_ENV/--config so that every environment is synthesized.`,
  ].join("\n");
}
