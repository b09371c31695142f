import type { Finding, Rule } from "../rule";
import { finding } from "../rule";
import { ENV_REFERENCE, exporterStrings } from "./exporter-strings";

/** A `${env:KEY}` the collector has no variable for would be substituted with an empty string. */
export const envReference: Rule = {
  id: "AR025",
  severity: "error",
  title: "Reference to an environment variable the collector does not have",
  guide: "Appendix C: kubectl set env deploy/otel-collector --from secret/otel-azure-creds (the variable must be injected)",
  waivable: false,
  check(env) {
    const out: Finding[] = [];
    for (const s of exporterStrings(env)) {
      for (const m of s.value.matchAll(ENV_REFERENCE)) {
        if (!s.secretKeys.includes(m[1])) {
          out.push(
            finding(
              s.path,
              `references \${env:${m[1]}} but ${m[1]} is not one of this exporter's secretKeys, so it would be empty`,
              `add ${m[1]} to secretKeys (and give secretName)`,
              s.value,
            ),
          );
        }
      }
    }
    env.observability.exporters.otlpHttp.forEach((o, i) => {
      if (o.secretKeys.length && !o.secretName) {
        out.push(finding(`observability.exporters.otlpHttp[${i}].secretName`, "is required when secretKeys are listed", `add secretName, e.g. otel-${o.name}-creds`));
      }
    });
    return out;
  },
};
