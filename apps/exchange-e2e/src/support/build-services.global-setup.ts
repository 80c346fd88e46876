// Jest globalSetup of the e2e project: the services under test are the built bundles, as in
// `npm start` and the Docker image, so build them first. Nx rebuilds only what changed since the
// last build (a warm build is a cache hit), so a test never runs stale code.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function buildServices(): void {
  execFileSync('bash', ['deploy/scripts/build.sh'], { cwd: resolve(__dirname, '../../../..'), stdio: ['ignore', 'inherit', 'inherit'] });
}
