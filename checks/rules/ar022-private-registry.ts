import type { Finding, Rule } from "../rule";
import { finding } from "../rule";

/** Appendix D: host, repository and pull secret of an existing private registry. */
export const privateRegistry: Rule = {
  id: "AR022",
  severity: "error",
  title: "Private registry incomplete or inconsistent",
  guide: "Appendix D, Step d.1 (PRIVATE_REGISTRY_HOST, PRIVATE_IMAGE_REGISTRY, PULL_SECRET); Troubleshooting → ACR pull access (ImagePullBackOff, 403)",
  waivable: false,
  check(env) {
    const r = env.registry;
    const out: Finding[] = [];
    if (r.mode !== "private") {
      if (r.private) out.push(finding("registry.private", `is ignored with registry.mode: ${r.mode}`, "remove registry.private, or set registry.mode: private"));
      return out;
    }
    if (!r.private) {
      return [finding("registry.private", "is required with registry.mode: private", "add registry.private.host and registry.private.repository (Step d.1)")];
    }
    const repoHost = r.private.repository.split("/")[0];
    if (repoHost !== r.private.host) {
      out.push(
        finding(
          "registry.private.repository",
          `is on host "${repoHost}" but the pull secret is for registry.private.host "${r.private.host}"; pods would fail with ImagePullBackOff`,
          `write it as ${r.private.host}/<path>`,
          r.private.repository,
        ),
      );
    }
    if (r.acrName !== undefined) {
      out.push(finding("registry.acrName", "is ignored with registry.mode: private (no ACR is created)", "remove registry.acrName", r.acrName));
    }
    return out;
  },
};
