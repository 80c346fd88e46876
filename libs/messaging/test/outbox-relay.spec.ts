// Integration: real RabbitMQ + FerretDB. Sender saves state + outbox in one update, the relay
// publishes with confirms, the receiver's consumer dedupes by its inbox and saves its copy.
import type { Connection } from 'mongoose';
import { z } from 'zod';
import { createCatalog, createEnvelope, defineMessage, type CaseEventPayload, type Envelope } from '@sx/contracts';
import { CaseAggregateRepository, connectMongo, disconnectMongo } from '@sx/persistence';
import { createMessaging, devKeyRing, OutboxRelay, type Messaging, type OutboxStore } from '../src';
import { AMQP_URL, eventually, MONGO_URL, proposal, rawBroker, uniquePrefix } from './test-support';

jest.setTimeout(30_000);

const SenderState = z.object({ status: z.enum(['draft', 'submitted']) });
const ReceiverState = z.object({ status: z.literal('received'), reference: z.string() });

describe('outbox → relay → inbox (RabbitMQ + FerretDB)', () => {
  const prefix = uniquePrefix('outbox');
  const seed = `seed-${prefix}`;
  let senderDb: Connection;
  let receiverDb: Connection;
  let sender: Messaging;
  let receiver: Messaging;
  let raw: Awaited<ReturnType<typeof rawBroker>>;
  let senderCases: CaseAggregateRepository<z.infer<typeof SenderState>>;
  let receiverCases: CaseAggregateRepository<z.infer<typeof ReceiverState>>;
  const effects: string[] = [];
  const deliveries: string[] = [];
  // Messages whose handler has finished (deliveries records the start).
  const handled: string[] = [];

  beforeAll(async () => {
    raw = await rawBroker();
    senderDb = await connectMongo({ url: MONGO_URL, dbName: `sxt_sender_${process.pid}_${Date.now()}` });
    receiverDb = await connectMongo({ url: MONGO_URL, dbName: `sxt_receiver_${process.pid}_${Date.now()}` });
    senderCases = new CaseAggregateRepository(senderDb, { collection: 'cases', stateSchema: SenderState });
    receiverCases = new CaseAggregateRepository(receiverDb, { collection: 'cases', stateSchema: ReceiverState });
    await Promise.all([senderCases.ensureIndexes(), receiverCases.ensureIndexes()]);
    sender = await createMessaging({ url: AMQP_URL, service: 'sending-body', keys: devKeyRing('sending-body', seed), prefix });
    receiver = await createMessaging({ url: AMQP_URL, service: 'receiving-body', keys: devKeyRing('receiving-body', seed), prefix });
    // The receiver's use case: the first ProposalSubmitted creates its copy of the case (idempotent create).
    await receiver.consume(async (envelope) => {
      deliveries.push(envelope.messageId);
      const payload = envelope.payload as CaseEventPayload;
      const result = await receiverCases.create(envelope.caseId, {
        state: { status: 'received', reference: payload.reference },
        inboxMessageId: envelope.messageId,
      });
      if (result.created) effects.push(envelope.messageId);
      handled.push(envelope.messageId);
    });
  });

  afterAll(async () => {
    await receiver?.stop();
    await sender?.stop();
    await raw?.cleanup(prefix);
    for (const db of [senderDb, receiverDb]) {
      await db?.dropDatabase();
      await disconnectMongo(db);
    }
  });

  async function submitProposal(): Promise<Envelope> {
    const env = proposal();
    await senderCases.create(env.caseId, { state: { status: 'draft' } });
    await senderCases.save({ id: env.caseId, version: 1 }, { state: { status: 'submitted' }, outbox: [env] });
    return env;
  }

  const outboxDrained = (caseId: string) =>
    eventually(async () => {
      const c = await senderCases.get(caseId);
      return !c.hasPendingOutbox && Object.keys(c.outbox).length === 0 ? c : undefined;
    });

  it('state and outbox are saved in one update, relayed after a kick, removed after the confirm, and applied once', async () => {
    const env = await submitProposal();
    expect(await senderCases.get(env.caseId)).toMatchObject({ version: 2, state: { status: 'submitted' }, hasPendingOutbox: true });

    const relay = sender.createRelay([senderCases], { intervalMs: 60_000 });
    senderCases.onOutboxAdded(() => relay.kick());
    relay.start();
    await outboxDrained(env.caseId);
    await eventually(async () => effects.includes(env.messageId));
    expect(await receiverCases.get(env.caseId)).toMatchObject({ version: 1, state: { reference: '01-12/345' } });
    expect(await receiverCases.hasProcessed(env.caseId, env.messageId)).toBe(true);

    // The kick after a save publishes without waiting for the 60 s poll.
    const second = proposal();
    await senderCases.create(second.caseId, { state: { status: 'draft' } });
    await senderCases.save({ id: second.caseId, version: 1 }, { state: { status: 'submitted' }, outbox: [second] });
    await outboxDrained(second.caseId);
    await relay.stop();
  });

  it('a duplicate delivery of the same messageId changes nothing (inbox / idempotent create)', async () => {
    const env = proposal();
    await sender.publisher.publish(env);
    await sender.publisher.publish(env);
    // Wait for both handlers to finish, not only to start: the create of the first may still be running.
    await eventually(async () => handled.filter((id) => id === env.messageId).length === 2);
    expect(effects.filter((id) => id === env.messageId)).toHaveLength(1);
    expect(await receiverCases.get(env.caseId)).toMatchObject({ version: 1 });
  });

  it('after a crash between publish and removal, the next relay republishes and the receiver absorbs the duplicate', async () => {
    const env = await submitProposal();
    const crashing: OutboxStore = {
      name: 'crashing',
      findPendingOutbox: (limit) => senderCases.findPendingOutbox(limit),
      markOutboxPublished: async () => {
        throw new Error('process killed before the outbox entry was removed');
      },
    };
    const first = new OutboxRelay({ stores: [crashing], publisher: sender.publisher });
    await expect(first.runOnce()).rejects.toThrow(/process killed/);
    await eventually(async () => deliveries.includes(env.messageId));
    expect((await senderCases.get(env.caseId)).outbox[env.messageId]).toBeDefined();

    const restarted = new OutboxRelay({ stores: [senderCases], publisher: sender.publisher });
    expect(await restarted.runOnce()).toBeGreaterThanOrEqual(1);
    await outboxDrained(env.caseId);
    // Wait for both handlers to finish, not only to start: the create of the first may still be running.
    await eventually(async () => handled.filter((id) => id === env.messageId).length === 2);
    expect(effects.filter((id) => id === env.messageId)).toHaveLength(1);
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
