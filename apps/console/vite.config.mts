import { defineConfig } from 'vite';

// Served by every service at /console/ (libs/case-exchange/src/console/console-assets.ts): one origin
// with the API, same-origin assets only and no inline script, so a strict CSP holds.
export default defineConfig({
  base: '/console/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
