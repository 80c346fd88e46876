// `npm start` (after infra-up): the five services as child processes on their fixed ports, each
// preloaded with the OTel bootstrap exactly as in production; logs go to .run/<service>.log.
// Ctrl-C / SIGTERM stops them gracefully. Uses @sx/testing's process launcher on purpose: one
// launcher for tests and local runs, so `npm start` exercises what the e2e tests exercise.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { AgencyRegistry, DEFAULT_PORTS } from '@sx/case-exchange';
import { devApiKey } from '@sx/http-kit';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from '@sx/testing';

const RUN_DIR = join(REPO_ROOT, '.run');
const logFile = (service: ServiceName): string => join(RUN_DIR, `${service}.log`);
const agencies = AgencyRegistry.fromJson(JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/agencies/agencies.json'), 'utf8')));

function start(service: ServiceName): Promise<ServiceProcess> {
  writeFileSync(logFile(service), ''); // one run per file, so a failure's log is about this run
  return startServiceProcess({ name: service, entry: `apps/${service}/src/main.ts`, port: DEFAULT_PORTS[service], logFile: logFile(service), readyTimeoutMs: 60_000 });
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => '  ' + r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('   ').trimEnd()).join('\n');
}

function describe(processes: readonly ServiceProcess[]): string {
  const services = table([['service', 'URL', 'API docs', 'console', 'log'], ...processes.map((p) => [p.name, p.baseUrl, `${p.baseUrl}/docs`, `${p.baseUrl}/console/`, `.run/${p.name}.log`])]);
  const keys = table([
    ['agency', 'dev API key (Authorization: Bearer …)', 'acts through'],
    ...agencies.all().map((a) => [a.id, devApiKey(a.id), a.services.join(', ')]),
  ]);
  return `\nSecondment Exchange is running:\n\n${services}\n\n${keys}\n\nTraces: Jaeger's query API on http://127.0.0.1:16686/api/traces (the consoles draw them).\nCtrl-C stops the services (RabbitMQ, FerretDB and Jaeger keep running: npm run infra:down).\n`;
}

async function stopAll(processes: readonly ServiceProcess[]): Promise<boolean> {
  const statuses = await Promise.all(processes.map(async (p) => [p.name, await p.stop(10_000)] as const));
  for (const [name, s] of statuses) process.stdout.write(`  ${name}: ${s.code === 0 ? 'stopped' : `exited (code ${s.code}, signal ${s.signal})`}\n`);
  return statuses.every(([, s]) => s.code === 0);
}

async function main(): Promise<void> {
  const started = Date.now();
  const outcomes = await Promise.allSettled(SERVICE_NAMES.map(start));
  const running = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason instanceof Error ? o.reason.message : String(o.reason)] : []));
  if (failures.length > 0) {
    // The launcher's error already carries the tail of the failed service's output.
    process.stderr.write(`\n${failures.join('\n\n')}\n\nstopping the others…\n`);
    await stopAll(running);
    process.exit(1);
  }
  process.stdout.write(describe(running) + `(ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the services…\n`);
    void stopAll(running).then((clean) => process.exit(clean ? 0 : 1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  process.stderr.write(`run-services failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
