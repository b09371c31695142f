// The `tls` block: TLS for the data-plane hostname.
import { z } from "zod";
import { PINNED } from "../presets";
import { chartVersion, k8sName, keyVaultObjectName, pinnedImage, text } from "./fields";

const CertManager = z
  .strictObject({
    chartVersion: chartVersion.default(PINNED.certManagerChart).describe("jetstack/cert-manager chart version (Step b.2.1)."),
    issuer: z
      .enum(["letsencrypt-staging", "letsencrypt-prod"])
      .default("letsencrypt-staging")
      .describe("ClusterIssuer to use (Step b.2.2). Start with staging; switch once a certificate issued cleanly."),
    email: text()
      .email("must be an email address")
      .optional()
      .describe("Address for Let's Encrypt expiry notices (required; not a placeholder or example.com address)."),
    stagingVerified: z
      .boolean()
      .default(false)
      .describe("Set once a certificate issued cleanly from the staging issuer; silences the warning on `letsencrypt-prod`."),
  })
  .describe("cert-manager and Let's Encrypt (Appendix B.2).");

const TlsKeyVault = z
  .strictObject({
    certificateName: keyVaultObjectName.describe(
      "Name of the certificate in the Key Vault `keyVault.vaultId` (imported with `az keyvault certificate import`, PEM or PFX, with its private key). Read as the certificate's secret, so the private key comes with it.",
    ),
    syncImage: pinnedImage
      .default(PINNED.pauseImage)
      .describe(
        "Image of the `tars-tls-sync` pod, which keeps the certificate's Secret synced by mounting the SecretProviderClass (the CSI driver syncs a Secret only while a pod mounts it). It runs nothing; pinned: `repository:tag`, or `repository:tag@sha256:<digest>` to pin its content (the pod mounts the TLS private key; docs/security.md, AR047). Mirror it for a private registry.",
      ),
  })
  .describe("Where `tls.mode: key-vault` takes the certificate from.");

export const Tls = z
  .strictObject({
    mode: z
      .enum(["none", "byo", "cert-manager", "key-vault"])
      .default("none")
      .describe(
        "`none`: HTTP only (Step 7.2, non-production). `byo`: your certificate in a Secret (B.1). `cert-manager`: Let's Encrypt (B.2). `key-vault`: your certificate in Azure Key Vault (`keyVault.vaultId`, `tls.keyVault.certificateName`), synced into the Secret by the Secrets Store CSI driver (docs/tls.md).",
      ),
    secretName: k8sName.default("tars-ingress-tls").describe("TLS Secret in tars-dataplane, referenced by name only."),
    certManager: CertManager.prefault({}),
    keyVault: TlsKeyVault.optional(),
  })
  .describe("TLS for the data-plane hostname (Step 7.3, Appendix B).");
