// Integration: real FerretDB/MongoDB (MONGO_URL). Each run uses its own database and drops it.
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { z } from 'zod';
import { caseEventMessage, createEnvelope, type Envelope } from '@sx/contracts';
import { sampleCaseEventPayload } from '../../contracts/src/testing';
import { CaseAggregateRepository, connectMongo, ConcurrentUpdateError, disconnectMongo, pingMongo, updateCase } from '../src';

const MONGO_URL = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/';
const StateSchema = z.object({ status: z.string(), count: z.number().int() });
type State = z.infer<typeof StateSchema>;

const proposal = (caseId: string): Envelope =>
  createEnvelope(caseEventMessage('ProposalSubmitted'), {
    caseId,
    fromAgency: 'ministry-of-finance',
    toAgency: 'ministry-of-justice',
    fromService: 'sending-body',
    toService: 'receiving-body',
    causationId: null,
    payload: sampleCaseEventPayload({
      caseId,
      reference: 'SB-1',
      documents: [{ kind: 'cv', fileName: 'cv.pdf', contentType: 'application/pdf', sha256: 'b'.repeat(64), size: 10, proposal: 1 }],
    }),
  });

describe('CaseAggregateRepository (FerretDB)', () => {
  let conn: Connection;
  let repo: CaseAggregateRepository<State>;
  const newCase = async (): Promise<string> => {
    const id = `case-${randomUUID()}`;
    await repo.create(id, { state: { status: 'draft', count: 0 } });
    return id;
  };

  beforeAll(async () => {
    conn = await connectMongo({ url: MONGO_URL, dbName: `sx_persistence_test_${process.pid}_${Date.now()}` });
    repo = new CaseAggregateRepository(conn, { collection: 'cases', stateSchema: StateSchema });
    await repo.ensureIndexes();
  });

  afterAll(async () => {
    await conn.dropDatabase();
    await disconnectMongo(conn);
  });

  it('answers the readiness ping', async () => {
    expect(await pingMongo(conn)).toBe(true);
  });

  it('creates idempotently: a second create of the same case id reports "already exists" and changes nothing', async () => {
    const id = `case-${randomUUID()}`;
    const first = await repo.create(id, { state: { status: 'received', count: 1 }, inboxMessageId: randomUUID() });
    const second = await repo.create(id, { state: { status: 'other', count: 9 } });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, aggregate: { version: 1, state: { status: 'received', count: 1 } } });
  });

  it('saves state, outbox entry, inbox mark and history in one update and returns plain objects', async () => {
    const id = await newCase();
    const env = proposal(id);
    const incoming = randomUUID();
    const saved = await repo.save({ id, version: 1 }, {
      state: { status: 'submitted', count: 1 },
      outbox: [env],
      inboxMessageId: incoming,
      history: [{ at: new Date().toISOString(), event: 'ProposalSubmitted', messageId: env.messageId }],
    });
    expect(saved).toMatchObject({ version: 2, state: { status: 'submitted', count: 1 }, hasPendingOutbox: true });
    expect(saved.outbox[env.messageId]).toEqual(env);
    expect(saved.inbox[incoming]).toBeInstanceOf(Date);
    expect(saved.history).toHaveLength(1);
    expect(Object.getPrototypeOf(saved)).toBe(Object.prototype);
    expect(await repo.hasProcessed(id, incoming)).toBe(true);
    expect(await repo.hasProcessed(id, randomUUID())).toBe(false);
  });

  it('CASE.CONCURRENT_UPDATE: a save against a stale version is refused and leaves the stored state alone', async () => {
    const id = await newCase();
    await repo.save({ id, version: 1 }, { state: { status: 'a', count: 1 } });
    const stale = repo.save({ id, version: 1 }, { state: { status: 'b', count: 99 }, outbox: [proposal(id)] });
    await expect(stale).rejects.toBeInstanceOf(ConcurrentUpdateError);
    await expect(stale).rejects.toMatchObject({ code: 'CASE.CONCURRENT_UPDATE' });
    expect(await repo.get(id)).toMatchObject({ version: 2, state: { status: 'a', count: 1 }, hasPendingOutbox: false, outbox: {} });
  });

  it('CASE.CONCURRENT_UPDATE under real concurrency: of 10 saves against the same version exactly one wins', async () => {
    const id = await newCase();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => repo.save({ id, version: 1 }, { state: { status: `w${i}`, count: i }, outbox: [proposal(id)] })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof ConcurrentUpdateError)).toHaveLength(9);
    const stored = await repo.get(id);
    expect(stored.version).toBe(2);
    expect(Object.keys(stored.outbox)).toHaveLength(1);
  });

  it('updateCase retries a conflict, so concurrent increments are all applied', async () => {
    const id = await newCase();
    await Promise.all(
      Array.from({ length: 5 }, () =>
        updateCase(repo, id, (c) => ({ state: { ...c.state, count: c.state.count + 1 } }), { maxAttempts: 20 }),
      ),
    );
    expect(await repo.get(id)).toMatchObject({ version: 6, state: { count: 5 } });
  });

  it('a duplicate delivery of the same messageId changes nothing (inbox)', async () => {
    const id = await newCase();
    const messageId = randomUUID();
    const bump = (c: { state: State }) => ({ state: { ...c.state, count: c.state.count + 1 } });
    const first = await updateCase(repo, id, bump, { inboxMessageId: messageId });
    const second = await updateCase(repo, id, bump, { inboxMessageId: messageId });
    expect(first.outcome).toBe('saved');
    expect(second.outcome).toBe('duplicate');
    expect(await repo.get(id)).toMatchObject({ version: 2, state: { count: 1 } });
  });

  it('the relay side: pending entries are found in order, removed one by one, and the flag clears with the last', async () => {
    const id = await newCase();
    const [a, b] = [proposal(id), proposal(id)];
    await repo.save({ id, version: 1 }, { state: { status: 's', count: 0 }, outbox: [a, b] });
    const pending = (await repo.findPendingOutbox(1000)).find((p) => p.caseId === id);
    expect(pending?.envelopes.map((e) => e.messageId)).toEqual([a.messageId, b.messageId]);

    await repo.markOutboxPublished(id, [a.messageId]);
    expect(await repo.get(id)).toMatchObject({ hasPendingOutbox: true });
    await repo.markOutboxPublished(id, [b.messageId]);
    await repo.markOutboxPublished(id, [b.messageId]); // idempotent
    expect(await repo.get(id)).toMatchObject({ hasPendingOutbox: false, outbox: {} });
    expect((await repo.findPendingOutbox(1000)).some((p) => p.caseId === id)).toBe(false);
  });

  it('a save that adds an entry right after the last removal keeps the flag set', async () => {
    const id = await newCase();
    const a = proposal(id);
    await repo.save({ id, version: 1 }, { state: { status: 's', count: 0 }, outbox: [a] });
    await repo.markOutboxPublished(id, [a.messageId]);
    const b = proposal(id);
    await repo.save({ id, version: 2 }, { state: { status: 't', count: 0 }, outbox: [b] });
    await repo.markOutboxPublished(id, ['not-there']);
    expect(await repo.get(id)).toMatchObject({ hasPendingOutbox: true });
  });

  it('rejects a case id that could be an operator or a path', async () => {
    await expect(repo.findById('{"$ne":null}')).rejects.toThrow();
    await expect(repo.hasProcessed('case-x', 'a.b')).rejects.toThrow();
  });
});
