import { sh } from "../../config/encode";
import type { Environment } from "../../config/loader";
import { collectorSecretEnv } from "../../config/telemetry";
import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** `repository:tag@sha256:<64 hex>` or `repository@sha256:<64 hex>`: the image's content, not a movable name. */
export const DIGEST = /@sha256:[a-f0-9]{64}$/;

/** The images the environment sets on pods that read a Secret, with the field and what they see. */
function imagesWithSecrets(env: Environment): { path: string; image: string; sees: string }[] {
  const out: { path: string; image: string; sees: string }[] = [];
  const collector = env.observability.collector;
  const credentials = collectorSecretEnv(env);
  if (collector.enabled && credentials.length) {
    out.push({ path: "observability.collector.image", image: collector.image, sees: `the exporters' credentials (${[...new Set(credentials.map((c) => c.secret))].join(", ")})` });
  }
  if (env.tls.mode === "key-vault" && env.tls.keyVault) {
    out.push({ path: "tls.keyVault.syncImage", image: env.tls.keyVault.syncImage, sees: `the TLS certificate and private key (mounted from Key Vault into Secret ${env.tls.secretName})` });
  }
  return out;
}

/**
 * A tag is a name the registry's owner (or anyone who takes over the repository) can point at other
 * content; a digest is the content. A pod that mounts the TLS key or the exporter credentials should
 * run exactly the image that was reviewed. docs/security.md, "Pinning images by digest".
 */
export const imageDigest: Rule = {
  id: "AR047",
  severity: "warning",
  title: "Production pod that reads a Secret runs an image pinned by tag only, not by digest",
  guide: "Appendix C (the collector reads its credentials from a Secret) and Appendix B (the TLS Secret): the pods that see them run the image that was reviewed",
  waivable: true,
  check(env) {
    if (!env.production) return [];
    const out: Finding[] = [];
    for (const { path, image, sees } of imagesWithSecrets(env)) {
      if (DIGEST.test(image)) continue;
      const tagged = image.replace(/@.*$/, "");
      out.push(
        finding(
          path,
          `is pinned by tag only, while its pod sees ${sees}: whoever can push that tag can replace what runs next to them`,
          `add the digest: ${tagged}@sha256:<digest> (${sh`docker buildx imagetools inspect ${tagged}`} prints it; docs/security.md)`,
          image,
        ),
      );
    }
    return out;
  },
};
