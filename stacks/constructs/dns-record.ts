// Guide: Step 8.1 (the A record). An alias A record in an Azure DNS zone, pointing at the
// gateway's public IP resource, so it follows the address if it changes.
import { DnsARecord } from "../../.gen/providers/azurerm/dns-a-record";
import { Construct } from "constructs";

export interface DnsRecordProps {
  readonly zoneName: string;
  readonly zoneResourceGroup: string;
  /** Full hostname inside the zone. */
  readonly hostname: string;
  readonly ttl: number;
  readonly targetResourceId: string;
}

/** An alias A record: follows the public IP even if its address changes. */
export class DnsRecord extends Construct {
  readonly fqdn: string;

  constructor(scope: Construct, id: string, props: DnsRecordProps) {
    super(scope, id);
    const record = new DnsARecord(this, "Resource", {
      name: recordName(props.hostname, props.zoneName),
      zoneName: props.zoneName,
      resourceGroupName: props.zoneResourceGroup,
      ttl: props.ttl,
      targetResourceId: props.targetResourceId,
    });
    this.fqdn = record.fqdn;
  }
}

/** `proxy.example.com` in zone `example.com` is record `proxy`; the apex is `@`. */
export function recordName(hostname: string, zone: string): string {
  if (hostname === zone) return "@";
  if (!hostname.endsWith(`.${zone}`)) {
    throw new Error(`DnsRecord: hostname "${hostname}" is not inside zone "${zone}"`);
  }
  return hostname.slice(0, -(zone.length + 1));
}
