// `npm start` (after infra-up and the build): the five built services as supervised child processes
// on their fixed ports, each preloaded with the bundled OTel bootstrap exactly as in the Docker
// image; logs go to .run/<service>.log. Reports each service as it comes up (and what it still
// waits for), explains a failure with the service's own log, restarts a crashed service with
// backoff, and ends with the URLs and keys. Ctrl-C / SIGTERM stops them gracefully.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Deep imports on purpose: the launcher needs a registry and a port table, not the services' whole
// library graph (express, mongoose, amqplib) compiled through tsx before anything starts.
import { SERVICE_NAMES, type ServiceName } from '../../libs/contracts/src/common/service-name.schema';
import { AgencyRegistry } from '../../libs/case-exchange/src/agencies/agency-registry';
import { DEFAULT_PORTS } from '../../libs/case-exchange/src/runtime/service-defaults';
import { diagnoseStartup, REPO_ROOT, SupervisedService, type ServiceProcess, type SupervisionEvents } from '@sx/testing';
import { failureReport, StartFailure } from './start/failure-report';
import { describeWait, reachable } from './start/infra-dependencies';
import { launchSettings } from './start/launch-settings';
import { say, seconds } from './start/progress';
import { runningSummary } from './start/summary';

const settings = launchSettings(process.env);
const CANCELLED = 'start cancelled (another service failed)';
const logFile = (service: ServiceName): string => join(REPO_ROOT, '.run', `${service}.log`);
const builtEntry = (service: ServiceName): string => `dist/apps/${service}/main.js`;
const agencies = AgencyRegistry.fromJson(JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/agencies/agencies.json'), 'utf8')));

const events: SupervisionEvents = {
  crashed: (name, status, attempt, delayMs) =>
    say(name, `✗ exited (code ${status.code}, signal ${status.signal}); restart ${attempt} in ${seconds(delayMs)} — see .run/${name}.log`),
  restarted: (process, attempt) => say(process.name, `✓ restarted (restart ${attempt}, pid ${process.pid}), ready again at ${process.baseUrl}`),
  restartFailed: (name, attempt, error, delayMs) =>
    say(name, `✗ restart did not come up (${error.message.split('\n')[0]}); restart ${attempt} in ${seconds(delayMs)}`),
};

function supervisor(service: ServiceName): SupervisedService {
  return new SupervisedService(
    {
      name: service, entry: builtEntry(service), port: DEFAULT_PORTS[service], logFile: logFile(service), readyTimeoutMs: settings.readyTimeoutMs,
      // Dev signing keys are opt-in for a service; a local run is exactly where they belong.
      env: { SX_DEV_KEYS: '1' },
    },
    events,
  );
}

/** Starts one service, reporting its progress; resolves with it, or rejects with a report of why not. */
async function start(service: ServiceName, supervised: SupervisedService, started: number): Promise<ServiceProcess> {
  const port = DEFAULT_PORTS[service];
  if (await reachable({ host: '127.0.0.1', port })) {
    throw new StartFailure(service, `port ${port} is in use by another process (an earlier npm start? \`ss -ltnp 'sport = :${port}'\` shows which)`, 'port in use');
  }
  if (!existsSync(join(REPO_ROOT, builtEntry(service)))) throw new StartFailure(service, `${builtEntry(service)} is missing (npx nx run-many -t build)`, 'the build');
  writeFileSync(logFile(service), ''); // one run per file, so a failure's log is about this run
  say(service, `starting on port ${port}`);
  // Said when what it waits for changes, and again every progress period while it is the same.
  let last = { what: '', at: Date.now() };
  let settled = false;
  const ticker = setInterval(() => {
    const log = readFileSync(logFile(service), 'utf8');
    // A service logs nothing until it has connected to MongoDB: loading its code comes first.
    const loading = log.trim() === '' ? 'loading its code, then waiting for ' : 'waiting for ';
    void describeWait(diagnoseStartup(log).waitingFor, process.env).then((wait) => {
      const what = loading + wait;
      if (settled || (what === last.what && Date.now() - last.at < settings.progressEveryMs)) return;
      last = { what, at: Date.now() };
      say(service, `… ${seconds(Date.now() - started)}, ${what}`);
    });
  }, 1000);
  try {
    const running = await supervised.start();
    say(service, `✓ ready in ${seconds(Date.now() - started)} (pid ${running.pid})`);
    return running;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split('\n')[0] ?? message;
    const headline = /not met within/.test(first) ? `not ready within ${seconds(settings.readyTimeoutMs)} (SX_START_TIMEOUT_S)` : /start cancelled/.test(first) ? CANCELLED : first;
    throw new StartFailure(service, headline);
  } finally {
    settled = true;
    clearInterval(ticker);
  }
}

async function stopAll(supervisors: readonly SupervisedService[]): Promise<boolean> {
  const statuses = await Promise.all(supervisors.map(async (s) => [s.process?.name, await s.stop(10_000)] as const));
  for (const [name, s] of statuses) {
    if (name && s) process.stdout.write(`  ${name}: ${s.code === 0 ? 'stopped' : `exited (code ${s.code}, signal ${s.signal})`}\n`);
  }
  return statuses.every(([, s]) => !s || s.code === 0);
}

async function main(): Promise<void> {
  const started = Date.now();
  const supervisors = SERVICE_NAMES.map((service) => [service, supervisor(service)] as const);
  const starts = supervisors.map(([service, s]) => start(service, s, started));
  let running: ServiceProcess[];
  try {
    running = await Promise.all(starts);
  } catch {
    // Fail fast: the first failure stops the others (a start under way is cancelled), then every
    // failure is reported, the whole log tail of the first service that failed on its own.
    process.stderr.write('\nstopping the others…\n');
    await stopAll(supervisors.map(([, s]) => s));
    const failures = (await Promise.allSettled(starts)).flatMap((o): unknown[] => (o.status === 'rejected' ? [o.reason] : []));
    const own = failures.filter((f) => !(f instanceof StartFailure && f.message.endsWith(CANCELLED)));
    const first = own.find((f) => f instanceof StartFailure && !f.blockedBy);
    const reports = await Promise.all(
      own.map((f) => (f instanceof StartFailure ? failureReport(f, logFile(f.service), process.env, f === first) : Promise.resolve(String(f)))),
    );
    const cancelled = failures.flatMap((f) => (f instanceof StartFailure && f.message.endsWith(CANCELLED) ? [f.service] : []));
    const note = cancelled.length > 0 ? `\n\nnot started to the end, as the above failed: ${cancelled.join(', ')}` : '';
    process.stderr.write(`\n${reports.join('\n\n')}${note}\n`);
    process.exit(1);
  }
  process.stdout.write(runningSummary(running, agencies) + `(all ready in ${seconds(Date.now() - started)}; a service that crashes is restarted and reported here)\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the services…\n`);
    void stopAll(supervisors.map(([, s]) => s)).then((clean) => process.exit(clean ? 0 : 1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  process.stderr.write(`run-services failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
