import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import type { ServiceName } from '@sx/contracts';
import { REPO_ROOT } from '../runtime/service-defaults';

/** Where `npm run console:build` (Vite) writes the officials' console. */
export const CONSOLE_DIST: string = join(REPO_ROOT, 'apps/console/dist');

/**
 * The officials' console at `/console/`, same origin as the API it calls, so it needs no CORS and
 * its key never leaves the origin. Static files only: the app signs in with the agency's API key
 * itself. Hashed asset names are cached for good; index.html never, so a rebuild shows at once.
 */
export function consoleAssets(service: ServiceName, dir: string = CONSOLE_DIST): Router {
  const router = Router();
  // Routing is not strict ('/console' matches '/console/'): only the bare path is redirected, so the
  // app's relative asset URLs resolve under /console/.
  router.get('/console', (req, res, next) => (req.originalUrl.split('?')[0] === '/console' ? res.redirect(301, '/console/') : next()));
  // Which service this origin is, so the console offers the approval inbox only where approvals are taken.
  router.get('/console/service.json', (_req, res) => res.json({ service }));
  router.use('/console/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.get('/console/', (_req, res) => {
    if (!existsSync(join(dir, 'index.html'))) {
      res.status(503).type('text/plain').send('The console is not built: run `npm run console:build` (npm start and npm test build it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}
