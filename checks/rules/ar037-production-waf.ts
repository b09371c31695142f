import { wafSettings } from "../../plan/waf";
import type { Rule } from "../rule";
import { finding } from "../rule";

/** A public AI endpoint attracts scanners; production runs behind the WAF (docs/waf.md). */
export const productionWaf: Rule = {
  id: "AR037",
  severity: "error",
  title: "Production without the web application firewall",
  guide: "Step 7 (the data plane's public endpoint); docs/waf.md",
  waivable: true,
  check(env) {
    if (!env.production || wafSettings(env).enabled) return [];
    return [
      finding(
        "ingress.waf.enabled",
        "is false in a production environment: scanner traffic (/wiki, /invoker/EJBInvokerServlet, ...) reaches the data plane unfiltered",
        "remove ingress.waf.enabled (on by default in production), or waive AR037 with the reason (for example a WAF in front of the gateway)",
        false,
      ),
    ];
  },
};
