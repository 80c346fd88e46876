import type { ServiceName } from '@sx/contracts';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Fixed local ports, so a developer's bookmarks and the README's table stay valid across runs. */
export const DEFAULT_PORTS: Readonly<Record<ServiceName, number>> = {
  'sending-body': 3001,
  'receiving-body': 3002,
  'foreign-affairs': 3003,
  'presidential-administration': 3004,
  'prime-minister': 3005,
};

export const DEFAULT_AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';
export const DEFAULT_AGENCIES_FILE = 'deploy/agencies/agencies.json';
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** The local Jaeger that deploy/scripts/jaeger-up.sh starts (docker-compose publishes the same port). */
export const DEFAULT_JAEGER_QUERY_URL = 'http://127.0.0.1:16686';

/** The nearest folder above `from` holding package.json: the repository, or the image's /app. */
export function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/**
 * Relative config paths start here, not at cwd. Found by walking up rather than by a fixed `../..`
 * because this file runs from libs/case-exchange/src/runtime (tsx, tests) and from the bundle in
 * dist/apps/<service> (built services, the Docker image) alike.
 */
export const REPO_ROOT: string = packageRoot(__dirname);

/** `prime-minister` → `PRIME_MINISTER`, the suffix of per-service variables. */
export const envSuffix = (service: ServiceName): string => service.toUpperCase().replace(/-/g, '_');

/** Each service owns its database, so its connection string is named after it (see docker-compose.yml). */
export const mongoUrlVariable = (service: ServiceName): string => `MONGO_URL_${envSuffix(service)}`;

export const defaultMongoUrl = (service: ServiceName): string => `mongodb://127.0.0.1:27017/sx-${service}`;
