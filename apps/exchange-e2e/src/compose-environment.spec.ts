import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { SERVICE_NAMES } from '@sx/contracts';
import { devApiKey } from '@sx/http-kit';
import { api, getFreePort, REPO_ROOT, startServiceProcess, type ServiceProcess } from '@sx/testing';
import { deleteRunTopology, dropDatabases } from './support/cleanup';
import { composeServices, onThisMachine, type ComposeService } from './support/compose-environment';
import { loadAgencies } from './support/processes';
import { newRunSettings } from './support/run-settings';

// `docker compose up` cannot run here (no Docker engine), so each service is booted with exactly
// the environment docker-compose.yml gives it: the image's ENV, the compose `environment` with a
// freshly generated .env interpolated, compose host names mapped to 127.0.0.1. The only additions
// keep this run private on the shared broker and database: a free PORT, SX_AMQP_PREFIX and
// per-run database names. The runner's own environment (SX_DEV_KEYS above all) is NOT inherited.
describe('docker compose environment', () => {
  const run = newRunSettings();
  const agencies = loadAgencies();
  // `npm run keys:generate`, into this run's directory instead of the repository's .env.
  const envFile = join(run.dir, '.env');
  execFileSync(process.execPath, ['--import', 'tsx', 'deploy/keys/generate-keys.ts', '--out', envFile], { cwd: REPO_ROOT, stdio: 'ignore' });
  const dotenvText = readFileSync(envFile, 'utf8');
  const keyHolders = JSON.parse(parseDotenv(dotenvText)['API_KEYS'] ?? '{}') as Record<string, { agencyId: string; clientId: string }>;
  const apiKeys = Object.fromEntries(Object.entries(keyHolders).map(([key, holder]) => [key, holder.agencyId]));
  const services = composeServices(dotenvText);
  const started: ServiceProcess[] = [];
  const mongoUrls: string[] = [];

  const asHere = async (service: ComposeService): Promise<Record<string, string>> => {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(service.env)) {
      env[name] = onThisMachine(value).replace(/(mongodb:\/\/[^/]+\/)sx-/, `$1sx-e2e-${run.runId}-`);
      if (name.startsWith('MONGO_URL_')) mongoUrls.push(env[name] ?? '');
    }
    return { ...env, HOST: '127.0.0.1', PORT: String(await getFreePort()), SX_AMQP_PREFIX: run.prefix };
  };

  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await Promise.all([dropDatabases(mongoUrls), deleteRunTopology(run.amqpUrl, run.prefix)]);
  });

  it('keys:generate writes a fresh key per agency of the registry, never a derivable one', () => {
    expect(Object.values(apiKeys).sort()).toEqual(agencies.all().map((a) => a.id).sort());
    for (const key of Object.keys(apiKeys)) expect(key).toMatch(/^sx_[a-z0-9-]+_[A-Za-z0-9_-]{43}$/);
    // Each key names the system holding it: records taken with it say who decided.
    for (const holder of Object.values(keyHolders)) expect(holder.clientId).toBe(`${holder.agencyId}-system`);
  });

  it('names the five services, each with its own key and no dev-key switch', () => {
    expect(services.map((s) => s.name).sort()).toEqual([...SERVICE_NAMES].sort());
    for (const s of services) {
      expect(s.env).toMatchObject({ NODE_ENV: 'production', SX_SIGNING_PRIVATE_KEY: expect.stringContaining('PRIVATE KEY'), API_KEYS: expect.any(String) });
      expect(s.env['SX_DEV_KEYS']).toBeUndefined();
    }
    expect(new Set(services.map((s) => s.env['SX_SIGNING_PRIVATE_KEY'])).size).toBe(5);
  });

  it('without the generated .env, compose refuses to start and says what to run', () => {
    expect(() => composeServices('')).toThrow(/npm run keys:generate/);
  });

  it('boots every service to /ready with exactly the compose environment and the generated keys', async () => {
    const outcomes = await Promise.allSettled(
      services.map(async (s) => {
        const env = await asHere(s);
        return startServiceProcess({ name: s.name, entry: s.entry, env, port: Number(env['PORT']), inheritEnv: false, readyTimeoutMs: 180_000 });
      }),
    );
    for (const o of outcomes) if (o.status === 'fulfilled') started.push(o.value);
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
    expect(failures).toEqual([]);
    expect(started).toHaveLength(5);
  }, 240_000);

  it('accepts the generated API keys where their agency is served, 403 AUTH.WRONG_SERVICE elsewhere, and no dev key', async () => {
    const finance = Object.entries(apiKeys).find(([, agency]) => agency === 'ministry-of-finance')?.[0] ?? '';
    const at = (name: string) => started.find((p) => p.name === name)?.baseUrl ?? '';
    expect((await api(at('sending-body'), finance).get('/cases')).status).toBe(200);
    const wrong = await api(at('prime-minister'), finance).get<{ error: { code: string; message: string } }>('/cases');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: 'AUTH.WRONG_SERVICE', message: expect.stringContaining('sending-body') });
    expect((await api(at('sending-body'), devApiKey('ministry-of-finance')).get('/cases')).status).toBe(401);
  });

  it('a service given neither keys nor SX_DEV_KEYS=1 refuses to start, with one line naming the fix', async () => {
    const [first] = services;
    if (!first) throw new Error('no service in docker-compose.yml');
    const env = await asHere(first);
    const keyless = Object.fromEntries(Object.entries(env).filter(([name]) => !['SX_SIGNING_PRIVATE_KEY', 'API_KEYS'].includes(name)));
    await expect(startServiceProcess({ name: `${first.name}-keyless`, entry: first.entry, env: keyless, inheritEnv: false, readyTimeoutMs: 60_000 })).rejects.toThrow(
      /SX_SIGNING_PRIVATE_KEY: missing; no signing key: .*SX_DEV_KEYS=1/,
    );
  }, 120_000);
});
