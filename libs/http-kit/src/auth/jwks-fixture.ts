import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';

export interface JwksFixture {
  /** The provider's address: the `iss` of its tokens, and where its JWKS is served. */
  readonly issuer: string;
  /** The key whose public half the JWKS publishes (kid `k1`). */
  readonly signingKey: KeyLike;
  readonly close: () => Promise<void>;
}

/** A real JWKS over HTTP, as an agency's provider serves it, for the token tests (never a mocked check). */
export async function startJwks(): Promise<JwksFixture> {
  const pair = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    signingKey: pair.privateKey,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
