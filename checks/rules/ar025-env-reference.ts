import type { Finding, Rule } from "../rule";
import { finding } from "../rule";
import { ENV_REFERENCE, exporterStrings, referenceName } from "./exporter-strings";

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
          // The name only: `${env:KEY:-default}` carries a default that may be a credential.
          const name = referenceName(m[1]);
          const exact = name === m[1];
          out.push(
            finding(
              s.path,
              exact
                ? `references \${env:${name}} but ${name} is not one of this exporter's secretKeys, so it would be empty`
                : `references \${env:${name}...} with text after the variable's name (a default?), which would land in the ConfigMap and in Git`,
              exact ? `add ${name} to secretKeys (and give secretName)` : `write \${env:${name}} and add ${name} to secretKeys; deliver the value through the Secret`,
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
