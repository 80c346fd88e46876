import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { AgencyRegistry } from '@sx/case-exchange';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from '@sx/testing';
import { serviceEnv, type RunSettings } from './run-settings';

export const AGENCIES_FILE = join(REPO_ROOT, 'deploy/agencies/agencies.json');

export function loadAgencies(): AgencyRegistry {
  return AgencyRegistry.fromJson(JSON.parse(readFileSync(AGENCIES_FILE, 'utf8')));
}

/**
 * Starts the five in parallel (they do not wait for each other: every service declares the whole
 * topology). If one fails, the others are stopped before the error surfaces, so no process outlives
 * a failed beforeAll.
 */
export async function startAll(run: RunSettings, extraEnv: Readonly<Record<string, string>>): Promise<Record<ServiceName, ServiceProcess>> {
  const outcomes = await Promise.allSettled(
    SERVICE_NAMES.map((service) =>
      startServiceProcess({
        name: service,
        // The bundle (built by the project's globalSetup), as npm start and the image run it.
        entry: `dist/apps/${service}/main.js`,
        env: serviceEnv(run, service, extraEnv),
        logFile: join(run.dir, `${service}.log`),
        // Five processes starting at once on a small, busy CI machine: be patient.
        readyTimeoutMs: 90_000,
      }),
    ),
  );
  const started = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason instanceof Error ? o.reason.message : String(o.reason)] : []));
  if (failures.length > 0) {
    await Promise.all(started.map((p) => p.stop()));
    throw new Error(`the exchange did not start (logs in ${run.dir}):\n${failures.join('\n')}`);
  }
  return Object.fromEntries(started.map((p) => [p.name, p])) as Record<ServiceName, ServiceProcess>;
}
