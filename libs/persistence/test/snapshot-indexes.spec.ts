// Integration: real FerretDB/MongoDB (MONGO_URL). Each run uses its own database and drops it.
// The list indexes of the snapshot collection exist where a query can use them (MongoDB) and not on
// FerretDB v1, where only `_id` filters reach SQL and every extra index is re-parsed on each write.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CaseLogStore, connectMongo, disconnectMongo, isFerretDb } from '../src';

const MONGO_URL = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/';

describe('snapshot list indexes', () => {
  jest.setTimeout(30_000);

  it('are created on MongoDB and left out on FerretDB', async () => {
    const conn = await connectMongo({ url: MONGO_URL, dbName: `sx_snapshot_indexes_${randomUUID().slice(0, 8)}` });
    try {
      const store = new CaseLogStore(conn, { collection: 'cases', stateSchema: z.object({ n: z.number() }), snapshotIndexes: [{ 'state.n': 1, _id: 1 }] });
      await store.ensureIndexes();
      const names = (await conn.collection('cases').indexes()).map((i) => Object.keys(i.key).join(','));
      const ferret = await isFerretDb(conn);
      expect(ferret).toBe(typeof (await conn.db?.admin().command({ buildInfo: 1 }))?.['ferretdbVersion'] === 'string');
      expect(names).toEqual(ferret ? ['_id'] : ['_id', 'state.n,_id']);
    } finally {
      await conn.dropDatabase();
      await disconnectMongo(conn);
    }
  });
});
