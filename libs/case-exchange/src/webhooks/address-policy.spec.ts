import { parseAllowList, refusedAddress, refusedUrl, type AllowList } from './address-policy';

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

  it.each(['93.184.216.34', '10.20.30.40', '192.168.1.5', '2001:db8::1', '2a00:1450:4001::200e'])('lets %s through', (address) => {
    expect(refusedAddress(address)).toBeNull();
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
    expect(refusedUrl('http://10.1.2.3:8080/in')).toBeNull();
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
