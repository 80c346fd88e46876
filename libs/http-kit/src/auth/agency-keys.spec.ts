import { z } from 'zod';
import { apiKeysVariable, devApiKey, devApiKeys } from './agency-keys';

describe('API_KEYS configuration', () => {
  const config = (devDefault?: ReturnType<typeof devApiKeys>) => z.object({ API_KEYS: apiKeysVariable(devDefault) });

  it('reads "key": "agency" and "key": { agencyId, roles }', () => {
    const raw = JSON.stringify({ 'k-aaaaaaaaaaaa': 'mfa', 'k-bbbbbbbbbbbb': { agencyId: 'pa', roles: ['approver'] } });
    expect(config().parse({ API_KEYS: raw }).API_KEYS).toEqual({
      'k-aaaaaaaaaaaa': { agencyId: 'mfa', roles: [] },
      'k-bbbbbbbbbbbb': { agencyId: 'pa', roles: ['approver'] },
    });
  });

  it('reads the client id a key belongs to, named in the records that system takes', () => {
    const raw = JSON.stringify({ 'k-cccccccccccc': { agencyId: 'mfa', clientId: 'mfa-hr-system' } });
    expect(config().parse({ API_KEYS: raw }).API_KEYS).toEqual({ 'k-cccccccccccc': { agencyId: 'mfa', roles: [], clientId: 'mfa-hr-system' } });
    expect(config().safeParse({ API_KEYS: JSON.stringify({ 'k-cccccccccccc': { agencyId: 'mfa', clientId: 'no spaces' } }) }).success).toBe(false);
  });

  it('rejects invalid JSON, short keys and bad agency ids', () => {
    expect(config().safeParse({ API_KEYS: '{nope' }).success).toBe(false);
    expect(config().safeParse({ API_KEYS: '{"short":"mfa"}' }).success).toBe(false);
    expect(config().safeParse({ API_KEYS: '{"k-aaaaaaaaaaaa":"bad id!"}' }).success).toBe(false);
  });

  it('falls back to deterministic dev keys only when a default is given', () => {
    expect(config(devApiKeys(['mfa'])).parse({}).API_KEYS).toEqual({ [devApiKey('mfa')]: { agencyId: 'mfa', roles: [], clientId: 'mfa-dev-system' } });
    expect(devApiKey('mfa')).toBe('dev-key-mfa-0000');
    expect(config().safeParse({}).success).toBe(false);
  });
});
