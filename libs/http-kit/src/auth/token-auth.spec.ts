import { generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { startJwks, type JwksFixture } from './jwks-fixture';
import { tokenVerifier, type TokenVerifier } from './token-auth';

// A real JWKS over HTTP, as an agency's provider serves it; tokens signed with its key or another.
let provider: JwksFixture;
let issuer: string;
let signingKey: KeyLike;
let strangerKey: KeyLike;
let verify: TokenVerifier;

beforeAll(async () => {
  provider = await startJwks();
  ({ issuer, signingKey } = provider);
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  verify = tokenVerifier(
    { 'ministry-of-justice': { issuer, roleClaim: 'roles', roleValues: { preparer: ['sx-preparer'], signatory: ['sx-signatory'] }, nameClaim: 'name', positionClaim: 'position' } },
    'receiving-body',
  );
});
afterAll(() => provider.close());

const token = (claims: Record<string, unknown> = {}, key: KeyLike = signingKey, kid = 'k1') =>
  new SignJWT({ name: 'Aigerim Sultanova', position: 'Executive Secretary', roles: ['sx-signatory'], ...claims })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(String(claims['iss'] ?? issuer))
    .setAudience(String(claims['aud'] ?? 'receiving-body'))
    .setSubject('official-1')
    .setIssuedAt()
    .setExpirationTime((claims['exp'] as number | undefined) ?? '5m')
    .sign(key);

const refusal = (promise: Promise<unknown>) => promise.then(() => 'accepted', (e: { status: number; code: string }) => `${e.status} ${e.code}`);

describe('one provider serving several agencies (the national IdP, the local dev provider)', () => {
  const ROLES = { roleClaim: 'roles', roleValues: { preparer: ['sx-preparer'], signatory: ['sx-signatory'] }, nameClaim: 'name', positionClaim: 'position' };
  const shared = () => tokenVerifier({ 'ministry-of-justice': { issuer, ...ROLES, agencyClaim: 'agency' }, 'kazakh-invest': { issuer, ...ROLES, agencyClaim: 'agency' } }, 'receiving-body');

  it('a token speaks for the agency its agency claim names, whichever agency was configured first or last', async () => {
    await expect(shared()(await token({ agency: 'ministry-of-justice' }))).resolves.toMatchObject({ agencyId: 'ministry-of-justice' });
    await expect(shared()(await token({ agency: 'kazakh-invest' }))).resolves.toMatchObject({ agencyId: 'kazakh-invest' });
  });
  it('a token naming no agency of the issuer, or none at all, is refused 401 AUTH.TOKEN_WRONG_AGENCY', async () => {
    expect(await refusal(shared()(await token({ agency: 'mfa' })))).toBe('401 AUTH.TOKEN_WRONG_AGENCY');
    expect(await refusal(shared()(await token()))).toBe('401 AUTH.TOKEN_WRONG_AGENCY');
  });
  it('a genuine token of an agency served by other services gets 403 AUTH.WRONG_SERVICE, as its API key does', async () => {
    const here = tokenVerifier({ 'ministry-of-justice': { issuer, ...ROLES, agencyClaim: 'agency' }, mfa: { issuer, ...ROLES, agencyClaim: 'agency' } }, 'receiving-body', { mfa: ['foreign-affairs'] });
    expect(await refusal(here(await token({ agency: 'mfa' })))).toBe('403 AUTH.WRONG_SERVICE');
    await expect(here(await token({ agency: 'ministry-of-justice' }))).resolves.toMatchObject({ agencyId: 'ministry-of-justice' });
  });
  it('a provider shared by agencies without an agency claim is refused at start-up: it could not say who speaks', () => {
    expect(() => tokenVerifier({ 'ministry-of-justice': { issuer, ...ROLES }, 'kazakh-invest': { issuer, ...ROLES } }, 'receiving-body')).toThrow(/agencyClaim/);
  });
});

describe('official access tokens', () => {
  it('a valid token of the agency’s issuer becomes a person Actor with its configured roles', async () => {
    await expect(verify(await token())).resolves.toEqual({
      agencyId: 'ministry-of-justice', kind: 'person', issuer, subject: 'official-1', name: 'Aigerim Sultanova', position: 'Executive Secretary', roles: ['signatory'],
    });
  });
  it('an expired token is refused 401 AUTH.TOKEN_EXPIRED', async () => {
    expect(await refusal(verify(await token({ exp: Math.floor(Date.now() / 1000) - 60 })))).toBe('401 AUTH.TOKEN_EXPIRED');
  });
  it('a token for another service is refused 401 AUTH.TOKEN_WRONG_AUDIENCE', async () => {
    expect(await refusal(verify(await token({ aud: 'sending-body' })))).toBe('401 AUTH.TOKEN_WRONG_AUDIENCE');
  });
  it('a token of an unconfigured issuer is refused 401 AUTH.TOKEN_WRONG_ISSUER', async () => {
    expect(await refusal(verify(await token({ iss: 'https://idp.example.org' })))).toBe('401 AUTH.TOKEN_WRONG_ISSUER');
  });
  it('an unsigned (alg: none) or HS256 token is refused 401 AUTH.TOKEN_UNSIGNED', async () => {
    const [, payload] = (await token()).split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expect(await refusal(verify(none))).toBe('401 AUTH.TOKEN_UNSIGNED');
    const hs = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(issuer).setAudience('receiving-body').setSubject('x').setExpirationTime('5m').sign(new TextEncoder().encode('x'.repeat(32)));
    expect(await refusal(verify(hs))).toBe('401 AUTH.TOKEN_UNSIGNED');
  });
  it('a token signed with a key the provider does not publish is refused 401 AUTH.TOKEN_UNKNOWN_KEY', async () => {
    expect(await refusal(verify(await token({}, strangerKey, 'k1')))).toBe('401 AUTH.TOKEN_UNKNOWN_KEY');
    expect(await refusal(verify(await token({}, strangerKey, 'k-other')))).toBe('401 AUTH.TOKEN_UNKNOWN_KEY');
  });
});
