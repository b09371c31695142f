// Pod-level network isolation for the pods the project creates (the collector, tls-sync, the
// kubectl Jobs), each selected by its own labels: never a namespace-wide default-deny, which
// would cut the data plane's own pods (tare's, in the same namespace). A NetworkPolicy is only
// enforced when the cluster runs a network policy engine (docs/azure-behaviours.md, "Network
// policy engines on AKS"); with `cluster.network.policy: none` these objects are inert.
import { k8s } from "cdk8s-plus-33";
import { Construct } from "constructs";

/** The cluster DNS (CoreDNS in kube-system, label k8s-app=kube-dns on AKS). */
const DNS_PEER: k8s.NetworkPolicyPeer = {
  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
  podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
};

/** DNS over UDP and TCP to the cluster DNS only. */
export const DNS_EGRESS: k8s.NetworkPolicyEgressRule = {
  to: [DNS_PEER],
  ports: [
    { protocol: "UDP", port: k8s.IntOrString.fromNumber(53) },
    { protocol: "TCP", port: k8s.IntOrString.fromNumber(53) },
  ],
};

/** TCP to these ports, any destination (exporters and the API server have no fixed in-cluster address). */
export function tcpEgress(ports: readonly number[]): k8s.NetworkPolicyEgressRule {
  return { ports: ports.map((port) => ({ protocol: "TCP", port: k8s.IntOrString.fromNumber(port) })) };
}

/**
 * The API server: TCP 443. The `kubernetes` Service is translated to the API server's own
 * address (public, private endpoint or VNet-integrated) before the policy sees it, and that
 * address is not known here, so the rule names the port only.
 */
export const API_SERVER_EGRESS: k8s.NetworkPolicyEgressRule = tcpEgress([443]);

export interface PodIsolationProps {
  /** Name of the NetworkPolicy (the workload's name). */
  readonly name: string;
  readonly namespace: string;
  /** Labels of exactly the pods to isolate. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Allowed ingress; none: no connection in. */
  readonly ingress?: k8s.NetworkPolicyIngressRule[];
  /** Allowed egress; none: no connection out. */
  readonly egress?: k8s.NetworkPolicyEgressRule[];
}

/** One NetworkPolicy that isolates the selected pods both ways, allowing only what is listed. */
export class PodIsolation extends Construct {
  readonly resource: k8s.KubeNetworkPolicy;

  constructor(scope: Construct, id: string, props: PodIsolationProps) {
    super(scope, id);
    if (!Object.keys(props.podLabels).length) throw new Error(`PodIsolation ${id}: podLabels must not be empty (an empty selector would isolate every pod of ${props.namespace})`);
    this.resource = new k8s.KubeNetworkPolicy(this, "Resource", {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        podSelector: { matchLabels: { ...props.podLabels } },
        policyTypes: ["Ingress", "Egress"],
        ingress: props.ingress ?? [],
        egress: props.egress ?? [],
      },
    });
  }
}
