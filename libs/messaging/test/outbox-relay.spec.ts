// Integration: real RabbitMQ + FerretDB. A writer appends an entry with its messages to a case log;
// the relay publishes them (fast path at once, slow path from the store), then forgets them.
import type { Connection } from 'mongoose';
import { z } from 'zod';
import { createCatalog, createEnvelope, defineMessage, type Envelope } from '@sx/contracts';
import { CaseLogStore, connectMongo, disconnectMongo } from '@sx/persistence';
import { createMessaging, devKeyRing, OutboxRelay, type Messaging, type OutboxStore } from '../src';
import { AMQP_URL, eventually, MONGO_URL, proposal, rawBroker, uniquePrefix } from './test-support';

jest.setTimeout(30_000);

const State = z.object({ status: z.enum(['draft', 'submitted']) });

describe('case log → relay → receiver (RabbitMQ + FerretDB)', () => {
  const prefix = uniquePrefix('outbox');
  const seed = `seed-${prefix}`;
  let db: Connection;
  let sender: Messaging;
  let receiver: Messaging;
  let raw: Awaited<ReturnType<typeof rawBroker>>;
  let cases: CaseLogStore<z.infer<typeof State>>;
  const deliveries: string[] = [];

  beforeAll(async () => {
    raw = await rawBroker();
    db = await connectMongo({ url: MONGO_URL, dbName: `sxt_relay_${process.pid}_${Date.now()}` });
    cases = new CaseLogStore(db, { collection: 'cases', stateSchema: State });
    await cases.ensureIndexes();
    sender = await createMessaging({ url: AMQP_URL, service: 'sending-body', keys: devKeyRing('sending-body', seed), prefix });
    receiver = await createMessaging({ url: AMQP_URL, service: 'receiving-body', keys: devKeyRing('receiving-body', seed), prefix });
    await receiver.consume(async (envelope) => void deliveries.push(envelope.messageId));
  });

  afterAll(async () => {
    await receiver?.stop();
    await sender?.stop();
    await raw?.cleanup(prefix);
    await db?.dropDatabase();
    if (db) await disconnectMongo(db);
  });

  /** A draft, then its submission with one message: the message is committed with the entry. */
  async function submit(): Promise<Envelope> {
    const env = proposal();
    const opened = await cases.append(env.caseId, null, [{ state: { status: 'draft' }, history: [] }]);
    if (!opened.ok) throw new Error('open failed');
    const submitted = await cases.append(env.caseId, opened.snapshot, [{ state: { status: 'submitted' }, history: [], step: 1, messages: [env] }]);
    expect(submitted.ok).toBe(true);
    return env;
  }

  it('of 20 writers appending the same revision exactly one succeeds; the others get the winner back', async () => {
    const env = proposal();
    const opened = await cases.append(env.caseId, null, [{ state: { status: 'draft' }, history: [] }]);
    if (!opened.ok) throw new Error('open failed');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cases.append(env.caseId, opened.snapshot, [{ state: { status: 'submitted' }, history: [{ at: 'x', event: `writer-${i}` }], step: 1 }])),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = winners[0]?.ok ? winners[0].entries[0]?.history[0]?.event : undefined;
    for (const lost of results.filter((r) => !r.ok)) {
      expect(lost.snapshot.rev).toBe(2);
      if (!lost.ok) expect(lost.winners.map((w) => w.history[0]?.event)).toEqual([winner]);
    }
    const log = await cases.readLog(env.caseId);
    expect(log.map((e) => e.rev)).toEqual([1, 2]);
    expect((await cases.findCurrent(env.caseId))?.history.map((h) => h.event)).toEqual([winner]);
  });

  it('the fast path publishes what a write committed at once, then forgets its pointer', async () => {
    const relay = sender.createRelay([cases], { intervalMs: 60_000 });
    cases.onCommitted((pending) => relay.enqueue(cases, pending));
    relay.start();
    const env = await submit();
    await eventually(async () => deliveries.includes(env.messageId));
    await eventually(async () => (await cases.findPendingOutbox(100)).every((p) => p.caseId !== env.caseId));
    await relay.stop();
  });

  it('the slow path finds what no fast path took (a crash, a broker outage) and publishes it without a restart', async () => {
    const env = await submit(); // the relay of the previous test is stopped: nothing takes the fast path
    expect((await cases.findPendingOutbox(100)).map((p) => p.caseId)).toContain(env.caseId);
    const relay = sender.createRelay([cases], { intervalMs: 100 });
    relay.start();
    await eventually(async () => deliveries.includes(env.messageId));
    await eventually(async () => (await cases.findPendingOutbox(100)).every((p) => p.caseId !== env.caseId));
    await relay.stop();
  });

  it('the slow path leaves a change younger than its grace to the fast path that is on it (no second publish)', async () => {
    const env = await submit();
    expect(await new OutboxRelay({ stores: [cases], publisher: sender.publisher, graceMs: 60_000 }).runOnce()).toBe(0);
    expect((await cases.findPendingOutbox(100)).map((p) => p.caseId)).toContain(env.caseId);
    expect(deliveries).not.toContain(env.messageId);
    const relay = new OutboxRelay({ stores: [cases], publisher: sender.publisher, graceMs: 0 });
    expect(await relay.runOnce()).toBeGreaterThanOrEqual(1);
    await relay.stop();
    await eventually(async () => deliveries.includes(env.messageId));
  });

  it('a crash between the confirm and forgetting the pointer means one more publish, never a lost message', async () => {
    const env = await submit();
    const crashing: OutboxStore = {
      name: 'crashing',
      findPendingOutbox: (limit) => cases.findPendingOutbox(limit),
      markPublished: async () => {
        throw new Error('process killed before the pointer was removed');
      },
    };
    const crashed = new OutboxRelay({ stores: [crashing], publisher: sender.publisher, graceMs: 0 });
    expect(await crashed.runOnce()).toBe(1);
    await crashed.stop(); // drops the confirmed pointers: this store fails to
    await eventually(async () => deliveries.includes(env.messageId));
    expect((await cases.findPendingOutbox(100)).map((p) => p.caseId)).toContain(env.caseId);

    const next = new OutboxRelay({ stores: [cases], publisher: sender.publisher, graceMs: 0 });
    expect(await next.runOnce()).toBeGreaterThanOrEqual(1);
    await next.stop();
    await eventually(async () => deliveries.filter((id) => id === env.messageId).length === 2);
    expect((await cases.findPendingOutbox(100)).map((p) => p.caseId)).not.toContain(env.caseId);
  });

  it('a losing writer’s pointer is dropped, never published', async () => {
    const env = proposal();
    const opened = await cases.append(env.caseId, null, [{ state: { status: 'draft' }, history: [] }]);
    if (!opened.ok) throw new Error('open failed');
    const other = { ...env, messageId: proposal().messageId };
    const [a, b] = await Promise.all([
      cases.append(env.caseId, opened.snapshot, [{ state: { status: 'submitted' }, history: [], step: 1, messages: [env] }]),
      cases.append(env.caseId, opened.snapshot, [{ state: { status: 'submitted' }, history: [], step: 1, messages: [other] }]),
    ]);
    const published = (await cases.findPendingOutbox(100)).filter((p) => p.caseId === env.caseId).flatMap((p) => p.envelopes.map((e) => e.messageId));
    expect(published).toEqual([a.ok ? env.messageId : b.ok ? other.messageId : 'none']);
  });

  it('graceful stop lets an in-flight handler finish and ack before the channel closes', async () => {
    const Ping = defineMessage({ type: 'Ping', version: 1, payload: z.object({}), from: ['sending-body'], to: ['prime-minister'], description: 'test' });
    let started = false;
    let finished = false;
    const pm = await createMessaging({
      url: AMQP_URL, service: 'prime-minister', keys: devKeyRing('prime-minister', seed), prefix, catalog: createCatalog([Ping]),
    });
    await pm.consume(async () => {
      started = true;
      await new Promise((r) => setTimeout(r, 300));
      finished = true;
    });
    const env = createEnvelope(Ping, {
      caseId: 'case-ping', fromAgency: 'ministry-of-justice', toAgency: 'prime-minister',
      fromService: 'sending-body', toService: 'prime-minister', causationId: null, payload: {},
    });
    await sender.publisher.publish(env);
    await eventually(async () => started);
    await pm.stop();
    expect(finished).toBe(true);
    // Acked before the channel closed: otherwise the broker would have requeued it.
    expect((await raw.ch.checkQueue(receiver.names.inbox('prime-minister'))).messageCount).toBe(0);
  });
});
