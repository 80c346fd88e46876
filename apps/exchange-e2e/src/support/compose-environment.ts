import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '@sx/testing';

/** What docker compose would run for one service: its command and its environment, interpolated. */
export interface ComposeService {
  readonly name: string;
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
}

interface ComposeFile {
  readonly services: Readonly<Record<string, { command?: string[]; environment?: Record<string, string | number> }>>;
}

// `${NAME}`, `${NAME:?message}`, `${NAME:-default}`: the interpolation forms compose files use.
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([?-])([^}]*))?\}/g;

export function interpolate(value: string, dotenv: Readonly<Record<string, string>>): string {
  return value.replace(VARIABLE, (_m, name: string, op: string | undefined, arg: string | undefined) => {
    const found = dotenv[name];
    if (found !== undefined && found !== '') return found;
    if (op === '?') throw new Error(`docker compose would refuse to start: ${name}: ${arg ?? 'required'}`);
    return op === '-' ? (arg ?? '') : '';
  });
}

/** The `ENV` of deploy/docker/Dockerfile: what every container has before compose adds its own. */
export function dockerfileEnv(): Record<string, string> {
  const text = readFileSync(join(REPO_ROOT, 'deploy/docker/Dockerfile'), 'utf8');
  const pairs = text.split('\n').filter((l) => l.startsWith('ENV ')).flatMap((l) => l.slice(4).trim().split(/\s+/));
  return Object.fromEntries(pairs.map((p) => p.split('=') as [string, string]));
}

/** The application services of docker-compose.yml (those with a command), with `.env` interpolated. */
export function composeServices(dotenvText: string): ComposeService[] {
  const compose = parseYaml(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
  const dotenv = parseDotenv(dotenvText);
  const image = dockerfileEnv();
  return Object.entries(compose.services)
    .filter(([, s]) => s.command?.[0] !== undefined)
    .map(([name, s]) => ({
      name,
      entry: s.command?.[0] ?? '',
      env: {
        ...image,
        ...Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), dotenv)])),
      },
    }));
}

/** The compose network's host names are this machine's services here. */
export const onThisMachine = (value: string): string => value.replace(/\/\/(?:[^@/]+@)?(mongo|rabbitmq|jaeger)(?=[:/])/g, (m, host: string) => m.replace(host, '127.0.0.1'));
