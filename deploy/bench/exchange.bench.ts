// The exchange against its raw floor. A program, not a test: it prints figures and asserts nothing
// about time. In one run, on this machine:
//   1. the floor: bare amqplib confirm-publish → consume → one insert of a document of a case's real
//      size into the same FerretDB (no code of ours in between);
//   2. the handoff: R3 cases, one at a time, every step through the acting party's HTTP API; the
//      handoff runs from the start of the acting request (so it includes the decision, the append
//      and the publish, as the floor includes its publish) to the instant the next party's service
//      logged that it applied the step (its own log line: the bench adds no polling load), as a
//      ratio to (1);
//   3. database round trips per step per service: the driver's command monitoring (/metrics) over the
//      log entries every service appended (a step taken or received, or a local change of a case);
//   4. lifecycles per second (open → active, 6 steps) with 4 and with 32 cases in flight.
// The services trace as deployed: every span batched over OTLP to the collector (the local Jaeger).
//
// Run: npm run bench:exchange
//   BENCH_LATENCY_CASES=30  BENCH_FLOOR_N=200  BENCH_CASES_4=16  BENCH_CASES_32=64
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ServiceName } from '@sx/contracts';
import { REPO_ROOT } from '@sx/testing';
import type { PartyApi } from '../../apps/exchange-e2e/src/support/party-api';
import { expectOk, openWithPackage, step, type CaseBody } from '../../apps/exchange-e2e/src/support/case-flows';
import { startExchange, type Exchange } from '../../apps/exchange-e2e/src/support/exchange';
import { JAEGER_OTLP_URL } from '../../apps/exchange-e2e/src/support/jaeger';
import { cpuByProcess, formatCpu } from './support/cpu-by-process';
import { LogWatch } from './support/log-watch';
import { measureRawFloor } from './support/raw-floor';
import { intEnv, machine, ms, pool, Samples } from './support/stats';

// The JSON counters at /metrics answer only the operator token (random per run).
const OPERATOR_TOKEN = randomBytes(24).toString('base64url');

const FIXED_NOW = '2026-03-18T10:00:00+05:00';
const STARTS_ON = '2026-04-01';
const STEPS_PER_CASE = 6;
const SERVICES: readonly ServiceName[] = ['sending-body', 'receiving-body', 'foreign-affairs', 'presidential-administration', 'prime-minister'];

interface Party {
  readonly api: PartyApi;
  readonly service: ServiceName;
}

class Driver {
  readonly handoff = new Samples();
  readonly http = new Samples();
  steps = 0;
  constructor(private readonly x: Exchange, private readonly watch: LogWatch, private readonly record: boolean) {}

  private party(service: ServiceName, agency: string): Party {
    return { api: this.x.api(service, agency), service };
  }

  /** One step at one party, then the next party's service applying it. */
  private async act(take: () => Promise<CaseBody>, next: Party, caseId: string, seq: number): Promise<CaseBody> {
    // The handoff starts with the acting request, as the floor starts before its publish: both include the same work.
    const startedAt = Date.now();
    const sent = performance.now();
    const body = await take();
    if (this.record) this.http.add(performance.now() - sent);
    this.steps++;
    const applied = await this.watch.applied$(next.service, caseId, seq);
    if (this.record) this.handoff.add(Math.max(0, applied.at - startedAt));
    return body;
  }

  /** R3 §12–§17: submit → agree → request approval → approve → appoint → order (active). */
  async lifecycle(i: number): Promise<void> {
    const sender = this.party('sending-body', 'ministry-of-finance');
    const receiver = this.party('receiving-body', 'ministry-of-justice');
    const pm = this.party('prime-minister', 'prime-minister');
    const { caseId: id } = await openWithPackage(sender.api, { receiverId: 'ministry-of-justice', fullName: `Bench Candidate ${i}` });
    await this.act(async () => expectOk(await sender.api.post<CaseBody>(`/cases/${id}/proposal`, {})), receiver, id, 1);
    await this.act(() => step(receiver.api, id, { type: 'ProposalAgreed' }), sender, id, 2);
    await this.act(() => step(sender.api, id, { type: 'ApprovalRequested' }), pm, id, 3);
    await this.act(() => step(pm.api, id, { type: 'ApprovalGranted' }), receiver, id, 4);
    await this.act(() => step(receiver.api, id, { type: 'AppointmentDecided', startsOn: STARTS_ON }), sender, id, 5);
    const ordered = await this.act(() => step(sender.api, id, { type: 'OrderIssued', effectiveFrom: STARTS_ON }), receiver, id, 6);
    if (ordered.status !== 'active') throw new Error(`case ${id}: expected active after OrderIssued, got ${ordered.status}`);
  }
}

interface CommandCounts {
  readonly total: number;
  readonly byCommand: Record<string, number>;
  /** Case log entries appended: every step and every local change, at every service. */
  readonly appends: number;
}

/** Every service's database commands so far, summed, by command name, and the log entries they wrote. */
async function dbCommands(x: Exchange): Promise<CommandCounts> {
  const byCommand: Record<string, number> = {};
  let appends = 0;
  for (const s of SERVICES) {
    const m = expectOk(await x.apiWithKey(s, OPERATOR_TOKEN).get<{ dbCommands: Omit<CommandCounts, 'appends'>; caseLogAppends: number }>('/metrics'));
    for (const [name, n] of Object.entries(m.dbCommands.byCommand)) byCommand[name] = (byCommand[name] ?? 0) + n;
    appends += m.caseLogAppends;
  }
  return { total: Object.values(byCommand).reduce((a, b) => a + b, 0), byCommand, appends };
}

const perCommand = (after: CommandCounts, before: CommandCounts, applications: number): string =>
  Object.entries(after.byCommand)
    .map(([name, n]) => [name, (n - (before.byCommand[name] ?? 0)) / applications] as const)
    .filter(([, per]) => per > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([name, per]) => `${name} ${per.toFixed(2)}`)
    .join(', ');

async function throughput(x: Exchange, watch: LogWatch, cases: number, inFlight: number): Promise<number> {
  const d = new Driver(x, watch, false);
  const t0 = performance.now();
  await pool(cases, inFlight, (i) => d.lifecycle(i));
  return cases / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  // 30 cases (180 handoffs): the p50 of 60 moved by ±0.05× of the floor from run to run on the same commit.
  const latencyCases = intEnv('BENCH_LATENCY_CASES', 30);
  const floorN = intEnv('BENCH_FLOOR_N', 200);
  const cases4 = intEnv('BENCH_CASES_4', 16);
  const cases32 = intEnv('BENCH_CASES_32', 64);
  console.log('exchange bench: R3 lifecycles through five service processes, against the bare broker and store');
  console.log(`  ${machine()}`);
  execFileSync('bash', ['deploy/scripts/infra-up.sh'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  execFileSync('bash', ['deploy/scripts/build.sh'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] }); // the harness runs the bundles

  let x: Exchange | undefined;
  let watch: LogWatch | undefined;
  process.once('SIGINT', () => void x?.stop().finally(() => process.exit(130)));
  try {
    // Telemetry as deployed: spans batched to the collector over OTLP (the local Jaeger), not the
    // e2e harness's file written span by span on the hot path.
    const telemetry = { SX_OTEL_FILE: '', OTEL_EXPORTER_OTLP_ENDPOINT: JAEGER_OTLP_URL };
    x = await startExchange({ env: { SX_FIXED_NOW: FIXED_NOW, LOG_LEVEL: 'info', SX_OPERATOR_TOKEN: OPERATOR_TOKEN, ...telemetry } });
    watch = new LogWatch(SERVICES.map((s) => (x as Exchange).process(s)));
    watch.start();
    const warm = new Driver(x, watch, false);
    await warm.lifecycle(-1);
    const sample = expectOk(await x.api('receiving-body', 'ministry-of-justice').get<CaseBody>('/cases?limit=1'));
    const docBytes = Buffer.byteLength(JSON.stringify(sample));

    const floor = await measureRawFloor(x.run.amqpUrl, x.run.mongoUrls['sending-body'].replace(/\/[^/]*$/, '/'), docBytes, floorN);

    const before = await dbCommands(x);
    const d = new Driver(x, watch, true);
    for (let i = 0; i < latencyCases; i++) await d.lifecycle(i);
    const after = await dbCommands(x);
    const commands = after.total - before.total;
    // Every change a service appends to a case's log: a step taken or received, and the local changes
    // before the proposal (opening the case, each document), which cost round trips too.
    const applications = after.appends - before.appends;

    const at4 = await throughput(x, watch, cases4, 4);
    const cpu = cpuByProcess();
    const at32 = await throughput(x, watch, cases32, 32);
    const cpu32 = cpu.stop();

    const p50 = d.handoff.percentile(50);
    const p95 = d.handoff.percentile(95);
    console.log('');
    console.log(`  raw floor (publish → consume → insert ${docBytes} B)  p50 ${ms(floor.percentile(50))} ms  p95 ${ms(floor.percentile(95))} ms   (n=${floor.count})`);
    console.log(`  handoff (request start → next party applied)  p50 ${ms(p50)} ms  p95 ${ms(p95)} ms   (n=${d.handoff.count})`);
    console.log(`  handoff / floor                               p50 ${(p50 / floor.percentile(50)).toFixed(2)}×  p95 ${(p95 / floor.percentile(95)).toFixed(2)}×`);
    console.log(`  HTTP step latency                             p50 ${ms(d.http.percentile(50))} ms  p95 ${ms(d.http.percentile(95))} ms`);
    console.log(`  database round trips per step per service     ${(commands / applications).toFixed(2)}   (${commands} commands / ${applications} log entries appended across services, for ${STEPS_PER_CASE * latencyCases} steps and their cases' preparation; background sweeps and relay checks included)`);
    console.log(`    by command: ${perCommand(after, before, applications)}`);
    console.log(`  lifecycles per second, 4 in flight            ${at4.toFixed(2)} /s   (${cases4} cases)`);
    console.log(`  lifecycles per second, 32 in flight           ${at32.toFixed(2)} /s   (${cases32} cases)`);
    console.log(`    where the CPU went at 32 in flight: ${formatCpu(cpu32, cases32, 'lifecycle')}`);
  } finally {
    watch?.stop();
    await x?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nexchange bench FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
