// Guide: Step b.2.1. helm install cert-manager jetstack/cert-manager --namespace cert-manager
// --create-namespace --version v1.18.2 --set crds.enabled=true
import { Release } from "../../.gen/providers/helm/release";
import { Construct } from "constructs";
import { stringifyYaml } from "../../config/fast-yaml";

export const CERT_MANAGER_NAMESPACE = "cert-manager";

export interface CertManagerReleaseProps {
  /** Exact chart version, e.g. v1.18.2. */
  readonly chartVersion: string;
  /**
   * Turn on cert-manager's Gateway API support, so a Gateway's cluster-issuer annotation
   * issues its certificate (AGC mode). @default false
   */
  readonly gatewayApi?: boolean;
}

export class CertManagerRelease extends Construct {
  readonly release: Release;

  constructor(scope: Construct, id: string, props: CertManagerReleaseProps) {
    super(scope, id);
    const values = props.gatewayApi
      ? [
          stringifyYaml({
            config: { apiVersion: "controller.config.cert-manager.io/v1alpha1", kind: "ControllerConfiguration", enableGatewayAPI: true },
          }),
        ]
      : undefined;
    this.release = new Release(this, "Resource", {
      name: "cert-manager",
      repository: "https://charts.jetstack.io",
      chart: "cert-manager",
      version: props.chartVersion,
      namespace: CERT_MANAGER_NAMESPACE,
      createNamespace: true,
      set: [{ name: "crds.enabled", value: "true" }],
      values,
      wait: true,
      timeout: 600,
    });
  }
}
