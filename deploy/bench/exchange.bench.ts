// End-to-end throughput of the exchange: N R3 cases from open to active, C in flight, every step
// through the HTTP API of the party that takes it, the five services as real processes talking over
// RabbitMQ. A program, not a test: it prints figures and asserts nothing about time.
//
// Run: npm run bench:exchange   (tsx deploy/bench/exchange.bench.ts)
//   BENCH_CASES=20        cases to drive to active (timed)
//   BENCH_CONCURRENCY=4   cases in flight at once
//   BENCH_WARMUP=1        untimed cases first (JIT, connections, collections)
//   BENCH_POLL_MS=10      how often the next party's copy is polled: the resolution of the handoff latency
// Infra: it runs deploy/scripts/infra-up.sh first (idempotent: RabbitMQ + FerretDB, or Docker with
// SX_USE_DOCKER=1) and deploy/scripts/build.sh (Nx cache), then starts the services with the e2e harness on a private topology and private
// databases (apps/exchange-e2e/src/support/exchange.ts), and always stops them and drops those again.
// Exit 0 when every case became active at every party, 1 otherwise (with the reason on stderr).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, type ApiClient } from '@sx/testing';
import { caseAt, expectOk, openWithPackage, step, type CaseBody } from '../../apps/exchange-e2e/src/support/case-flows';
import { startExchange, type Exchange } from '../../apps/exchange-e2e/src/support/exchange';
import { intEnv, machine, ms, pool, Samples } from './support/stats';

// Read inside main(), so a bad value ends with the bench's own failure message and exit code 1.
const settings = () => ({
  cases: intEnv('BENCH_CASES', 20),
  concurrency: intEnv('BENCH_CONCURRENCY', 4),
  warmup: process.env['BENCH_WARMUP'] === '0' ? 0 : intEnv('BENCH_WARMUP', 1),
  pollMs: intEnv('BENCH_POLL_MS', 10),
});
const HANDOFF_TIMEOUT_MS = 30_000;
const STEPS_PER_CASE = 6; // submit, agree, request approval, approve, appoint, order
// The clock the R3 e2e spec pins: Wednesday 18 March 2026, so the fixed dates below are valid.
const FIXED_NOW = '2026-03-18T10:00:00+05:00';
const STARTS_ON = '2026-04-01';

interface Parties {
  readonly sender: ApiClient;
  readonly receiver: ApiClient;
  readonly pm: ApiClient;
}

const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

class Bench {
  readonly http = new Samples();
  readonly handoff = new Samples();
  constructor(
    private readonly p: Parties,
    private readonly record: boolean,
    private readonly pollMs: number,
  ) {}

  /** Polls the next party's copy until it holds `steps` steps; the handoff latency is measured from `since`. */
  private async reach(next: ApiClient, caseId: string, steps: number, since: number): Promise<void> {
    for (;;) {
      const res = await next.get<CaseBody>(`/cases/${caseId}`);
      if (res.status === 200 && res.body.steps >= steps) break;
      if (res.status !== 200 && res.status !== 404) throw new Error(`GET /cases/${caseId}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
      if (performance.now() - since > HANDOFF_TIMEOUT_MS) throw new Error(`case ${caseId}: step ${steps} did not reach the next party within ${HANDOFF_TIMEOUT_MS} ms`);
      await sleep(this.pollMs);
    }
    if (this.record) this.handoff.add(performance.now() - since);
  }

  /** One step at one party (HTTP 200 timed), then waits for the next party to see it. */
  private async act(take: () => Promise<CaseBody>, next: ApiClient, caseId: string, steps: number): Promise<CaseBody> {
    const sent = performance.now();
    const body = await take();
    const answered = performance.now();
    if (this.record) this.http.add(answered - sent);
    if (body.steps !== steps) throw new Error(`case ${caseId}: expected ${steps} steps after the step, the service answered ${body.steps}`);
    await this.reach(next, caseId, steps, answered);
    return body;
  }

  /** R3 §12–§17: open → package → submit → agreed → approval requested → approved → appointed → order (active). */
  async runCase(i: number): Promise<string> {
    const { sender, receiver, pm } = this.p;
    const { caseId: id } = await openWithPackage(sender, { receiverId: 'ministry-of-justice', fullName: `Bench Candidate ${i}` });
    await this.act(async () => expectOk(await sender.post<CaseBody>(`/cases/${id}/proposal`, {})), receiver, id, 1);
    await this.act(() => step(receiver, id, { type: 'ProposalAgreed' }), sender, id, 2);
    await this.act(() => step(sender, id, { type: 'ApprovalRequested' }), pm, id, 3);
    await this.act(() => step(pm, id, { type: 'ApprovalGranted' }), receiver, id, 4);
    await this.act(() => step(receiver, id, { type: 'AppointmentDecided', startsOn: STARTS_ON }), sender, id, 5);
    const ordered = await this.act(() => step(sender, id, { type: 'OrderIssued', effectiveFrom: STARTS_ON }), receiver, id, 6);
    if (ordered.status !== 'active') throw new Error(`case ${id}: expected status active after OrderIssued, got ${ordered.status}`);
    return id;
  }
}

/** Every party's copy of every case is active: checked after the clock stops. */
async function verify(p: Parties, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    for (const [name, client] of [['sender', p.sender], ['receiver', p.receiver], ['prime-minister', p.pm]] as const) {
      const copy = await caseAt(client, id, STEPS_PER_CASE);
      if (copy.status !== 'active') throw new Error(`case ${id}: the ${name}'s copy is ${copy.status}, not active`);
    }
  }
}

async function main(): Promise<void> {
  const { cases: CASES, concurrency: CONCURRENCY, warmup: WARMUP, pollMs: POLL_MS } = settings();
  console.log('exchange bench: R3 cases open → active through five service processes over RabbitMQ');
  console.log(`  ${machine()}`);
  console.log(`  N=${CASES} cases, C=${CONCURRENCY} in flight, warmup ${WARMUP}, poll every ${POLL_MS} ms`);
  execFileSync('bash', ['deploy/scripts/infra-up.sh'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  execFileSync('bash', ['deploy/scripts/build.sh'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] }); // the harness runs the bundles

  let exchange: Exchange | undefined;
  const stop = async (): Promise<void> => {
    const running = exchange;
    exchange = undefined;
    await running?.stop();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    const startedAt = performance.now();
    exchange = await startExchange({ env: { SX_FIXED_NOW: FIXED_NOW } });
    console.log(`  services up in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (run ${exchange.run.runId}, logs ${exchange.run.dir})`);
    const parties: Parties = {
      sender: exchange.api('sending-body', 'ministry-of-finance'),
      receiver: exchange.api('receiving-body', 'ministry-of-justice'),
      pm: exchange.api('prime-minister', 'prime-minister'),
    };
    const warm = new Bench(parties, false, POLL_MS);
    await pool(WARMUP, CONCURRENCY, async (i) => void (await warm.runCase(-1 - i)));

    const bench = new Bench(parties, true, POLL_MS);
    const ids: string[] = [];
    const t0 = performance.now();
    await pool(CASES, CONCURRENCY, async (i) => void ids.push(await bench.runCase(i)));
    const wallMs = performance.now() - t0;
    await verify(parties, ids);

    const steps = CASES * STEPS_PER_CASE;
    console.log('');
    console.log(`  wall time             ${ms(wallMs / 1000)} s`);
    console.log(`  cases to active       ${ms((CASES / wallMs) * 60_000)} /min`);
    console.log(`  steps                 ${ms((steps / wallMs) * 1000)} /s   (${steps} steps, ${STEPS_PER_CASE} per case)`);
    const h = bench.handoff;
    console.log(`  handoff latency   p50 ${ms(h.percentile(50))} ms  p95 ${ms(h.percentile(95))} ms  max ${ms(h.max())} ms   (n=${h.count}, ±${POLL_MS} ms polling)`);
    const s = bench.http;
    console.log(`  HTTP step latency p50 ${ms(s.percentile(50))} ms  p95 ${ms(s.percentile(95))} ms  max ${ms(s.max())} ms   (n=${s.count})`);
    console.log(`  verified: all ${CASES} cases active at sender, receiver and prime minister`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nexchange bench FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
