// Start-up of the built services: each alone to /ready from a warm build, its CPU time and idle RSS,
// then all five started at once. A program, not a test: it prints figures and asserts nothing.
// Targets (issue #9): one service < 1.5 s to /ready, idle RSS ≤ 120 MiB, five together < 10 s.
//
// Run: npm run bench:startup   (tsx deploy/bench/startup.bench.ts)
//   BENCH_RUNS=3      starts per service (the median is printed)
//   BENCH_IDLE_S=5    how long a ready service idles before its RSS is read
// Infra and build: it runs deploy/scripts/infra-up.sh and deploy/scripts/build.sh first (both
// idempotent; the build comes from the Nx cache when nothing changed). Services run on a private
// topology and private databases, dropped again at the end. The machine's load average is printed
// with the figures: on a shared machine, wall time follows the load; CPU time much less so.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { REPO_ROOT, startServiceProcess, type ServiceProcess } from '@sx/testing';
import { deleteRunTopology, dropDatabases } from '../../apps/exchange-e2e/src/support/cleanup';
import { newRunSettings, serviceEnv, type RunSettings } from '../../apps/exchange-e2e/src/support/run-settings';
import { intEnv, machine, ms, Samples } from './support/stats';

const MIB = 1024 * 1024;
const CLOCK_TICKS_PER_S = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in these

interface Start {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly process: ServiceProcess;
}

/** User + system CPU time the process has used so far (Linux), in ms. */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
}

function rssBytes(pid: number | undefined): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D/g, '') ?? NaN) * 1024;
}

async function startBuilt(run: RunSettings, service: ServiceName): Promise<Start> {
  const t0 = performance.now();
  const process = await startServiceProcess({
    name: service, entry: `dist/apps/${service}/main.js`, env: serviceEnv(run, service, { SX_DEV_KEYS: '1' }), readyTimeoutMs: 120_000,
  });
  return { wallMs: performance.now() - t0, cpuMs: cpuMs(process.pid), process };
}

const load = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

async function alone(run: RunSettings, runs: number, idleMs: number): Promise<void> {
  console.log('\n  one service alone (median of runs)      to /ready    CPU time   idle RSS   load avg');
  for (const service of SERVICE_NAMES) {
    const wall = new Samples();
    const cpu = new Samples();
    const rss = new Samples();
    for (let i = 0; i < runs; i += 1) {
      const start = await startBuilt(run, service);
      try {
        wall.add(start.wallMs);
        cpu.add(start.cpuMs);
        await sleep(idleMs);
        rss.add(rssBytes(start.process.pid) / MIB);
      } finally {
        await start.process.stop();
      }
    }
    console.log(`  ${service.padEnd(36)} ${ms(wall.percentile(50))} ms ${ms(cpu.percentile(50))} ms ${ms(rss.percentile(50))} MiB   ${load()}`);
  }
}

async function together(run: RunSettings, idleMs: number): Promise<void> {
  const t0 = performance.now();
  const starts = await Promise.allSettled(SERVICE_NAMES.map((s) => startBuilt(run, s)));
  const wallMs = performance.now() - t0;
  const started = starts.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = starts.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    await sleep(idleMs);
    const rss = started.reduce((sum, s) => sum + rssBytes(s.process.pid), 0) / MIB;
    const cpu = started.reduce((sum, s) => sum + s.cpuMs, 0);
    console.log(`\n  all five started at once: every one ready in ${ms(wallMs / 1000)} s   CPU time ${ms(cpu / 1000)} s in all   idle RSS ${ms(rss)} MiB in all   load avg ${load()}`);
  } finally {
    await Promise.all(started.map((s) => s.process.stop()));
  }
}

async function main(): Promise<void> {
  const runs = intEnv('BENCH_RUNS', 3);
  const idleMs = intEnv('BENCH_IDLE_S', 5) * 1000;
  console.log('startup bench: built services (node --require dist/libs/observability/otel.js dist/apps/<service>/main.js)');
  console.log(`  ${machine()} | load avg ${load()} (1, 5, 15 min)`);
  execFileSync('bash', ['deploy/scripts/infra-up.sh'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  execFileSync('bash', ['deploy/scripts/build.sh'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  const run = newRunSettings();
  try {
    await alone(run, runs, idleMs);
    await together(run, idleMs);
  } finally {
    await Promise.allSettled([dropDatabases(Object.values(run.mongoUrls)), deleteRunTopology(run.amqpUrl, run.prefix)]);
  }
}

main().catch((error: unknown) => {
  console.error(`startup bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
