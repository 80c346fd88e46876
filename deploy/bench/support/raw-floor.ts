// The floor a handoff is compared with: a bare amqplib confirm-publish → consume → one insert of a
// document of the case's real size into the same store, nothing of ours in between.
import { connect } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { mongo } from 'mongoose';
import { Samples } from './stats';

export async function measureRawFloor(amqpUrl: string, mongoUrl: string, docBytes: number, n: number): Promise<Samples> {
  const samples = new Samples();
  const conn = await connect(amqpUrl);
  const client = await mongo.MongoClient.connect(mongoUrl);
  const db = client.db(`sx-bench-floor-${randomUUID().slice(0, 8)}`);
  const store = db.collection<{ _id: string; body: string }>('docs');
  await store.insertOne({ _id: 'warm', body: '' });
  const queue = `sx-bench-floor-${randomUUID()}`;
  try {
    const pub = await conn.createConfirmChannel();
    const sub = await conn.createChannel();
    await pub.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    const body = 'x'.repeat(docBytes);
    const pending = new Map<string, (t: number) => void>();
    await sub.consume(queue, (msg) => {
      if (!msg) return;
      const id = msg.properties.messageId as string;
      void store.insertOne({ _id: id, body: msg.content.toString() }).then(() => {
        sub.ack(msg);
        pending.get(id)?.(performance.now());
      });
    });
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const done = new Promise<number>((r) => pending.set(id, r));
      const t0 = performance.now();
      pub.sendToQueue(queue, Buffer.from(body), { persistent: true, messageId: id });
      await pub.waitForConfirms();
      samples.add((await done) - t0);
    }
    await pub.deleteQueue(queue);
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await conn.close();
  }
  return samples;
}
