// Integration: real FerretDB/MongoDB (MONGO_URL). Each run uses its own database and drops it.
// The Idempotency-Key claims on TypedCollection: the insert of the `_id` is the claim, a second
// claim of the same slot is refused, the dates come back as dates, and the response completes it.
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { connectMongo, disconnectMongo, isFerretDb, MongoIdempotencyStore } from '../src';

const MONGO_URL = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/';

describe('MongoIdempotencyStore', () => {
  jest.setTimeout(30_000);
  let conn: Connection;
  let store: MongoIdempotencyStore;

  beforeAll(async () => {
    conn = await connectMongo({ url: MONGO_URL, dbName: `sx_idempotency_${randomUUID().slice(0, 8)}` });
    store = new MongoIdempotencyStore(conn);
    await store.init();
  });
  afterAll(async () => {
    await conn.dropDatabase();
    await disconnectMongo(conn);
  });

  const claim = (id: string) => {
    const createdAt = new Date('2026-12-05T10:00:00.000Z');
    return { id, requestHash: 'a'.repeat(64), createdAt, expiresAt: new Date(createdAt.getTime() + 86_400_000), leaseUntil: new Date(createdAt.getTime() + 30_000) };
  };

  it('one claim per slot; it reads back with its dates, then with its response; removed, it is free again', async () => {
    const id = `ministry-of-finance:${randomUUID()}:0`;
    expect(await store.insert(claim(id))).toBe(true);
    expect(await store.insert({ ...claim(id), requestHash: 'b'.repeat(64) })).toBe(false);

    const held = await store.get(id);
    expect(held).toEqual(claim(id));
    expect(held?.completedAt).toBeUndefined();

    const response = { status: 201, headers: { 'content-type': 'application/json' }, body: { ok: true, caseId: 'c-1' } };
    const completedAt = new Date('2026-12-05T10:00:01.000Z');
    await store.complete(id, response, completedAt);
    expect(await store.get(id)).toEqual({ ...claim(id), completedAt, response });

    await store.remove(id);
    expect(await store.get(id)).toBeNull();
    expect(await store.insert(claim(id))).toBe(true);
  });

  it('drops old claims by a TTL index on MongoDB, and has none on FerretDB v1', async () => {
    const indexes = await conn.collection('idempotency_keys').indexes();
    const ttl = indexes.filter((i) => i.expireAfterSeconds !== undefined).map((i) => Object.keys(i.key).join(','));
    expect(ttl).toEqual((await isFerretDb(conn)) ? [] : ['deleteAfter']);
  });
});
