// Guide: Appendix A, step 5: install the ALB controller via Helm
// (oci://mcr.microsoft.com/application-lb/charts/alb-controller), with the identity's client id.
import { Release } from "../../.gen/providers/helm/release";
import { Construct } from "constructs";

export interface AlbControllerReleaseProps {
  readonly chartVersion: string;
  /** Namespace of the controller (and of the Helm release). */
  readonly namespace: string;
  /** Client id of the federated user-assigned identity. */
  readonly clientId: string;
  readonly installGatewayApiCrds: boolean;
}

export class AlbControllerRelease extends Construct {
  readonly release: Release;

  constructor(scope: Construct, id: string, props: AlbControllerReleaseProps) {
    super(scope, id);
    this.release = new Release(this, "Resource", {
      name: "alb-controller",
      repository: "oci://mcr.microsoft.com/application-lb/charts",
      chart: "alb-controller",
      version: props.chartVersion,
      namespace: props.namespace,
      createNamespace: true,
      set: [
        { name: "albController.namespace", value: props.namespace },
        { name: "albController.podIdentity.clientID", value: props.clientId },
        { name: "albController.installGatewayApiCRDs", value: String(props.installGatewayApiCrds) },
      ],
      wait: true,
      timeout: 600,
    });
  }
}
