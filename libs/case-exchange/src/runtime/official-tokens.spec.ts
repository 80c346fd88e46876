import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@sx/testing';
import { AgencyRegistry } from '../agencies/agency-registry';
import { DEV_PLACEHOLDER_ISSUER, officialTokens } from './official-tokens';

const registry = AgencyRegistry.fromJson(JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/agencies/agencies.json'), 'utf8')));
// An unsigned token naming an issuer: the verifier answers whether that issuer is trusted before any key is fetched.
const tokenOf = (iss: string) => `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ iss, sub: 'x' })).toString('base64url')}.c2ln`;
const refusal = (p: Promise<unknown> | undefined) => (p ?? Promise.reject(new Error('no verifier'))).then(() => 'accepted', (e: { code?: string; message?: string }) => e.code ?? e.message);

describe('which providers the services trust (deploy/agencies/agencies.json)', () => {
  it('every agency of the shipped file names its provider; all name the local one by its placeholder issuer', () => {
    expect(registry.all().map((a) => a.identityProvider.issuer)).toEqual(registry.all().map(() => DEV_PLACEHOLDER_ISSUER));
  });

  it('SX_DEV_OIDC_ISSUER replaces the placeholder: tokens of the running local provider are trusted, the placeholder itself no longer', async () => {
    const verify = officialTokens('receiving-body', registry, { SX_DEV_OIDC_ISSUER: 'http://127.0.0.1:45678' });
    expect(await refusal(verify?.(tokenOf(DEV_PLACEHOLDER_ISSUER)))).toBe('AUTH.TOKEN_WRONG_ISSUER');
    // Trusted issuer: the verifier goes on to fetch its keys (nothing listens there: refused, but not for the issuer).
    expect(await refusal(verify?.(tokenOf('http://127.0.0.1:45678')))).not.toBe('AUTH.TOKEN_WRONG_ISSUER');
  });

  it('in production the placeholder is never replaced: agencies still on the local provider have no officials’ tokens, only keys', () => {
    expect(officialTokens('receiving-body', registry, { NODE_ENV: 'production', SX_DEV_OIDC_ISSUER: 'http://127.0.0.1:45678' })).toBeUndefined();
    expect(officialTokens('receiving-body', registry, {})).toBeUndefined();
  });

  it('SX_OIDC_ISSUERS overrides agencies.json agency by agency (an agency connecting its own Keycloak)', async () => {
    const keycloak = 'https://sso.minjust.example/realms/minjust';
    const verify = officialTokens('receiving-body', registry, {
      NODE_ENV: 'production',
      SX_OIDC_ISSUERS: JSON.stringify({ 'ministry-of-justice': { issuer: keycloak, roleClaim: 'realm_access.roles', roleValues: { preparer: ['sx-preparer'], signatory: ['sx-signatory'] } } }),
    });
    expect(await refusal(verify?.(tokenOf(keycloak)))).not.toBe('AUTH.TOKEN_WRONG_ISSUER');
  });
});
