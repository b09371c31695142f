import type { Rule } from "../rule";
import { finding } from "../rule";
import { exporterStrings, PLAIN_REFERENCE } from "./exporter-strings";

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
      return [
        finding(path, `uses \${${m[1]}}, which the collector does not substitute (and logs no error)`, `write \${env:${m[1]}}`, value),
      ];
    });
  },
};
