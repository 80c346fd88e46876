import type { Channel, ConfirmChannel, Options } from 'amqplib';

/**
 * Waiting in the broker, never in a process's timer: a message to retry or send later goes to the
 * delay queue of its wait (a classic queue with that TTL), whose expired messages the default
 * exchange routes straight back to `target`. A restart loses nothing that waits.
 *
 * The one mechanism behind the consumer's retry tiers and the webhook delivery schedule. Each wait has
 * its own queue, named by the wait: a new schedule declares new queues and never re-declares an old
 * one with other arguments (the broker refuses that with 406 PRECONDITION_FAILED), and an old queue
 * still sends what waits in it back.
 */
export interface DelayQueues {
  /** The queue that waited messages come back to. */
  readonly target: string;
  readonly waits: readonly number[];
  queueOf(waitMs: number): string;
}

export function delayQueues(target: string, waits: readonly number[], name: (waitMs: number) => string): DelayQueues {
  return { target, waits: [...new Set(waits)], queueOf: name };
}

export async function assertDelayQueues(ch: Channel, d: DelayQueues): Promise<void> {
  for (const ms of d.waits) {
    // Classic queues: quorum queues of RabbitMQ 3.10 have no message TTL.
    await ch.assertQueue(d.queueOf(ms), { durable: true, arguments: { 'x-message-ttl': ms, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': d.target } });
  }
}

export async function deleteDelayQueues(ch: Channel, d: DelayQueues): Promise<void> {
  for (const ms of d.waits) await ch.deleteQueue(d.queueOf(ms));
}

/** Sends to a queue and resolves once the broker confirmed it: only then may what it replaces be acked. */
export function sendConfirmed(ch: ConfirmChannel, queue: string, content: Buffer, options: Options.Publish): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    ch.sendToQueue(queue, content, options, (err: unknown) => (err ? reject(err instanceof Error ? err : new Error(`publish to ${queue} not confirmed`)) : resolve())),
  );
}

/**
 * Sends a message to wait `waitMs` (one of the declared waits), or less: `delayMs` shortens it
 * with the message's own expiry, never past the queue's TTL.
 */
export function sendLater(ch: ConfirmChannel, d: DelayQueues, waitMs: number, content: Buffer, options: Options.Publish, delayMs = waitMs): Promise<void> {
  const expiry = delayMs < waitMs ? { expiration: String(Math.max(0, Math.floor(delayMs))) } : {};
  return sendConfirmed(ch, d.queueOf(waitMs), content, { ...options, ...expiry });
}
