// IPv4 CIDR arithmetic for the network checks. Plain functions over numbers; no dependency.

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  readonly network: number;
  readonly prefix: number;
  /** The text as written. */
  readonly text: string;
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const IP_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function octetsToInt(octets: string[]): number | undefined {
  let value = 0;
  for (const octet of octets) {
    const n = Number(octet);
    if (n > 255 || (octet.length > 1 && octet.startsWith("0"))) return undefined;
    value = value * 256 + n;
  }
  return value;
}

/** Parses an IPv4 address; undefined when it is not one. */
export function parseIp(text: string): number | undefined {
  const m = IP_RE.exec(text);
  return m ? octetsToInt(m.slice(1, 5)) : undefined;
}

/** Parses `a.b.c.d/n`; undefined when malformed. Host bits must be zero. */
export function parseCidr(text: string): Cidr | undefined {
  const m = CIDR_RE.exec(text);
  if (!m) return undefined;
  const address = octetsToInt(m.slice(1, 5));
  const prefix = Number(m[5]);
  if (address === undefined || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) return undefined;
  return { network: address, prefix, text };
}

export function isCidr(text: string): boolean {
  return parseCidr(text) !== undefined;
}

function lastAddress(c: Cidr): number {
  return c.network + 2 ** (32 - c.prefix) - 1;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.network <= lastAddress(b) && b.network <= lastAddress(a);
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.network >= outer.network && lastAddress(inner) <= lastAddress(outer);
}

export function containsIp(outer: Cidr, ip: number): boolean {
  return ip >= outer.network && ip <= lastAddress(outer);
}
