// Integration: real RabbitMQ. Each run declares its own topology under a unique prefix and deletes it.
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Envelope } from '@sx/contracts';
import { canonicalJson, createMessaging, deleteTopology, devKeyRing, signEnvelope, type DeliveryInfo, type Messaging } from '../src';
import { AMQP_URL, eventually, proposal, rawBroker, uniquePrefix } from './test-support';

jest.setTimeout(30_000);

const exporter = new InMemorySpanExporter();
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
propagation.setGlobalPropagator(new W3CTraceContextPropagator());
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));

describe('messaging against RabbitMQ', () => {
  const prefix = uniquePrefix('msg');
  const seed = `seed-${prefix}`;
  let sender: Messaging;
  let receiver: Messaging;
  let raw: Awaited<ReturnType<typeof rawBroker>>;
  const received: Array<{ envelope: Envelope; delivery: DeliveryInfo }> = [];
  const failing = new Set<string>();
  const attempts = new Map<string, number>();

  beforeAll(async () => {
    raw = await rawBroker();
    sender = await createMessaging({ url: AMQP_URL, service: 'sending-body', keys: devKeyRing('sending-body', seed), prefix, deliveryLimit: 2 });
    receiver = await createMessaging({
      url: AMQP_URL, service: 'receiving-body', keys: devKeyRing('receiving-body', seed), prefix, deliveryLimit: 2, retryDelaysMs: [100, 300],
    });
    await receiver.consume(async (envelope, delivery) => {
      attempts.set(envelope.messageId, (attempts.get(envelope.messageId) ?? 0) + 1);
      if (failing.has(envelope.messageId)) throw Object.assign(new Error('transient: database unavailable'), { code: 'DB.UNAVAILABLE' });
      received.push({ envelope, delivery });
    });
  });

  afterAll(async () => {
    await receiver?.stop();
    await sender?.stop();
    await raw?.cleanup(prefix, [100, 300]);
  });

  const deadQueue = () => receiver.names.deadQueue('receiving-body');
  const nextDead = () => eventually(() => raw.take(deadQueue()));
  const waitReceived = (messageId: string) => eventually(async () => received.find((r) => r.envelope.messageId === messageId));

  it('round trip: a confirmed, signed publish reaches the receiver with AMQP properties and trace context', async () => {
    const env = proposal();
    const tracer = trace.getTracer('test');
    await tracer.startActiveSpan('HTTP POST /proposals', async (span) => {
      await sender.publisher.publish(env);
      span.end();
    });
    const got = await waitReceived(env.messageId);
    expect(got.envelope).toEqual(env);
    expect(got.delivery.routingKey).toBe('receiving-body.ProposalSubmitted');
    const spans = await eventually(async () => {
      const all = exporter.getFinishedSpans();
      const pub = all.find((s) => s.name === 'ProposalSubmitted publish');
      const proc = all.find((s) => s.name === 'ProposalSubmitted process' && s.attributes['messaging.message.id'] === env.messageId);
      return pub && proc ? { pub, proc } : undefined;
    });
    expect(spans.proc.spanContext().traceId).toBe(spans.pub.spanContext().traceId);
  });

  it('a forged signature is dead-lettered with its reason, and the consumer goes on with the next good message', async () => {
    const forged = proposal();
    const forger = devKeyRing('sending-body', 'someone-else');
    await raw.publishRaw(sender.names.exchange, 'receiving-body.ProposalSubmitted', Buffer.from(canonicalJson(forged)), {
      ...signEnvelope(forged, forger.signingKey),
    });
    const dead = await nextDead();
    expect(dead.properties.headers?.['x-sx-dead-reason-code']).toBe('SIGNATURE_INVALID');
    expect(String(dead.properties.headers?.['x-sx-dead-reason'])).toMatch(/^SIGNATURE_INVALID: /);
    expect(dead.properties.headers?.['x-sx-key-id']).toBe('sending-body:dev'); // original headers kept
    expect(JSON.parse(dead.content.toString()).messageId).toBe(forged.messageId);

    const good = proposal();
    await sender.publisher.publish(good);
    await waitReceived(good.messageId);
    expect(received.some((r) => r.envelope.messageId === forged.messageId)).toBe(false);
  });

  it('malformed JSON and a schema-invalid (but signed) message are dead-lettered with reasons', async () => {
    await raw.publishRaw(sender.names.exchange, 'receiving-body.ProposalSubmitted', Buffer.from('{"messageId": oops'));
    expect((await nextDead()).properties.headers?.['x-sx-dead-reason-code']).toBe('MALFORMED_JSON');

    const invalid = proposal(undefined, { payload: { ruleSet: 'R7' } });
    const keys = devKeyRing('sending-body', seed);
    await raw.publishRaw(sender.names.exchange, 'receiving-body.ProposalSubmitted', Buffer.from(JSON.stringify(invalid)), {
      ...signEnvelope(invalid, keys.signingKey),
    });
    const dead = await nextDead();
    expect(dead.properties.headers?.['x-sx-dead-reason-code']).toBe('PAYLOAD_INVALID');
    expect(String(dead.properties.headers?.['x-sx-dead-reason'])).toContain('ruleSet');
  });

  it('a handler that keeps failing waits in each retry tier, then is dead-lettered with the failure’s code', async () => {
    const env = proposal();
    failing.add(env.messageId);
    const started = Date.now();
    await sender.publisher.publish(env);
    const dead = await nextDead();
    expect(dead.properties.messageId).toBe(env.messageId);
    expect(dead.properties.headers?.['x-sx-dead-reason-code']).toBe('DB.UNAVAILABLE');
    expect(String(dead.properties.headers?.['x-sx-dead-reason'])).toMatch(/gave up after 2 retries/);
    // The first try and one per tier, each after its tier's wait (100 ms + 300 ms): never requeued hot.
    expect(attempts.get(env.messageId)).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it('a handler that fails once succeeds when the message comes back from the first retry tier', async () => {
    const env = proposal();
    failing.add(env.messageId);
    await sender.publisher.publish(env);
    await eventually(async () => (attempts.get(env.messageId) ?? 0) >= 1);
    failing.delete(env.messageId);
    const got = await waitReceived(env.messageId);
    expect(got.envelope.messageId).toBe(env.messageId);
    expect(attempts.get(env.messageId)).toBeGreaterThanOrEqual(2);
  });

  it('a message to a service with no bound queue is refused at publish, not silently dropped', async () => {
    const orphan = await createMessaging({ url: AMQP_URL, service: 'sending-body', keys: devKeyRing('sending-body', seed), prefix: `${prefix}-none` });
    try {
      const ch = raw.ch;
      await ch.deleteQueue(`${prefix}-none.receiving-body.inbox`);
      await expect(orphan.publisher.publish(proposal())).rejects.toMatchObject({ code: 'MESSAGING.UNROUTABLE' });
    } finally {
      await orphan.stop();
      await deleteTopology(raw.ch, `${prefix}-none`).catch(() => undefined);
    }
  });
});
