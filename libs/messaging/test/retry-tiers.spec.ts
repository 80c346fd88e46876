// Integration: real RabbitMQ. Issue #20: changing the retry waits (SX_RETRY_DELAYS_MS) never stops a start.
import { randomUUID } from 'node:crypto';
import { createMessaging, devKeyRing, topologyNames, type Messaging } from '../src';
import { AMQP_URL, eventually, proposal, rawBroker, uniquePrefix } from './test-support';

jest.setTimeout(30_000);

describe('retry tiers that can change', () => {
  const prefix = uniquePrefix('tiers');
  const seed = `seed-${prefix}`;
  const OLD = [100, 300];
  const NEW = [150, 250, 400];
  let raw: Awaited<ReturnType<typeof rawBroker>>;
  const started: Messaging[] = [];
  const receiverWith = async (retryDelaysMs: readonly number[]): Promise<Messaging> => {
    const m = await createMessaging({ url: AMQP_URL, service: 'receiving-body', keys: devKeyRing('receiving-body', seed), prefix, retryDelaysMs });
    started.push(m);
    return m;
  };

  beforeAll(async () => {
    raw = await rawBroker();
  });
  afterAll(async () => {
    for (const m of started) await m.stop().catch(() => undefined);
    await raw?.cleanup(prefix, [...OLD, ...NEW]);
  });

  it('a service restarted with other waits starts, and a failing message goes through the new waits, then is handled', async () => {
    const first = await receiverWith(OLD);
    await first.stop();
    const second = await receiverWith(NEW);
    const attempts: number[] = [];
    await second.consume(async () => {
      attempts.push(Date.now());
      if (attempts.length === 1) throw new Error('transient: database failover');
    });
    const sender = await createMessaging({ url: AMQP_URL, service: 'sending-body', keys: devKeyRing('sending-body', seed), prefix });
    started.push(sender);
    await sender.publisher.publish(proposal());
    await eventually(async () => attempts.length >= 2);
    // The second attempt came back through the new first wait (150 ms), not an old queue.
    expect((attempts[1] as number) - (attempts[0] as number)).toBeGreaterThanOrEqual(140);
    const names = topologyNames(prefix);
    for (const ms of [...OLD, ...NEW]) expect(names.retryQueue('receiving-body', ms)).toBe(`${prefix}.receiving-body.retry.${ms}ms`);
  });

  it('detector check: the broker refuses a queue declared again under its name with another wait (why the waits name the queues)', async () => {
    const name = `${prefix}.probe.${randomUUID().slice(0, 8)}`;
    const { connect } = await import('amqplib');
    const conn = await connect(AMQP_URL);
    try {
      const ch = await conn.createChannel();
      ch.on('error', () => undefined);
      await ch.assertQueue(name, { durable: false, autoDelete: true, arguments: { 'x-message-ttl': 100 } });
      await expect(ch.assertQueue(name, { durable: false, autoDelete: true, arguments: { 'x-message-ttl': 200 } })).rejects.toThrow(/PRECONDITION_FAILED/);
    } finally {
      await conn.close().catch(() => undefined);
    }
  });
});
