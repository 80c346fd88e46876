import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

/**
 * An identity provider the test controls: it serves its own JWKS (`<issuer>/jwks`) and signs any
 * token the test asks for (expired, role-less, …), which a real provider would never issue. The
 * services trust it for one agency through SX_OIDC_ISSUERS; `stranger()` signs with a key it never
 * publishes (an unknown key, a forged token).
 */
export interface TestIssuer {
  readonly issuer: string;
  /** Signs `claims` (iss, iat and exp one hour ahead unless given) with the published key, or a stranger's. */
  sign(claims: JWTPayload, options?: { key?: 'published' | 'stranger'; kid?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const published = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(published.publicKey)), kid: 'test-1', use: 'sig', alg: 'ES256' };
  const server: Server = createServer((req, res) => {
    if (req.url === '/jwks') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    async sign(claims, options = {}) {
      const key: KeyLike = options.key === 'stranger' ? stranger.privateKey : published.privateKey;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: issuer, iat: now, exp: now + 3600, ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? 'test-1', typ: 'at+jwt' })
        .sign(key);
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** The same token with its header replaced by `{"alg":"none"}` and no signature: an unsigned token. */
export const unsigned = (token: string): string => {
  const [, payload] = token.split('.');
  return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
};

/** The same token with claims changed in its payload, the signature kept: a tampered token. */
export const tampered = (token: string, claims: Record<string, unknown>): string => {
  const [header, payload, signature] = token.split('.');
  const changed = { ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')), ...claims };
  return `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
};
