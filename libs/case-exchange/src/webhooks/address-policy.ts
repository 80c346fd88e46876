import { networkInterfaces } from 'node:os';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be sent (server-side request forgery guard): only to globally routable unicast
 * addresses, unless the operator's allow-list (SX_WEBHOOK_ALLOWED_NETWORKS) permits more. Refused:
 * other schemes than http(s), URLs with credentials, private (10/8, 172.16/12, 192.168/16), shared
 * (100.64/10), unique-local (fc00::/7), link-local, loopback, documentation, benchmarking and other
 * reserved ranges, unspecified, broadcast, multicast, cloud metadata endpoints, and every address of
 * this very host. An IPv6 address that embeds an IPv4 one (mapped, compatible, IPv4-translated, NAT64
 * 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16, Teredo 2001::/32) is judged by the address it
 * embeds. Checked at registration and again at every send on the addresses DNS gives then, and the
 * connection goes to the address checked (no DNS rebinding).
 */
export type RefusalReason =
  | 'SCHEME' | 'CREDENTIALS' | 'LOOPBACK' | 'LINK_LOCAL' | 'METADATA' | 'UNSPECIFIED' | 'MULTICAST' | 'BROADCAST'
  | 'PRIVATE' | 'SHARED' | 'UNIQUE_LOCAL' | 'RESERVED' | 'NOT_GLOBAL' | 'OWN_HOST' | 'NOT_AN_ADDRESS';

export interface AllowList {
  readonly networks: readonly (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[];
  readonly hosts: ReadonlySet<string>;
}

export const EMPTY_ALLOW_LIST: AllowList = { networks: [], hosts: new Set() };

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata']);
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);
/** The ranges refused by name (ipaddr.js's names); any other range than `unicast` is NOT_GLOBAL. */
const REFUSED_RANGES: Readonly<Record<string, RefusalReason>> = {
  loopback: 'LOOPBACK',
  linkLocal: 'LINK_LOCAL',
  unspecified: 'UNSPECIFIED',
  multicast: 'MULTICAST',
  broadcast: 'BROADCAST',
  private: 'PRIVATE',
  carrierGradeNat: 'SHARED',
  uniqueLocal: 'UNIQUE_LOCAL',
  reserved: 'RESERVED',
  benchmarking: 'RESERVED',
};

/** The IPv4 address an IPv6 one carries, for the forms that embed one; null for the others. */
export function embeddedIPv4(a: ipaddr.IPv6): ipaddr.IPv4 | null {
  const b = a.toByteArray();
  const v4 = (at: number, xor = 0): ipaddr.IPv4 => new ipaddr.IPv4([0, 1, 2, 3].map((i) => ((b[at + i] as number) ^ xor) & 0xff));
  switch (a.range()) {
    case 'rfc6052': // NAT64: 64:ff9b::/96 (last 32 bits) and the local-use 64:ff9b:1::/48 (the /96 form too)
    case 'rfc6145': // IPv4-translated ::ffff:0:a.b.c.d
    case 'ipv4Mapped':
      return v4(12);
    case '6to4': // 2002:AABB:CCDD::/48
      return v4(2);
    case 'teredo': // 2001:0:<server>:<flags>:<port>:<client XOR ffffffff>
      return v4(12, 0xff);
    default:
      // IPv4-compatible ::a.b.c.d (not ::1 nor ::, which are IPv6's own loopback and unspecified)
      return a.range() !== 'loopback' && a.range() !== 'unspecified' && b.slice(0, 12).every((x) => x === 0) ? v4(12) : null;
  }
}

/** Every address of this host's interfaces: a webhook must never call the service's own host. */
export function ownAddresses(): ReadonlySet<string> {
  return new Set(Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => ipaddr.process(i.address.replace(/%.*$/, '')).toString())));
}

/** `10.1.0.0/16, 127.0.0.1, ::1, hooks.internal` → CIDRs (a bare address is /32 or /128) and host names. */
export function parseAllowList(raw: string | undefined): AllowList | { error: string } {
  const networks: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  const hosts = new Set<string>();
  for (const entry of (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    if (ipaddr.isValidCIDR(entry)) networks.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const a = ipaddr.process(entry);
      networks.push([a, a.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(entry)) hosts.add(entry.toLowerCase());
    else return { error: `${entry}: not a CIDR, an address or a host name` };
  }
  return { networks, hosts };
}

const inAllowList = (a: ipaddr.IPv4 | ipaddr.IPv6, allow: AllowList): boolean =>
  allow.networks.some(([net, bits]) => net.kind() === a.kind() && a.match(net as never, bits));

const namedInAllowList = (a: ipaddr.IPv4 | ipaddr.IPv6, allow: AllowList): boolean =>
  allow.networks.some(([net, bits]) => net.kind() === a.kind() && bits === (a.kind() === 'ipv4' ? 32 : 128) && net.toString() === a.toString());

const range = (a: ipaddr.IPv4 | ipaddr.IPv6): string => a.range();

/** Why an address may not be connected to, or null when it may. */
export function refusedAddress(address: string, allow: AllowList = EMPTY_ALLOW_LIST, own: ReadonlySet<string> = ownAddresses()): RefusalReason | null {
  if (!ipaddr.isValid(address.replace(/%.*$/, ''))) return 'NOT_AN_ADDRESS';
  // ::ffff:127.0.0.1 is 127.0.0.1: judged as the IPv4 address it reaches.
  const a = ipaddr.process(address.replace(/%.*$/, ''));
  // The host's own addresses (loopback included) are refused even inside an allowed network: only
  // naming the address itself allows it.
  const loopback = range(a) === 'loopback';
  if ((loopback || own.has(a.toString())) && !namedInAllowList(a, allow)) return loopback ? 'LOOPBACK' : 'OWN_HOST';
  if (inAllowList(a, allow)) return null;
  if (METADATA_ADDRESSES.has(a.toString())) return 'METADATA';
  if (a.kind() === 'ipv6') {
    const inner = embeddedIPv4(a as ipaddr.IPv6);
    if (inner) return refusedAddress(inner.toString(), allow, own);
  }
  return range(a) === 'unicast' ? null : (REFUSED_RANGES[range(a)] ?? 'NOT_GLOBAL');
}

/** The URL's host without IPv6 brackets, lower case. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** Why a webhook URL is refused before any DNS lookup (scheme, credentials, a refused literal address or name), or null. */
export function refusedUrl(raw: string, allow: AllowList = EMPTY_ALLOW_LIST): RefusalReason | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'SCHEME';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'SCHEME';
  if (url.username || url.password) return 'CREDENTIALS';
  const host = hostOf(url);
  if (allow.hosts.has(host)) return null;
  if (METADATA_HOSTS.has(host)) return 'METADATA';
  if (host === 'localhost' || host.endsWith('.localhost')) return refusedAddress('127.0.0.1', allow);
  return ipaddr.isValid(host) ? refusedAddress(host, allow) : null;
}
