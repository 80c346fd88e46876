// Helpers for integration tests against the real broker (AMQP_URL). Not a spec file.
import { connect } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { caseEventMessage, createEnvelope, type Envelope } from '@sx/contracts';
import { sampleCaseEventPayload } from '../../contracts/src/testing';
import { deleteTopology } from '../src';

export const AMQP_URL = process.env['AMQP_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';
export const MONGO_URL = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/';

export const uniquePrefix = (name: string): string => `sxt-${name}-${process.pid}-${randomUUID().slice(0, 8)}`;

export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function proposal(caseId = `case-${randomUUID()}`, overrides: Partial<Envelope> = {}): Envelope {
  const env = createEnvelope(caseEventMessage('ProposalSubmitted'), {
    caseId,
    fromAgency: 'ministry-of-finance',
    toAgency: 'ministry-of-justice',
    fromService: 'sending-body',
    toService: 'receiving-body',
    causationId: null,
    payload: sampleCaseEventPayload({ caseId, reference: '01-12/345', documents: [] }),
  });
  return { ...env, ...overrides };
}

/** A raw side connection for what the library must never do itself: forge, inspect, clean up. */
export async function rawBroker() {
  const conn = await connect(AMQP_URL);
  conn.on('error', () => undefined);
  const ch = await conn.createConfirmChannel();
  ch.on('error', () => undefined);
  return {
    ch,
    async publishRaw(exchange: string, routingKey: string, body: Buffer, headers: Record<string, unknown> = {}) {
      ch.publish(exchange, routingKey, body, { persistent: true, headers, messageId: randomUUID() });
      await ch.waitForConfirms();
    },
    /** Takes one message from a queue (acking it), or undefined if the queue is empty. */
    async take(queue: string) {
      const msg = await ch.get(queue, { noAck: true });
      return msg === false ? undefined : msg;
    },
    /** Deletes the prefix's topology, the retry queues of these waits too (default: the service defaults). */
    async cleanup(prefix: string, retryDelaysMs?: readonly number[]) {
      await deleteTopology(ch, prefix, retryDelaysMs).catch(() => undefined);
      await conn.close().catch(() => undefined);
    },
  };
}
