// The output transaction's refusals and its errors: a problem of the user's file system (a
// symlink, a foreign file, a read-only or full disk) is an OutputError naming the path and the
// fix, never a stack trace. Every command in a fix is shell-quoted (cli/terminal.ts).
import * as fs from "fs";
import * as path from "path";
import { TOOL } from "./args";
import { quotedPath, shellCommand } from "./terminal";

/** Names of the tool's own staging folders and lock file (direct children of an output folder). */
export const STAGING_PREFIX = `.${TOOL}-`;

/** A problem of the user's file system (not a bug): what, where, and the fix. */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly fix: string,
    /** Environments whose output was already swapped in when this happened. */
    readonly written: readonly string[] = [],
    readonly pending: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Files and folders Terraform (or a user) keeps beside generated files; never removed. */
const FOREIGN = (name: string) =>
  name === ".terraform" || name === ".terraform.lock.hcl" || name === ".git" || /\.tfstate(\.|$)/.test(name) || /\.tfplan$/.test(name);

const writable = (p: string) => `make it writable (${shellCommand("chmod", ["-R", "u+w"], p)}) or choose another --outdir`;

const IO_ERRORS: Record<string, (p: string) => [string, string]> = {
  ENOSPC: (p) => [`no space left on the device holding ${p}`, "free some space (df -h), or choose an --outdir on another disk, and run synth again"],
  EDQUOT: (p) => [`disk quota exceeded writing ${p}`, "free some space or choose another --outdir, and run synth again"],
  EROFS: (p) => [`${p} is on a read-only file system`, "choose a writable --outdir"],
  EACCES: (p) => [`permission denied writing ${p}`, writable(p)],
  EPERM: (p) => [`operation not permitted on ${p}`, `${writable(p)}; an immutable file or folder also refuses (lsattr -d -- ${quotedPath(p)})`],
  ENOTDIR: (p) => [`a part of ${p} is a file, not a folder`, "choose a folder for --outdir"],
  EEXIST: (p) => [`${p} is a file, not a folder`, "choose a folder for --outdir"],
  EISDIR: (p) => [`${p} is a folder where synth writes a file`, `move it away (${shellCommand("mv", [], p, `${p}.old`)}) and run synth again`],
  EBUSY: (p) => [`${p} is busy (a mount point, or in use), so synth cannot replace it`, "unmount it, or synthesize into another --outdir and copy the result"],
  EXDEV: (p) => [`${p} is on another file system than its output folder (a mount), so synth cannot swap it in`, "unmount it, or synthesize into another --outdir and copy the result"],
};

/**
 * File-system errors caused by the machine or the user become OutputErrors; anything else stays
 * a bug. A system error with an unlisted code still names its path (exit 3, not an internal error).
 */
export function asOutputError(e: unknown, written: readonly string[], pending: readonly string[], where = "the output folder"): unknown {
  if (e instanceof OutputError) return new OutputError(e.message, e.fix, written, pending);
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.code !== "string" || (!err.syscall && !IO_ERRORS[err.code])) return e;
  // A write through a file descriptor (writeSync) reports no path: name the output folder.
  const p = err.path ?? where;
  const known = IO_ERRORS[err.code];
  const [message, fix] = known ? known(p) : [`${err.syscall} failed on ${p}`, "check that the output folder is writable and on one file system, and run synth again"];
  return new OutputError(`${message} (${err.code})`, fix, written, pending);
}

/** `p` must not be a symlink (nor a file where a folder belongs); a missing path is fine. */
export function refuseFileOrSymlink(p: string, userNamed: boolean, isDir = true): void {
  const st = fs.lstatSync(p, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isSymbolicLink()) {
    // The user may name a symlinked --outdir; inside it, the tool never follows one.
    if (userNamed && fs.statSync(p, { throwIfNoEntry: false })?.isDirectory()) return;
    throw new OutputError(`${p} is a symbolic link; synth never writes through one (it would change files elsewhere)`, `remove the link (${shellCommand("rm", [], p)}) or choose another --outdir`);
  }
  if (isDir && !st.isDirectory()) throw new OutputError(`${p} is a file, not a folder`, userNamed ? "choose a folder for --outdir" : `move the file away (it is where synth writes a folder)`);
  if (!isDir && !st.isFile()) throw new OutputError(`${p} is not a regular file`, "remove it; synth writes a file there");
}

/**
 * The current dist/<env>/ is replaced whole, so it may hold only what synth wrote: a symlink,
 * Terraform state or working files, another output (cdktf.out/, dist/) or a Git checkout
 * inside it are refused, never deleted.
 */
export function refuseForeign(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const walk = (d: string, top: boolean) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isSymbolicLink()) {
        throw new OutputError(`${p} is a symbolic link; synth never writes through one and does not remove it`, `remove the link (${shellCommand("rm", [], p)}) and run synth again`);
      }
      if (FOREIGN(entry.name) || (top && (entry.name === "cdktf.out" || entry.name === "dist"))) {
        throw new OutputError(
          `${p} was not written by synth, and replacing ${dir} would delete it (another output or Terraform's files inside this one)`,
          `move ${quotedPath(p)} out of ${quotedPath(dir)}, or choose another --outdir`,
        );
      }
      if (entry.isDirectory()) walk(p, false);
    }
  };
  walk(dir, true);
}

/** What a folder synth wrote looks like: dist/<env>/, a stack folder or a cdktf.out/. */
function outputFolderKind(dir: string): string | undefined {
  const has = (f: string) => fs.existsSync(path.join(dir, f));
  if (["RUNBOOK.md", "kustomization.yaml", "verify.sh", "cleanup.sh"].every(has)) return "a dist/<env>/ folder";
  if (has("cdk.tf.json")) return "a stack folder";
  if (has("manifest.json") && has("stacks")) return "a cdktf.out/ folder";
  return undefined;
}

/**
 * An output inside another output gets deleted by the outer one's next synth (its state files
 * and .terraform/ with it): refuse an outdir inside a folder synth wrote.
 */
export function refuseNestedOutput(outdir: string, tfOut: string, distOut: string): void {
  const ancestors = (p: string, self: boolean) => {
    const out: string[] = self ? [p] : [];
    for (let d = path.dirname(p); d !== path.dirname(d); d = path.dirname(d)) out.push(d);
    return out;
  };
  for (const dir of new Set([...ancestors(outdir, true), ...ancestors(tfOut, false), ...ancestors(distOut, true)])) {
    const kind = outputFolderKind(dir);
    if (kind) {
      throw new OutputError(
        `${outdir === dir ? "the output folder" : `the output folder ${outdir} is inside`} ${dir}, ${kind} of an earlier synth; a synth into its parent would replace it and delete whatever is inside`,
        "choose an --outdir outside every folder synth writes (not inside dist/<env>/ or cdktf.out/)",
      );
    }
  }
}
