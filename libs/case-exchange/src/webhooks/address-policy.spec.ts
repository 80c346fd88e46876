import { ownAddresses, parseAllowList, refusedAddress, refusedUrl, type AllowList } from './address-policy';

const allow = (raw: string): AllowList => {
  const parsed = parseAllowList(raw);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

describe('the webhook address policy (SSRF guard)', () => {
  it.each([
    ['127.0.0.1', 'LOOPBACK'], ['127.8.9.10', 'LOOPBACK'], ['::1', 'LOOPBACK'], ['::ffff:127.0.0.1', 'LOOPBACK'],
    ['169.254.10.1', 'LINK_LOCAL'], ['fe80::1', 'LINK_LOCAL'],
    ['169.254.169.254', 'METADATA'], ['fd00:ec2::254', 'METADATA'],
    ['0.0.0.0', 'UNSPECIFIED'], ['::', 'UNSPECIFIED'],
    ['224.0.0.1', 'MULTICAST'], ['ff02::1', 'MULTICAST'], ['255.255.255.255', 'BROADCAST'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(refusedAddress(address)).toBe(reason);
  });

  // Issue #20: only globally routable unicast, every IPv4-embedding IPv6 form judged by what it embeds.
  it.each([
    ['10.20.30.40', 'PRIVATE'], ['172.16.5.4', 'PRIVATE'], ['192.168.1.5', 'PRIVATE'], ['100.64.0.1', 'SHARED'],
    ['fd12:3456::1', 'UNIQUE_LOCAL'], ['fc00::1', 'UNIQUE_LOCAL'],
    ['192.0.2.10', 'RESERVED'], ['198.51.100.7', 'RESERVED'], ['203.0.113.9', 'RESERVED'], ['2001:db8::1', 'RESERVED'],
    ['198.18.0.1', 'RESERVED'], ['2001:2::1', 'RESERVED'], ['240.0.0.1', 'RESERVED'],
    ['::ffff:10.0.0.1', 'PRIVATE'], ['::10.0.0.1', 'PRIVATE'], ['::ffff:0:10.0.0.1', 'PRIVATE'],
    ['64:ff9b::10.0.0.1', 'PRIVATE'], ['64:ff9b::7f00:1', 'LOOPBACK'], ['64:ff9b:1::a00:1', 'PRIVATE'],
    ['2002:0a00:0001::1', 'PRIVATE'], ['2002:7f00:0001::1', 'LOOPBACK'], ['2002:a9fe:a9fe::1', 'METADATA'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'PRIVATE'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(refusedAddress(address)).toBe(reason);
  });

  it.each(['93.184.216.34', '2a00:1450:4001::200e', '64:ff9b::5db8:d822', '2002:5db8:d822::1'])('lets the public %s through', (address) => {
    expect(refusedAddress(address)).toBeNull();
  });

  it('refuses every address of the service’s own host, also a public one, and also inside an allowed network unless named itself', () => {
    expect(refusedAddress('93.184.216.34', undefined, new Set(['93.184.216.34']))).toBe('OWN_HOST');
    expect(refusedAddress('93.184.216.34', allow('93.184.0.0/16'), new Set(['93.184.216.34']))).toBe('OWN_HOST');
    expect(refusedAddress('93.184.216.34', allow('93.184.216.34'), new Set(['93.184.216.34']))).toBeNull();
    for (const own of ownAddresses()) expect(refusedAddress(own, allow('0.0.0.0/0, ::/0'))).not.toBeNull();
  });

  it('lets the operator allow a network or an address, and nothing beyond it', () => {
    const list = allow('127.0.0.1, 169.254.0.0/16, fe80::/10');
    expect(refusedAddress('127.0.0.1', list)).toBeNull();
    expect(refusedAddress('127.0.0.2', list)).toBe('LOOPBACK');
    expect(refusedAddress('169.254.169.254', list)).toBeNull();
    expect(refusedAddress('fe80::abcd', list)).toBeNull();
    expect(refusedAddress('::1', list)).toBe('LOOPBACK');
  });

  it('refuses a malformed allow-list entry with its text', () => {
    expect(parseAllowList('10.0.0.0/8, not a host!')).toEqual({ error: 'not a host!: not a CIDR, an address or a host name' });
  });

  it('takes only http(s) URLs without credentials, and refuses literal and named local or metadata hosts', () => {
    expect(refusedUrl('https://hooks.agency.kz/sx')).toBeNull();
    expect(refusedUrl('http://10.1.2.3:8080/in')).toBe('PRIVATE');
    expect(refusedUrl('http://10.1.2.3:8080/in', allow('10.0.0.0/8'))).toBeNull();
    expect(refusedUrl('ftp://hooks.agency.kz/')).toBe('SCHEME');
    expect(refusedUrl('file:///etc/passwd')).toBe('SCHEME');
    expect(refusedUrl('not a url')).toBe('SCHEME');
    expect(refusedUrl('https://user:pw@hooks.agency.kz/')).toBe('CREDENTIALS');
    expect(refusedUrl('http://169.254.169.254/latest/meta-data/')).toBe('METADATA');
    expect(refusedUrl('http://metadata.google.internal/computeMetadata/v1/')).toBe('METADATA');
    expect(refusedUrl('http://[::1]:8080/')).toBe('LOOPBACK');
    expect(refusedUrl('http://localhost:3000/')).toBe('LOOPBACK');
    expect(refusedUrl('http://[fe80::1]/')).toBe('LINK_LOCAL');
    expect(refusedUrl('http://localhost:3000/', allow('127.0.0.1'))).toBeNull();
    expect(refusedUrl('http://metadata.google.internal/', allow('metadata.google.internal'))).toBeNull();
  });
});
