// Integration: real RabbitMQ. The one way a queue is consumed (the inbox's envelopes and the webhook
// jobs): what the processor says is done to the delivery, a delivery that throws comes back, a queue
// the broker cancels is consumed again, and a stop waits for what is in flight.
import { silentLogger as logger } from '@sx/observability';
import { AmqpConnection, QueueConsumer, type Settlement } from '../src';
import { AMQP_URL, eventually, rawBroker, uniquePrefix } from './test-support';

jest.setTimeout(30_000);


describe('QueueConsumer', () => {
  const prefix = uniquePrefix('queue-consumer');
  let raw: Awaited<ReturnType<typeof rawBroker>>;
  let conn: AmqpConnection;
  let n = 0;
  const consumers: QueueConsumer[] = [];

  const freshQueue = async (): Promise<string> => {
    const queue = `${prefix}.q${++n}`;
    await raw.ch.assertQueue(queue, { durable: false, autoDelete: false });
    return queue;
  };
  const consume = async (queue: string, processor: (body: string, redelivered: boolean) => Promise<Settlement>): Promise<QueueConsumer> => {
    const c = new QueueConsumer(conn, { queue, prefetch: 4, logger }, (_ch, msg) => processor(msg.content.toString(), msg.fields.redelivered));
    consumers.push(c);
    await c.start();
    return c;
  };
  const send = (queue: string, body: string) => raw.publishRaw('', queue, Buffer.from(body));
  const depth = async (queue: string) => (await raw.ch.checkQueue(queue)).messageCount;

  beforeAll(async () => {
    raw = await rawBroker();
    conn = await AmqpConnection.open({ url: AMQP_URL, logger });
  });
  afterAll(async () => {
    for (const c of consumers) await c.stop().catch(() => undefined);
    for (let i = 1; i <= n; i++) await raw.ch.deleteQueue(`${prefix}.q${i}`).catch(() => undefined);
    await conn.close().catch(() => undefined);
    await raw.cleanup(prefix);
  });

  it('acks what the processor acks, and delivers again what it requeues or what throws', async () => {
    const queue = await freshQueue();
    const seen: string[] = [];
    await consume(queue, async (body, redelivered) => {
      seen.push(`${body}:${redelivered}`);
      if (body === 'requeue-once' && !redelivered) return 'requeue';
      if (body === 'throw-once' && !redelivered) throw new Error('a bug in a processor');
      return 'ack';
    });
    for (const body of ['ack', 'requeue-once', 'throw-once']) await send(queue, body);
    await eventually(async () => seen.length >= 5);
    expect(seen.sort()).toEqual(['ack:false', 'requeue-once:false', 'requeue-once:true', 'throw-once:false', 'throw-once:true']);
    // Each acked exactly once: nothing is left in the queue, nothing comes back.
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toHaveLength(5);
    expect(await depth(queue)).toBe(0);
  });

  it('consumes again after the broker cancels it (the queue deleted and declared anew)', async () => {
    const queue = await freshQueue();
    const seen: string[] = [];
    await consume(queue, async (body) => {
      seen.push(body);
      return 'ack';
    });
    await send(queue, 'before');
    await eventually(async () => seen.includes('before'));
    await raw.ch.deleteQueue(queue);
    await raw.ch.assertQueue(queue, { durable: false, autoDelete: false });
    await send(queue, 'after');
    // It fires: a consumer that ignores the broker's cancel (the webhook queue's own loop before
    // it ran on QueueConsumer) never sees 'after', and this wait times out.
    await eventually(async () => seen.includes('after'), 15_000);
  });

  it('stop lets a delivery in flight finish and acks it before closing', async () => {
    const queue = await freshQueue();
    let release: () => void = () => undefined;
    let started = false;
    const c = await consume(queue, async () => {
      started = true;
      await new Promise<void>((r) => (release = r));
      return 'ack';
    });
    await send(queue, 'slow');
    await eventually(async () => started);
    const stopping = c.stop();
    setTimeout(() => release(), 200);
    await stopping;
    // Acked on its own channel before it closed: nothing returns to the queue.
    await new Promise((r) => setTimeout(r, 200));
    expect(await depth(queue)).toBe(0);
  });
});
