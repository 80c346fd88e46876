import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { SignJWT } from 'jose';
import pino from 'pino';
import { errorMiddleware } from '../errors/error-middleware';
import { agencyAuth } from './agency-auth';
import { devApiKey, devApiKeys } from './agency-keys';
import { startJwks, type JwksFixture } from './jwks-fixture';
import { tokenVerifier } from './token-auth';

// The edge branches on the credential: a Bearer JWT goes to the token path, anything else is an API key.
let provider: JwksFixture;
let api: Server;
let base: string;

beforeAll(async () => {
  provider = await startJwks();
  const logger = pino({ level: 'silent' });
  const app = express();
  const tokens = tokenVerifier({ mfa: { issuer: provider.issuer, roleClaim: 'roles', roleValues: { preparer: ['preparer'], signatory: ['signatory'] }, nameClaim: 'name', positionClaim: 'position' } }, 'foreign-affairs');
  app.get('/whoami', agencyAuth({ keys: devApiKeys(['mfa']), tokens, logger }), (req, res) => res.json(req.actor));
  app.use(errorMiddleware(logger));
  api = app.listen(0, '127.0.0.1');
  await new Promise((ok) => api.once('listening', ok));
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(async () => {
  api.close();
  await provider.close();
});

const who = (credential: string) => fetch(`${base}/whoami`, { headers: { authorization: `Bearer ${credential}` } });

it('a Bearer JWT becomes the official; an API key still becomes the agency system', async () => {
  const token = await new SignJWT({ name: 'Official', roles: ['signatory'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(provider.issuer).setAudience('foreign-affairs').setSubject('u1').setExpirationTime('5m').sign(provider.signingKey);
  await expect((await who(token)).json()).resolves.toMatchObject({ kind: 'person', agencyId: 'mfa', subject: 'u1', roles: ['signatory'] });
  await expect((await who(devApiKey('mfa'))).json()).resolves.toMatchObject({ kind: 'system', agencyId: 'mfa' });
});

it('a refused token is answered 401 with its code in the error format', async () => {
  const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(provider.issuer).setAudience('prime-minister').setSubject('u1').setExpirationTime('5m').sign(provider.signingKey);
  const res = await who(token);
  expect(res.status).toBe(401);
  expect(JSON.stringify(await res.json())).toContain('AUTH.TOKEN_WRONG_AUDIENCE');
});
