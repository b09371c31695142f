import type { Rule } from "../rule";
import { finding } from "../rule";
import { exporterStrings } from "./exporter-strings";

const CREDENTIAL_HEADER = /(authorization|token|api[-_]?key|secret|password|credential)/i;

/** Never a credential value in the ConfigMap (or in the environment file). */
export const credentialLiteral: Rule = {
  id: "AR024",
  severity: "error",
  title: "Credential written into the environment file",
  guide: "Appendix C: credentials are stored in a Secret and injected as environment variables (kubectl create secret generic otel-azure-creds)",
  waivable: false,
  check(env) {
    return exporterStrings(env)
      .filter((s) => s.header !== undefined && CREDENTIAL_HEADER.test(s.header) && !s.value.includes("${env:"))
      .map((s) =>
        // The value is deliberately not echoed: it may be a real credential.
        finding(
          s.path,
          "holds a literal credential, which would land in the ConfigMap and in Git",
          `store it in a Secret: list its key in secretKeys, give secretName, and write the header as "\${env:<KEY>}" (the -cluster stack creates the Secret from a sensitive variable)`,
        ),
      );
  },
};
