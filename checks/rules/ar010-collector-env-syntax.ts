import type { Rule } from "../rule";
import { finding } from "../rule";
import { exporterStrings, PLAIN_REFERENCE, referenceName } from "./exporter-strings";

/** Appendix C: `${VAR}` silently fails to substitute; the collector needs `${env:VAR}`. */
export const collectorEnvSyntax: Rule = {
  id: "AR010",
  severity: "error",
  title: "Collector credential written as ${NAME} instead of ${env:NAME}",
  guide: "Appendix C, \"Environment variable syntax\": plain ${VAR_NAME} silently fails to substitute and the exporter does not load",
  waivable: false,
  check(env) {
    return exporterStrings(env).flatMap(({ path, value }) => {
      const m = PLAIN_REFERENCE.exec(value);
      if (!m) return [];
      // Only the variable's name is printed: `${API_KEY:-sk-live-...}` carries a default that may
      // be the credential itself, and a fix that kept it would commit it.
      const name = referenceName(m[1]);
      const extra = m[1] !== name ? ` (without the default or anything after the name: a default would land in the ConfigMap and in Git)` : "";
      return [
        finding(path, `uses a \${${name}...} reference, which the collector does not substitute (and logs no error)`, `write \${env:${name}}${extra}`, value),
      ];
    });
  },
};
