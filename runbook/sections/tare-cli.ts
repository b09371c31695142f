// Step 2 at the environment's pinned version: the `tare` CLI download, its checksum and version
// check, shared by the install (Step 2) and "Upgrading the data plane".
import { md, sh, type Markdown, type ShellCode } from "../../config/encode";
import { TARE_PLATFORMS } from "../../config/schema";
import type { RunbookContext } from "../context";
import { code } from "./blocks";


/** Where the vendor's installer downloads a version from (the guide's Step 2 output). */
export const TARE_DOWNLOAD_BASE = "https://tare.tetrate.ai/tools/tags";

/**
 * The commands and checks that install `tare` at `version` into ~/.tare/bin (where the vendor's
 * installer puts it), verified against `dataPlane.sha256` where the team recorded one. One block:
 * the archive is extracted only when its digest matched.
 */
export function installTare(c: RunbookContext, version: string): string[] {
  const sha = c.plan.dataPlane.sha256;
  const pinned = TARE_PLATFORMS.flatMap((p) => {
    const digest = sha[p];
    return digest ? [{ platform: p, digest }] : [];
  });
  const extract = sh`mkdir -p "$HOME/.tare/bin" && tar -xzf "\${TARE_ARCHIVE}" -C "$HOME/.tare/bin"`;
  const verify: ShellCode[] = pinned.length
    ? [
        sh`case "\${TARE_PLATFORM}" in ${sh.join(pinned.map((p) => sh`${p.platform}) TARE_SHA256=${p.digest} ;;`), " ")} *) TARE_SHA256=not-recorded ;; esac`,
        sh`echo "\${TARE_SHA256}  \${TARE_ARCHIVE}" | shasum -a 256 -c - && ${extract}`,
      ]
    : [sh`shasum -a 256 "\${TARE_ARCHIVE}"`, extract];
  const checksumNote: Markdown = pinned.length
    ? md`\`shasum\` must print \`OK\` against the digests recorded in \`dataPlane.sha256\` (${md.join(pinned.map((p) => md`\`${p.platform}\``), ", ")}); only then is the archive extracted. On \`FAILED\`, stop: the download is not the archive the team vetted. A platform with no recorded digest fails too: record one first, from a download you trust.`
    : md`The vendor publishes no checksums that this project found, and \`dataPlane.sha256\` records none, so nothing checks this download: compare the digest \`shasum\` prints with the one a colleague got for the same version and platform, then record it in environments/${c.plan.name}.yaml as \`dataPlane.sha256.<platform>\` (\`linux-amd64\`, \`darwin-arm64\`, ...) so that every later download is checked before it is extracted.`;
  return [
    code(
      sh`TARE_PLATFORM="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m | sed -e 's/x86_64/amd64/' -e 's/aarch64/arm64/')"`,
      sh`TARE_ARCHIVE="\${TMPDIR:-/tmp}/tare-${version}.tar.gz"`,
      sh`curl -fsSL -o "\${TARE_ARCHIVE}" "${TARE_DOWNLOAD_BASE}/v${version}/tare-\${TARE_PLATFORM}.tar.gz"`,
      ...verify,
      sh`export PATH="$HOME/.tare/bin:$PATH"`,
      sh`tare --version | grep -Fx ${`tare version v${version}`}`,
    ),
    "",
    String(checksumNote),
    "",
    String(md`Worked when the last line prints \`tare version v${version}\` (it prints nothing for any other version, or when another \`tare\` comes first on \`PATH\`: \`command -v tare\`). Put \`$HOME/.tare/bin\` first on \`PATH\` in your shell profile too.`),
  ];
}
