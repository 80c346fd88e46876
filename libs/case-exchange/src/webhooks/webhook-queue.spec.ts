// Integration: real RabbitMQ. Webhook jobs run on the messaging library's QueueConsumer over the
// service's connection: a job that does not parse is dead-lettered with its reason (never dropped),
// and a job whose delivery fails comes back through the shortest delay queue.
import { randomUUID } from 'node:crypto';
import { connect } from 'amqplib';
import { AmqpConnection, assertTopology, DEAD_REASON_CODE_HEADER, deleteTopology, topologyNames } from '@sx/messaging';
import { silentLogger } from '@sx/observability';
import { deleteWebhookQueues, WebhookQueue, type DeliveryJob } from './webhook-queue';

jest.setTimeout(30_000);

const AMQP_URL = process.env['AMQP_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';
const SERVICE = 'receiving-body';
const WAITS = [200, 1_000];

describe('WebhookQueue', () => {
  const prefix = `sxt-webhook-queue-${process.pid}-${randomUUID().slice(0, 8)}`;
  let raw: Awaited<ReturnType<typeof connect>>;
  let conn: AmqpConnection;
  let queue: WebhookQueue;
  const handled: { job: DeliveryJob; at: number }[] = [];

  beforeAll(async () => {
    raw = await connect(AMQP_URL);
    const ch = await raw.createChannel();
    await assertTopology(ch, { prefix });
    await ch.close();
    conn = await AmqpConnection.open({ url: AMQP_URL, logger: silentLogger });
    queue = await WebhookQueue.open({ connection: conn, prefix, service: SERVICE, waits: WAITS, logger: silentLogger });
    await queue.consume(async (job) => {
      handled.push({ job, at: Date.now() });
      if (job.webhookId === 'fails-once' && handled.filter((h) => h.job.webhookId === 'fails-once').length === 1) throw new Error('database failover');
    }, 4);
  });
  afterAll(async () => {
    await queue?.stop();
    await conn?.close();
    const ch = await raw.createChannel();
    await deleteWebhookQueues(ch, prefix, SERVICE, WAITS).catch(() => undefined);
    await deleteTopology(ch, prefix).catch(() => undefined);
    await raw.close();
  });

  const job = (webhookId: string): DeliveryJob => ({ subscriptionId: 'ws_0123456789abcdef', agencyId: 'ministry-of-justice', webhookId });

  it('a job whose delivery fails comes back after the shortest wait, once', async () => {
    await queue.publish(job('fails-once'));
    const deadline = Date.now() + 10_000;
    while (handled.filter((h) => h.job.webhookId === 'fails-once').length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const attempts = handled.filter((h) => h.job.webhookId === 'fails-once');
    expect(attempts).toHaveLength(2);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(180);
  });

  it('a job that does not parse is dead-lettered to the service dead-letter queue with its reason', async () => {
    const ch = await raw.createConfirmChannel();
    const body = Buffer.from(JSON.stringify({ subscriptionId: 'not-a-subscription', webhookId: '' }));
    ch.sendToQueue(queue.queues.target, body, { persistent: true, messageId: 'bad-job-1' });
    await ch.waitForConfirms();
    const dead = topologyNames(prefix).deadQueue(SERVICE);
    let letter: Awaited<ReturnType<typeof ch.get>> = false;
    const deadline = Date.now() + 10_000;
    while (letter === false && Date.now() < deadline) {
      letter = await ch.get(dead, { noAck: true });
      if (letter === false) await new Promise((r) => setTimeout(r, 50));
    }
    await ch.close();
    // It fires: the queue's former loop logged and acked a bad job, so nothing reached this queue.
    expect(letter).not.toBe(false);
    if (letter === false) return;
    expect(letter.properties.headers?.[DEAD_REASON_CODE_HEADER]).toBe('WEBHOOK_JOB_INVALID');
    expect(letter.content.equals(body)).toBe(true);
    expect(handled.some((h) => h.job.subscriptionId === 'not-a-subscription')).toBe(false);
  });
});
