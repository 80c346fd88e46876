import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { AgencyRegistry } from '@sx/case-exchange';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from '@sx/testing';
import { serviceEnv, type RunSettings } from './run-settings';

/** A shared, loaded machine may need more: SX_E2E_READY_TIMEOUT_MS (the hooks' timeout follows it). */
export const READY_TIMEOUT_MS = Number(process.env['SX_E2E_READY_TIMEOUT_MS'] ?? 180_000);

export const AGENCIES_FILE = join(REPO_ROOT, 'deploy/agencies/agencies.json');

export function loadAgencies(): AgencyRegistry {
  return AgencyRegistry.fromJson(JSON.parse(readFileSync(AGENCIES_FILE, 'utf8')));
}

/**
 * Starts the five in parallel (they do not wait for each other: every service declares the whole
 * topology). If one fails, the others are stopped before the error surfaces, so no process outlives
 * a failed beforeAll.
 */
export async function startAll(
  run: RunSettings,
  extraEnv: Readonly<Record<string, string>>,
  replicas: Partial<Record<ServiceName, number>> = {},
): Promise<Record<ServiceName, ServiceProcess[]>> {
  const instances = SERVICE_NAMES.flatMap((service) => Array.from({ length: replicas[service] ?? 1 }, (_, i) => ({ service, i })));
  const outcomes = await Promise.allSettled(
    instances.map(({ service, i }) => startReplica(run, service, i, extraEnv)),
  );
  const started = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason instanceof Error ? o.reason.message : String(o.reason)] : []));
  if (failures.length > 0) {
    await Promise.all(started.map((p) => p.stop()));
    throw new Error(`the exchange did not start (logs in ${run.dir}):\n${failures.join('\n')}`);
  }
  return Object.fromEntries(SERVICE_NAMES.map((s) => [s, started.filter((p) => p.name === s || p.name.startsWith(`${s}#`))])) as Record<ServiceName, ServiceProcess[]>;
}

/** One process of a service; replicas share its database and its inbox, as in a scaled deployment. */
export function startReplica(run: RunSettings, service: ServiceName, index: number, extraEnv: Readonly<Record<string, string>>): Promise<ServiceProcess> {
  const name = index === 0 ? service : `${service}#${index}`;
  return startServiceProcess({
    name,
    // The bundle (built by the project's globalSetup), as npm start and the image run it.
    entry: `dist/apps/${service}/main.js`,
    env: serviceEnv(run, service, extraEnv),
    logFile: join(run.dir, `${name}.log`),
    // Several processes starting at once on a small, busy CI machine: be patient.
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
}
