// Guide: Step 7.1 ("This provisions an Azure Application Gateway (Standard_v2)") and Step 7.3
// (its public IP). The gateway the add-on would create, made a Terraform resource so that its
// public IP, the DNS record and the Proxy URL are known before the -cluster stack runs. The add-on
// is attached to it by ID; AGIC then owns the routing blocks, which Terraform leaves alone.
// docs/azure-behaviours.md, "AGIC rewrites the gateway".
import { ApplicationGateway } from "../../.gen/providers/azurerm/application-gateway";
import { PublicIp } from "../../.gen/providers/azurerm/public-ip";
import { Construct } from "constructs";

/**
 * The blocks AGIC rewrites on every reconcile (application-gateway-kubernetes-ingress,
 * pkg/appgw/configbuilder.go Build and addTags): Terraform writes placeholders once and never
 * reverts what AGIC programs.
 */
export const AGIC_MANAGED_BLOCKS = [
  "backend_address_pool",
  "backend_http_settings",
  "frontend_port",
  "http_listener",
  "probe",
  "redirect_configuration",
  "request_routing_rule",
  "rewrite_rule_set",
  "ssl_certificate",
  "tags",
  "url_path_map",
] as const;

/** Placeholder names, as AGIC names its own defaults (pkg/appgw/internaltypes.go). */
const PLACEHOLDER = {
  frontendIp: "appGatewayFrontendIP",
  frontendPort: "fp-80",
  pool: "defaultaddresspool",
  settings: "defaulthttpsetting",
  listener: "fl-default",
  rule: "rr-default",
} as const;

export interface AppGatewaySku {
  /** `Standard_v2` (what the add-on creates) or `WAF_v2`; AGIC supports only v2 SKUs. */
  readonly name: "Standard_v2" | "WAF_v2";
  /** Fixed instance count. @default 2 */
  readonly capacity?: number;
}

export interface AppGatewayProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** The dedicated App Gateway subnet (Step 7.1 --appgw-subnet-cidr). */
  readonly subnetId: string;
  /** Name of the static Standard public IP of the frontend. */
  readonly publicIpName: string;
  /** Availability zones of the gateway and its IP (the same for both). @default none */
  readonly zones?: readonly string[];
  /** @default { name: "Standard_v2", capacity: 2 } */
  readonly sku?: AppGatewaySku;
  /** A WAF policy (Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies) for `WAF_v2`. @default none */
  readonly firewallPolicyId?: string;
}

export class AppGateway extends Construct {
  readonly resource: ApplicationGateway;
  readonly publicIp: PublicIp;

  constructor(scope: Construct, id: string, props: AppGatewayProps) {
    super(scope, id);
    const sku = props.sku ?? { name: "Standard_v2" };
    if (props.firewallPolicyId && sku.name !== "WAF_v2") {
      throw new Error(`AppGateway ${id}: firewallPolicyId needs sku.name "WAF_v2", got "${sku.name}"`);
    }
    const zones = props.zones?.length ? [...props.zones] : undefined;
    this.publicIp = new PublicIp(this, "PublicIp", {
      name: props.publicIpName,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      allocationMethod: "Static",
      sku: "Standard",
      zones,
    });
    this.resource = new ApplicationGateway(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sku: { name: sku.name, tier: sku.name, capacity: sku.capacity ?? 2 },
      zones,
      firewallPolicyId: props.firewallPolicyId,
      gatewayIpConfiguration: [{ name: "appGatewayIpConfig", subnetId: props.subnetId }],
      frontendIpConfiguration: [{ name: PLACEHOLDER.frontendIp, publicIpAddressId: this.publicIp.id }],
      // Placeholders the provider requires (one of each); AGIC replaces them on its first reconcile.
      frontendPort: [{ name: PLACEHOLDER.frontendPort, port: 80 }],
      backendAddressPool: [{ name: PLACEHOLDER.pool }],
      backendHttpSettings: [
        { name: PLACEHOLDER.settings, cookieBasedAffinity: "Disabled", port: 80, protocol: "Http", requestTimeout: 30 },
      ],
      httpListener: [
        {
          name: PLACEHOLDER.listener,
          frontendIpConfigurationName: PLACEHOLDER.frontendIp,
          frontendPortName: PLACEHOLDER.frontendPort,
          protocol: "Http",
        },
      ],
      requestRoutingRule: [
        {
          name: PLACEHOLDER.rule,
          ruleType: "Basic",
          // Required with a v2 SKU (the provider's documentation of request_routing_rule.priority).
          priority: 19500,
          httpListenerName: PLACEHOLDER.listener,
          backendAddressPoolName: PLACEHOLDER.pool,
          backendHttpSettingsName: PLACEHOLDER.settings,
        },
      ],
      lifecycle: { ignoreChanges: [...AGIC_MANAGED_BLOCKS] },
    });
  }
}
