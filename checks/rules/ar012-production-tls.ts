import type { Rule } from "../rule";
import { finding } from "../rule";

/** Step 7.3: TLS is required for production. */
export const productionTls: Rule = {
  id: "AR012",
  severity: "error",
  title: "Production without TLS",
  guide: "Step 7.3: \"TLS is required for production\"; Appendix B",
  waivable: true,
  check(env) {
    if (!env.production || env.tls.mode !== "none") return [];
    return [
      finding(
        "tls.mode",
        "is none in a production environment: the data plane would serve API keys over plain HTTP",
        "set tls.mode: cert-manager (Let's Encrypt), byo or key-vault (your certificate), or waive AR012 with the reason",
        "none",
      ),
    ];
  },
};
