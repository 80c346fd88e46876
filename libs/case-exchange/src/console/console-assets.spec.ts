import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { REPO_ROOT } from '@sx/testing';
import { AgencyRegistry } from '../agencies/agency-registry';
import { consoleSignIn } from '../runtime/official-tokens';
import { consoleAssets } from './console-assets';

async function serve(dir: string, signIn?: Parameters<typeof consoleAssets>[2]): Promise<{ base: string; close: () => void }> {
  const app = express();
  app.use(consoleAssets('prime-minister', dir, signIn));
  app.use((_req, res) => void res.status(404).json({ error: 'not found' }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('the console at /console/', () => {
  const built = mkdtempSync(join(tmpdir(), 'sx-console-'));
  mkdirSync(join(built, 'assets'));
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(built, 'assets/app-1234.js'), 'export {};');

  it('serves the app at /console/, redirects the bare path there, and says which service this is', async () => {
    const { base, close } = await serve(built);
    try {
      const bare = await fetch(`${base}/console`, { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/console/']);
      const index = await fetch(`${base}/console/`);
      expect([index.status, index.headers.get('cache-control'), await index.text()]).toEqual([200, 'no-cache', '<!doctype html><title>console</title>']);
      expect(await (await fetch(`${base}/console/service.json`)).json()).toEqual({ service: 'prime-minister' });
    } finally {
      close();
    }
  });

  it('says where officials sign in (the providers the token check trusts), and lets the page fetch from them only', async () => {
    const registry = AgencyRegistry.fromJson(JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/agencies/agencies.json'), 'utf8')));
    const signIn = consoleSignIn('prime-minister', registry, { SX_DEV_OIDC_ISSUER: 'http://127.0.0.1:4100' });
    const { base, close } = await serve(built, signIn);
    try {
      expect(await (await fetch(`${base}/console/sign-in.json`)).json()).toEqual({
        // Only the agencies that act through this service: officials of the others could not act here.
        providers: [{ issuer: 'http://127.0.0.1:4100', agencies: ['prime-minister'] }],
        clientId: 'console',
        resource: 'urn:sx:prime-minister',
      });
      expect((await fetch(`${base}/console/`)).headers.get('content-security-policy')).toContain("connect-src 'self' http://127.0.0.1:4100;");
      // Never the dev provider in production: no provider, so no sign-in is offered.
      expect(consoleSignIn('prime-minister', registry, { SX_DEV_OIDC_ISSUER: 'http://127.0.0.1:4100', NODE_ENV: 'production' }).providers).toEqual([]);
    } finally {
      close();
    }
  });

  it('caches hashed assets for good, and leaves unknown paths to the API’s 404', async () => {
    const { base, close } = await serve(built);
    try {
      const asset = await fetch(`${base}/console/assets/app-1234.js`);
      expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
      expect((await fetch(`${base}/console/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${base}/console/assets/..%2f..%2fetc/passwd`)).status).toBe(404);
    } finally {
      close();
    }
  });

  it('answers 503 with what to run while the console is not built', async () => {
    const { base, close } = await serve(join(built, 'nowhere'));
    try {
      const res = await fetch(`${base}/console/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run console:build');
    } finally {
      close();
    }
  });
});
