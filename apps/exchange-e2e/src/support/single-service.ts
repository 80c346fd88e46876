import { join } from 'node:path';
import type { ServiceName } from '@sx/contracts';
import { devApiKey } from '@sx/http-kit';
import { api, startServiceProcess, type ApiClient, type ServiceProcess } from '@sx/testing';
import { deleteRunTopology, dropDatabases } from './cleanup';
import { newRunSettings, serviceEnv, type RunSettings } from './run-settings';

export interface SingleService {
  readonly run: RunSettings;
  readonly url: string;
  api(agencyId?: string): ApiClient;
}

/**
 * One service alone, for tests of its HTTP edge that need no other party: its own topology and
 * database, like `useExchange`, at a fraction of the start-up cost. `env` adds to the e2e defaults.
 */
export function useSingleService(service: ServiceName, env: Readonly<Record<string, string>> = {}): SingleService {
  const run = newRunSettings();
  let process: ServiceProcess | undefined;
  const url = (): string => {
    if (!process) throw new Error(`${service} is not running: use it inside a test, after beforeAll`);
    return process.baseUrl;
  };
  beforeAll(async () => {
    process = await startServiceProcess({
      name: service, entry: `apps/${service}/src/main.ts`, env: serviceEnv(run, service, env), logFile: join(run.dir, `${service}.log`), readyTimeoutMs: 120_000,
    });
  }, 150_000);
  afterAll(async () => {
    await process?.stop();
    await Promise.all([dropDatabases([run.mongoUrls[service]]), deleteRunTopology(run.amqpUrl, run.prefix)]);
  });
  return {
    run,
    get url() { return url(); },
    api: (agencyId) => api(url(), agencyId === undefined ? undefined : devApiKey(agencyId)),
  };
}
