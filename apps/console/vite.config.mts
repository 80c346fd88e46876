import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Served by every service at /console/ (libs/case-exchange/src/console/console-assets.ts): one origin
// with the API, same-origin assets only and no inline script, so a strict CSP holds.
export default defineConfig({
  base: '/console/',
  // The console calls the API only through the generated client (libs/client).
  resolve: { alias: { '@sx/client': fileURLToPath(new URL('../../libs/client/src/index.ts', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
