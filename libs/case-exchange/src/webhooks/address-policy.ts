import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be sent (server-side request forgery guard). Refused unless the operator's
 * allow-list (SX_WEBHOOK_ALLOWED_NETWORKS) permits them: other schemes than http(s), URLs with
 * credentials, and addresses of this host or of the cloud: loopback, link-local (169.254.0.0/16,
 * fe80::/10), cloud metadata endpoints (169.254.169.254, fd00:ec2::254, metadata.google.internal),
 * unspecified, broadcast and multicast. Checked at registration and again at every send on the
 * addresses DNS gives then, and the connection goes to the address checked (no DNS rebinding).
 */
export type RefusalReason = 'SCHEME' | 'CREDENTIALS' | 'LOOPBACK' | 'LINK_LOCAL' | 'METADATA' | 'UNSPECIFIED' | 'MULTICAST' | 'BROADCAST' | 'NOT_AN_ADDRESS';

export interface AllowList {
  readonly networks: readonly (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[];
  readonly hosts: ReadonlySet<string>;
}

export const EMPTY_ALLOW_LIST: AllowList = { networks: [], hosts: new Set() };

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata']);
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);
const REFUSED_RANGES: Readonly<Record<string, RefusalReason>> = {
  loopback: 'LOOPBACK',
  linkLocal: 'LINK_LOCAL',
  unspecified: 'UNSPECIFIED',
  multicast: 'MULTICAST',
  broadcast: 'BROADCAST',
};

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

/** Why an address may not be connected to, or null when it may. */
export function refusedAddress(address: string, allow: AllowList = EMPTY_ALLOW_LIST): RefusalReason | null {
  if (!ipaddr.isValid(address)) return 'NOT_AN_ADDRESS';
  // ::ffff:127.0.0.1 is 127.0.0.1: judged as the IPv4 address it reaches.
  const a = ipaddr.process(address);
  if (inAllowList(a, allow)) return null;
  if (METADATA_ADDRESSES.has(a.toString())) return 'METADATA';
  return REFUSED_RANGES[a.range()] ?? null;
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
