import { connect } from 'amqplib';
import { deleteWebhookQueues } from '@sx/case-exchange';
import { SERVICE_NAMES } from '@sx/contracts';
import { deleteTopology } from '@sx/messaging';
import { connectMongo, disconnectMongo } from '@sx/persistence';

// Each run gets its own databases and broker topology so runs never see each other's cases or
// messages; these remove them afterwards, or FerretDB and RabbitMQ fill up with dead runs.

export async function dropDatabases(urls: readonly string[]): Promise<void> {
  await Promise.all(
    urls.map(async (url) => {
      const conn = await connectMongo({ url, serverSelectionTimeoutMS: 5000 });
      try {
        await conn.dropDatabase();
      } finally {
        await disconnectMongo(conn);
      }
    }),
  );
}

export async function deleteRunTopology(amqpUrl: string, prefix: string): Promise<void> {
  const conn = await connect(amqpUrl);
  try {
    const ch = await conn.createChannel();
    await deleteTopology(ch, prefix);
    for (const service of SERVICE_NAMES) await deleteWebhookQueues(ch, prefix, service);
    await ch.close();
  } finally {
    await conn.close();
  }
}
