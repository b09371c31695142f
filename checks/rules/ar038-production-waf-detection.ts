import { wafSettings } from "../../plan/waf";
import type { Rule } from "../rule";
import { finding } from "../rule";

/** Detection only logs; production blocks (docs/waf.md, "Modes"). */
export const productionWafDetection: Rule = {
  id: "AR038",
  severity: "error",
  title: "Production WAF in Detection mode",
  guide: "Step 7 (the data plane's public endpoint); docs/waf.md",
  waivable: true,
  check(env) {
    const waf = wafSettings(env);
    if (!env.production || !waf.enabled || waf.mode !== "Detection") return [];
    return [
      finding(
        "ingress.waf.mode",
        "is Detection in a production environment: the WAF logs attacks and blocks none of them",
        "remove ingress.waf.mode (Prevention by default in production), or waive AR038 with the reason (for example a first week of tuning on real traffic)",
        "Detection",
      ),
    ];
  },
};
