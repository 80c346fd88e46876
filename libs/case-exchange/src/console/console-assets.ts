import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import type { ServiceName } from '@sx/contracts';
import type { ConsoleSignIn } from '../runtime/official-tokens';
import { REPO_ROOT } from '../runtime/service-defaults';

/** Where `npm run console:build` (Vite) writes the officials' console. */
export const CONSOLE_DIST: string = join(REPO_ROOT, 'apps/console/dist');

/**
 * The document's policy: http-kit's console policy (own origin only) widened by the providers' origins
 * for `connect-src`, as the console fetches their discovery document and token endpoint (PKCE, CORS).
 * Only the document's header governs its fetches, so the assets keep http-kit's narrower one.
 */
export function consoleDocumentPolicy(signIn: ConsoleSignIn): string {
  const providers = [...new Set(signIn.providers.map((p) => new URL(p.issuer).origin))];
  return [
    "default-src 'self'", `connect-src 'self'${providers.map((o) => ` ${o}`).join('')}`, "img-src 'self' data:", "object-src 'none'",
    "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
  ].join(';');
}

const NO_PROVIDERS: ConsoleSignIn = { providers: [], clientId: 'console', resource: '' };

/**
 * The officials' console at `/console/`, same origin as the API it calls, so it needs no CORS.
 * Officials sign in at their agency's provider (Authorization Code + PKCE); `sign-in.json` says which
 * providers and client. Hashed asset names are cached for good; index.html never, so a rebuild shows at once.
 */
export function consoleAssets(service: ServiceName, dir: string = CONSOLE_DIST, signIn: ConsoleSignIn = NO_PROVIDERS): Router {
  const router = Router();
  // Routing is not strict ('/console' matches '/console/'): only the bare path is redirected, so the
  // app's relative asset URLs resolve under /console/.
  router.get('/console', (req, res, next) => (req.originalUrl.split('?')[0] === '/console' ? res.redirect(301, '/console/') : next()));
  // Which service this origin is, so the console offers the approval inbox only where approvals are taken.
  router.get('/console/service.json', (_req, res) => res.json({ service }));
  // Unauthenticated by design: the console asks before anyone is signed in where to sign in.
  router.get('/console/sign-in.json', (_req, res) => res.json(signIn));
  router.use('/console/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.get('/console/', (_req, res) => {
    if (!existsSync(join(dir, 'index.html'))) {
      res.status(503).type('text/plain').send('The console is not built: run `npm run console:build` (npm start and npm test build it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', consoleDocumentPolicy(signIn));
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}
