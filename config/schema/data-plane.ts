// The `dataPlane` block: which `tare` CLI this environment installs.
import { z } from "zod";
import { text } from "./fields";

/** The platforms the vendor's installer names its archives after (Step 2: `tare-darwin-arm64.tar.gz`). */
export const TARE_PLATFORMS = ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64"] as const;

/** Exact semantic version (semver.org 2.0.0), without a leading `v`: `0.1.0-beta.4`. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

// Guide: Step 2 (the tare CLI) and Upgrading; docs/data-plane.md.
export const DataPlane = z
  .strictObject({
    version: text()
      .refine((v) => !/^v\d/.test(v), { message: "must be written without the leading 'v' (0.1.0-beta.4, not v0.1.0-beta.4): the runbook adds it where the vendor's download path needs it" })
      .refine((v) => /^v\d/.test(v) || SEMVER.test(v), { message: "must be an exact semantic version such as 0.1.0-beta.4 (no range, no 'latest')" })
      .optional()
      .describe(
        "The `tare` CLI version this environment installs and upgrades with; the data plane's version is the chart and images embedded in that binary (`tare upgrade` moves a release \"to the version embedded in the current tare binary\"). Exact semver without the leading `v` (`0.1.0-beta.4`); Step 2 downloads `https://tare.tetrate.ai/tools/tags/v<version>/tare-<platform>.tar.gz`. Default: none, and Step 2 runs the vendor's installer, which installs whatever its stable channel ships; required in production (AR057).",
      ),
    sha256: z
      .strictObject(
        Object.fromEntries(
          TARE_PLATFORMS.map((platform) => [
            platform,
            text()
              .regex(/^[a-f0-9]{64}$/, "must be a SHA-256 digest: 64 lowercase hex characters")
              .optional()
              .describe(`SHA-256 of \`tare-${platform}.tar.gz\` at \`version\`.`),
          ]),
        ) as Record<(typeof TARE_PLATFORMS)[number], z.ZodOptional<ReturnType<typeof text>>>,
      )
      .prefault({})
      .describe(
        "SHA-256 of the `tare-<platform>.tar.gz` archive of `version`, per platform (`linux-amd64`, `linux-arm64`, `darwin-amd64`, `darwin-arm64`). The vendor publishes no checksums that this project found, so these are recorded by the team the first time a version is vetted (Step 2 prints the digest) and then checked on every later download. Default: none; Step 2 then prints the digest instead of checking it.",
      ),
  })
  .describe("The data plane release: which `tare` CLI (and so which chart and images) this environment runs (docs/data-plane.md).");
