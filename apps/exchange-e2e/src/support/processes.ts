import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { AgencyRegistry } from '@sx/case-exchange';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from '@sx/testing';
import { serviceEnv, type RunSettings } from './run-settings';

/** A shared, loaded machine may need more: SX_E2E_READY_TIMEOUT_MS (the hooks' timeout follows it). */
export const READY_TIMEOUT_MS = Number(process.env['SX_E2E_READY_TIMEOUT_MS'] ?? 90_000);

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
        entry: `apps/${service}/src/main.ts`,
        env: serviceEnv(run, service, extraEnv),
        logFile: join(run.dir, `${service}.log`),
        // Five tsx processes compiling at once on a small CI machine: be patient.
        readyTimeoutMs: READY_TIMEOUT_MS,
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
