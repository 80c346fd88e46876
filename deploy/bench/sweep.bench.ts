// The sweeper against a large store: 100,000 cases and 1,000,000 open obligations in the due-date
// index, then one sweep, timed. A program, not a test: it prints figures.
//   BENCH_SWEEP_CASES=100000  BENCH_SWEEP_MARKS_PER_CASE=10
// Each case is a real R3 case after its proposal (one real obligation, the receiver's answer,
// R3 §13); the other marks of a case stand for obligations of other steps, dated later, so the index
// holds cases × marks entries spread over the calendar. The sweep runs on a day on which one day's
// marks came due: its cost follows those, not the million others.
// Figures, as the services run it: the pass (read the index, hand the cases to the workers in
// confirmed messages on the real broker), then the workers recording every missed deadline (one
// worker process here; replicas share the queue), and the same cases swept in-process for comparison.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { AgencyRegistry, caseContextOf, dispatchToWorkers, dueCasesWorker, serviceMessageCatalog, sweepObligations, type CaseView } from '@sx/case-exchange';
import { createMessaging, MessageRouter } from '@sx/messaging';
import { deleteRunTopology } from '../../apps/exchange-e2e/src/support/cleanup';
import { devKeyRing, sealChain } from '@sx/messaging';
import { DUE_CASES_PER_MESSAGE, ObligationsDueNotice } from '../../libs/case-exchange/src/use-cases/sweep-obligations/obligations-due.message';
import { connectMongo, disconnectMongo, type DueMark } from '@sx/persistence';
import { addWorkingDays, legalDate, subtractWorkingDays, type CaseEvent } from '@sx/rules';
import { REPO_ROOT } from '@sx/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intEnv, machine } from './support/stats';
import { advanceCase } from '../../libs/case-exchange/src/case-view/advance-case';
import { newCaseView } from '../../libs/case-exchange/src/case-view/new-case-view';
import { bound } from '../../libs/case-exchange/src/testing/sealed-record';

const parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } } as const;

function submittedOn(caseId: string, on: string): CaseView {
  const view = newCaseView({ caseId, ruleSet: 'R3', reference: '01/bench', parties, candidate: { fullName: 'Bench', position: 'Expert', presidentialAdministrationServant: false } });
  const [record] = sealChain(
    [bound({ caseId, seq: 1, event: { type: 'ProposalSubmitted', actor: 'sender', on, receiverKind: 'central-executive-body' } as CaseEvent, agencyId: 'ministry-of-finance', service: 'sending-body', at: `${on}T05:00:00.000Z` })],
    (s) => devKeyRing(s).signingKey,
  );
  const advanced = advanceCase(view, record as NonNullable<typeof record>, undefined);
  if (!advanced.ok) throw new Error(JSON.stringify(advanced.violations));
  return advanced.view;
}

async function main(): Promise<void> {
  const cases = intEnv('BENCH_SWEEP_CASES', 100_000);
  const perCase = intEnv('BENCH_SWEEP_MARKS_PER_CASE', 10);
  console.log(`sweep bench: ${cases} cases, ${cases * perCase} open obligations in the due-date index`);
  console.log(`  ${machine()}`);
  execFileSync('bash', ['deploy/scripts/infra-up.sh'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  const connection = await connectMongo({ url: 'mongodb://127.0.0.1:27017/', dbName: `sx-bench-sweep-${randomUUID().slice(0, 8)}` });
  try {
    // Submissions on the working days from 5 January 2026, 300 of them: due dates spread over 2026–2027.
    const days: string[] = [];
    for (let d = legalDate('2026-01-05'); days.length < 300; d = addWorkingDays(d, 1)) days.push(d);
    const sweepDay = addWorkingDays(legalDate(days[150] as string), 11); // the day after the answers to day 150's proposals were due
    const agencies = AgencyRegistry.fromJson(JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/agencies/agencies.json'), 'utf8')));
    const ctx = caseContextOf({
      service: 'receiving-body', connection, agencies, keys: devKeyRing('receiving-body'), logger: pino({ level: 'silent' }),
      clock: () => new Date(`${sweepDay}T10:00:00+05:00`), maxFileBytes: 1 << 20,
    });
    await ctx.cases.ensureIndexes();
    const templates = new Map(days.map((d) => [d, submittedOn('template', d)]));

    const t0 = performance.now();
    const snapshots = connection.collection('cases');
    const now = new Date();
    // Marks grouped by due date, so seeding writes each day's index collection in a few large inserts
    // (the services write a step's few marks at a time; the index is the same).
    const marksByDue = new Map<string, DueMark[]>();
    for (let start = 0; start < cases; start += 1000) {
      const docs = [];
      for (let i = start; i < Math.min(cases, start + 1000); i++) {
        const day = days[i % days.length] as string;
        const caseId = `bench-${i}`;
        const state = { ...(templates.get(day) as CaseView), caseId };
        docs.push({ _id: caseId, rev: 1, state, history: [], createdAt: now, updatedAt: now });
        const due = state.nextDue as string;
        const marks = [{ caseId, key: 'R3~receiver-decision', due }];
        for (let k = 1; k < perCase; k++) marks.push({ caseId, key: `bench~later-${k}`, due: addWorkingDays(legalDate(due), k * 12) });
        for (const m of marks) {
          const list = marksByDue.get(m.due);
          if (list) list.push(m);
          else marksByDue.set(m.due, [m]);
        }
      }
      await snapshots.insertMany(docs as never[], { ordered: false });
      if ((start / 1000) % 10 === 0) process.stdout.write(`\r  seeded ${start + docs.length} cases`);
    }
    let indexed = 0;
    let dueDates = 0;
    for (const marks of marksByDue.values()) {
      for (let i = 0; i < marks.length; i += 5000) await ctx.dues.add(marks.slice(i, i + 5000), '2026-01-01');
      indexed += marks.length;
      if (++dueDates % 25 === 0) process.stdout.write(`\r  seeded ${cases} cases, indexed ${indexed} obligations`);
    }
    console.log(`\r  seeded ${cases} cases and ${indexed} obligations (${marksByDue.size} due dates) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const previous = subtractWorkingDays(legalDate(sweepDay), 1);
    await ctx.dues.markSweptThrough(subtractWorkingDays(previous, 1));
    const dueThatDay = (await ctx.dues.dueOn(previous)).length;

    const prefix = `sx-bench-sweep-${randomUUID().slice(0, 8)}`;
    const amqpUrl = 'amqp://127.0.0.1:5672';
    const messaging = await createMessaging({ url: amqpUrl, service: 'receiving-body', keys: devKeyRing('receiving-body'), prefix, catalog: serviceMessageCatalog });
    try {
      let handled = 0;
      let expected = Number.POSITIVE_INFINITY;
      let drained: () => void = () => undefined;
      const allHandled = new Promise<void>((resolve) => (drained = resolve));
      const worker = new MessageRouter().on(ObligationsDueNotice, dueCasesWorker(ctx));
      const s0 = performance.now();
      const found = await sweepObligations(ctx, dispatchToWorkers(ctx, (envelopes) => messaging.publisher.publishAll(envelopes)));
      const sweepMs = performance.now() - s0;
      expected = Math.ceil(found / DUE_CASES_PER_MESSAGE);
      // The workers start once the pass is done, so the pass is timed on its own (in a service they
      // run beside it, on every replica).
      await messaging.consume(async (envelope, delivery) => {
        await worker.handle(envelope, delivery);
        if (++handled >= expected) drained();
      });
      await allHandled;
      const drainMs = performance.now() - s0;
      const recorded = await connection.collection('cases_log').countDocuments({});
      const q0 = performance.now();
      const again = await sweepObligations(ctx, dispatchToWorkers(ctx, (envelopes) => messaging.publisher.publishAll(envelopes)));
      const quietMs = performance.now() - q0;
      console.log('');
      console.log(`  one sweep on ${sweepDay}: ${sweepMs.toFixed(0)} ms — ${dueThatDay} obligations came due on ${previous}; ${found} cases handed to the workers in ${expected} confirmed messages (workers idle meanwhile)`);
      console.log(`  the workers, started then, recorded ${recorded} missed deadlines ${((drainMs - sweepMs) / 1000).toFixed(1)} s later (${((drainMs - sweepMs) / Math.max(1, recorded)).toFixed(1)} ms per case, one worker process)`);
      console.log(`  the next sweep, nothing new due: ${quietMs.toFixed(1)} ms (${again} cases handed over)`);
      console.log(`  never read: the other ${cases * perCase - dueThatDay} obligations and ${cases - found} cases`);
    } finally {
      await messaging.stop();
      await deleteRunTopology(amqpUrl, prefix).catch(() => undefined);
    }
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await disconnectMongo(connection);
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(`sweep bench FAILED: ${(err as Error).message}`);
  process.exit(1);
});
