import { usesAcr } from "../../plan/registry";
import type { Rule } from "../rule";
import { finding } from "../rule";

export const ACR_NAME_PATTERN = /^[a-z0-9]{5,50}$/;

/** Step 4: ACR names are 5-50 lowercase letters or digits, globally unique. */
export const acrName: Rule = {
  id: "AR003",
  severity: "error",
  title: "ACR name missing or invalid",
  guide: "Step 4: ACR_NAME is \"5-50 lowercase alphanumeric chars\" and globally unique",
  waivable: false,
  check(env) {
    if (!usesAcr(env)) return [];
    const name = env.registry.acrName;
    if (name === undefined) {
      return [finding("registry.acrName", `is required with registry.mode: ${env.registry.mode}`, "add registry.acrName: a globally unique name such as tars" + env.name + "acr")];
    }
    if (!ACR_NAME_PATTERN.test(name)) {
      const suggestion = name.toLowerCase().replace(/[^a-z0-9]/g, "");
      return [
        finding(
          "registry.acrName",
          "must be 5-50 lowercase letters or digits",
          ACR_NAME_PATTERN.test(suggestion) ? `use "${suggestion}"` : "use 5-50 lowercase letters or digits, no '-' or '_'",
          name,
        ),
      ];
    }
    return [];
  },
};
