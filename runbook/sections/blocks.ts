// What the runbook's sections share: the Text type, shell blocks, the Terraform and prompt lines,
// and the values several sections name (the Key Vault, the Let's Encrypt staging roots).
import { keyVaultSubjects, parseKeyVaultId } from "../../plan/key-vault";
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

/** The vault's name and resource group (checked by AR042 before anything renders). */
export function vaultName(c: RunbookContext): string {
  return parseKeyVaultId(c.env.keyVault?.vaultId ?? "")?.name ?? "";
}
export function vaultGroup(c: RunbookContext): string {
  return parseKeyVaultId(c.env.keyVault?.vaultId ?? "")?.resourceGroup ?? "";
}

/** The identity of one Key Vault reader (a ServiceAccount in tars-dataplane). */
export function kvIdentity(c: RunbookContext, serviceAccount: string): string {
  return keyVaultSubjects(c.env).find((s) => s.serviceAccount === serviceAccount)?.identityName ?? "";
}

/** Where verify.sh and curl find the Let's Encrypt staging roots (https://letsencrypt.org/docs/staging-environment/). */
export const STAGING_ROOTS = "~/letsencrypt-staging-roots.pem";
/** ` --cacert <the staging roots>` as shell code: the `~` must stay unquoted to expand. */
export const CACERT_STAGING = sh` --cacert ~/letsencrypt-staging-roots.pem`;

export function stagingIssuer(c: RunbookContext): boolean {
  return c.env.tls.mode === "cert-manager" && c.env.tls.certManager.issuer === "letsencrypt-staging";
}
