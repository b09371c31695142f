// What goes into the cluster before `tare install` besides Secrets: cert-manager (B.2.1) and the
// ALB controller (Appendix A).
import { AlbControllerRelease } from "../constructs/alb-controller-release";
import { CertManagerRelease } from "../constructs/cert-manager-release";
import type { ClusterSite } from "./site";

/** Guide: B.2.1, `tls.mode: cert-manager`, with the Gateway API solver on AGC. */
export function certManager({ stack, plan }: ClusterSite): void {
  if (plan.tls.mode !== "cert-manager") return;
  new CertManagerRelease(stack, "CertManager", { chartVersion: plan.tls.certManager.chartVersion, gatewayApi: plan.ingress.mode === "agc" });
}

/** Guide: Appendix A, the ALB controller, with the identity the `-azure` stack federates. */
export function albController({ stack, plan, azure }: ClusterSite): void {
  const ingress = plan.ingress;
  if (ingress.mode !== "agc" || !azure.albIdentity) return;
  new AlbControllerRelease(stack, "AlbController", {
    chartVersion: ingress.albControllerChartVersion,
    namespace: ingress.controllerNamespace,
    clientId: azure.albIdentity.clientId,
    installGatewayApiCrds: ingress.installGatewayApiCrds,
  });
}
