// What the runbook's sections share: the Text type, shell blocks, the Terraform and prompt lines,
// and the values several sections name (the Key Vault, the Let's Encrypt staging roots).
import { PlanError, type KeyVaultPlan, type Plan } from "../../plan";
import type { KeyVaultSubject } from "../../plan/key-vault";
import { required } from "../../plan/invariant";
import { Markdown, sh, ShellCode } from "../../config/encode";
import type { RunbookContext } from "../context";

/** A line of Markdown: the project's own constant text, or built by `md` (every value escaped). */
export type Text = string | Markdown;

/** A `sh` block: every line is shell code built by `sh`, so each value in it is quoted. */
export const code = (...lines: (ShellCode | false | undefined)[]) =>
  ["```sh", ...lines.filter((l): l is ShellCode => l instanceof ShellCode).map(String), "```"].join("\n");
/** `args` are the project's own words (`output -raw data_plane_url`). */
export const tf = (c: RunbookContext, stack: string, args: string) => sh`terraform -chdir=${c.stackDir(stack)} ${args.split(" ")}`;
/**
 * Reads a value into an exported variable, in bash and zsh alike: `read -p` is a prompt in bash
 * but a coprocess in zsh, so the prompt is printed first; `-s` (both shells) keeps a secret off
 * the screen. No comment after it: interactive zsh does not treat `#` as a comment by default.
 */
export const prompt = (name: string, label: string, secret = true) =>
  secret
    ? sh`printf '${label}'; read -rs ${name} && [ -n "$${name}" ] && export ${name} && echo || { unset ${name}; echo; echo "${name} not set: nothing was read; run this line again" >&2; }`
    : sh`printf '${label}'; read -r ${name} && export ${name}`;

/** The vault with `tls.mode: key-vault`, which AR043 requires before anything renders. */
export function tlsVault(p: Plan): KeyVaultPlan {
  return required(p.keyVault, "keyVault", "AR043");
}

/** The identity of one Key Vault reader (a ServiceAccount in tars-dataplane). */
export function readerOf(vault: KeyVaultPlan, serviceAccount: string): KeyVaultSubject {
  const subject = vault.subjects.find((s) => s.serviceAccount === serviceAccount);
  if (!subject) throw new PlanError(`keyVault: no reader for ServiceAccount ${serviceAccount} in the plan`);
  return subject;
}

/** Where verify.sh and curl find the Let's Encrypt staging roots (https://letsencrypt.org/docs/staging-environment/). */
export const STAGING_ROOTS = "~/letsencrypt-staging-roots.pem";
/** ` --cacert <the staging roots>` as shell code: the `~` must stay unquoted to expand. */
export const CACERT_STAGING = sh` --cacert ~/letsencrypt-staging-roots.pem`;

export function stagingIssuer(c: RunbookContext): boolean {
  const tls = c.plan.tls;
  return tls.mode === "cert-manager" && tls.certManager.issuer === "letsencrypt-staging";
}
