import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import pino from 'pino';
import { errorMiddleware } from '../errors/error-middleware';
import { agencyAuth } from './agency-auth';
import { devApiKey, devApiKeys } from './agency-keys';
import { tokenVerifier } from './token-auth';

// The edge branches on the credential: a Bearer JWT goes to the token path, anything else is an API key.
let jwks: Server;
let api: Server;
let base: string;
let issuer: string;
let key: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  key = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
  jwks = createServer((_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }))).listen(0, '127.0.0.1');
  await new Promise((ok) => jwks.once('listening', ok));
  issuer = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}`;
  const logger = pino({ level: 'silent' });
  const app = express();
  const tokens = tokenVerifier({ mfa: { issuer, roleClaim: 'roles', roleValues: { preparer: ['preparer'], signatory: ['signatory'] }, nameClaim: 'name', positionClaim: 'position' } }, 'foreign-affairs');
  app.get('/whoami', agencyAuth({ keys: devApiKeys(['mfa']), tokens, logger }), (req, res) => res.json(req.actor));
  app.use(errorMiddleware(logger));
  api = app.listen(0, '127.0.0.1');
  await new Promise((ok) => api.once('listening', ok));
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(() => {
  jwks.close();
  api.close();
});

const who = (credential: string) => fetch(`${base}/whoami`, { headers: { authorization: `Bearer ${credential}` } });

it('a Bearer JWT becomes the official; an API key still becomes the agency system', async () => {
  const token = await new SignJWT({ name: 'Official', roles: ['signatory'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience('foreign-affairs').setSubject('u1').setExpirationTime('5m').sign(key);
  await expect((await who(token)).json()).resolves.toMatchObject({ kind: 'person', agencyId: 'mfa', subject: 'u1', roles: ['signatory'] });
  await expect((await who(devApiKey('mfa'))).json()).resolves.toMatchObject({ kind: 'system', agencyId: 'mfa' });
});

it('a refused token is answered 401 with its code in the error format', async () => {
  const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience('prime-minister').setSubject('u1').setExpirationTime('5m').sign(key);
  const res = await who(token);
  expect(res.status).toBe(401);
  expect(JSON.stringify(await res.json())).toContain('AUTH.TOKEN_WRONG_AUDIENCE');
});
