// Integration: real FerretDB/MongoDB (MONGO_URL). Each run uses its own database and drops it.
import { connectMongo, disconnectMongo } from '../src';

const MONGO_URL = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/';

describe('connectMongo per deployment', () => {
  jest.setTimeout(30_000);

  it.each([
    ['ferretdb', { w: 1 }, undefined, false],
    ['replica-set', { w: 'majority', journal: true }, { level: 'majority' }, true],
  ] as const)('%s: the driver gets its write concern, read concern and retries, and writes succeed', async (deployment, writeConcern, readConcern, retry) => {
    const conn = await connectMongo({ url: MONGO_URL, dbName: `sx_deployment_test_${deployment}_${process.pid}_${Date.now()}`, deployment });
    try {
      const options = conn.getClient().options;
      expect(options.writeConcern).toMatchObject(writeConcern);
      expect(options.readConcern?.level).toBe(readConcern?.level);
      expect([options.retryWrites, options.retryReads]).toEqual([retry, retry]);
      const collection = conn.collection('probe');
      await collection.insertOne({ deployment });
      expect(await collection.countDocuments({ deployment })).toBe(1);
    } finally {
      await conn.dropDatabase();
      await disconnectMongo(conn);
    }
  });
});
