// Integration: real FerretDB/MongoDB (MONGO_URL). Each run uses its own database and drops it.
// Every hot-path read is by `_id`. On FerretDB v1.24 that is a lookup only thanks to the project's
// launcher (deploy/ferretdb/id-index.go), which indexes the expression FerretDB's queries use; without
// it every read scans its collection. This checks the plan FerretDB reports, also for a database
// dropped and created again under the same name (a new file the launcher must notice).
// Detector check: start FerretDB from a launcher whose indexIDs goroutine is commented out
// (deploy/ferretdb/main.go) and both cases fail with the plan `SCAN …`.
import { randomUUID } from 'node:crypto';
import { waitFor } from '@sx/testing';
import { connectMongo, disconnectMongo } from '../src';

const MONGO_URL = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/';

interface Explained {
  queryPlanner?: { Plan?: string[]; winningPlan?: unknown };
  serverInfo?: { ferretdbVersion?: string };
}

/** The plan of a find by `_id`, as one line, and whether it is a lookup by an index. */
function lookupPlan(explained: Explained): { plan: string; lookup: boolean } {
  if (explained.serverInfo?.ferretdbVersion !== undefined) {
    const plan = (explained.queryPlanner?.Plan ?? []).join(' | ');
    return { plan, lookup: /SEARCH .* USING INDEX \S+__id_sql/.test(plan) };
  }
  const plan = JSON.stringify(explained.queryPlanner?.winningPlan ?? {});
  return { plan, lookup: /IDHACK|EXPRESS|IXSCAN/.test(plan) }; // MongoDB: its own _id index
}

describe('reads by _id are index lookups', () => {
  jest.setTimeout(60_000);
  const dbName = `sx_id_lookup_${randomUUID().slice(0, 8)}`;

  async function expectLookupAfterCreating(): Promise<string> {
    const conn = await connectMongo({ url: MONGO_URL, dbName });
    try {
      await conn.collection('cases').insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: `case-${i}` as never, n: i })));
      let last = '';
      await waitFor(async () => {
        // SQLite loads a changed schema when a connection next runs a statement; EXPLAIN alone does not.
        await conn.collection('cases').findOne({ _id: 'case-7' as never });
        const explained = (await conn.db?.command({ explain: { find: 'cases', filter: { _id: 'case-7' } } })) as Explained;
        const { plan, lookup } = lookupPlan(explained);
        last = plan;
        return lookup;
      }, { timeoutMs: 10_000, intervalMs: 250, description: 'an index lookup by _id' }).catch((err: Error) => {
        throw new Error(`${err.message}; last plan: ${last}`);
      });
      expect((await conn.collection('cases').findOne({ _id: 'case-7' as never }))?.['n']).toBe(7);
      return last;
    } finally {
      await conn.dropDatabase();
      await disconnectMongo(conn);
    }
  }

  it('a new collection gets its lookup index within seconds', async () => {
    await expectLookupAfterCreating();
  });

  it('a database dropped and created again under the same name gets it too', async () => {
    await expectLookupAfterCreating();
    await expectLookupAfterCreating();
  });
});
