import type { Channel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import { z } from 'zod';
import { AgencyIdSchema, SubscriptionIdSchema } from '@sx/contracts';
import { AmqpConnection, assertDelayQueues, deleteDelayQueues, delayQueues, ManagedChannel, sendConfirmed, sendLater, type DelayQueues } from '@sx/messaging';
import { errorInfo, type LogSink } from '@sx/observability';
import { DEFAULT_WEBHOOK_SETTINGS } from './webhook-settings';

/** One delivery to attempt: which subscription, which event (its webhook-id). */
export const DeliveryJobSchema = z
  .object({
    subscriptionId: SubscriptionIdSchema,
    agencyId: AgencyIdSchema,
    webhookId: z.string().min(1),
    /** A manual redelivery: sent at once, whatever the case's earlier deliveries are doing. */
    manual: z.boolean().optional(),
  })
  .strict();
export type DeliveryJob = z.infer<typeof DeliveryJobSchema>;

/** The job queue and the delay queues of its waits (the messaging library's one delay mechanism). */
export const webhookQueues = (prefix: string, service: string, waits: readonly number[]): DelayQueues =>
  delayQueues(`${prefix}.${service}.webhooks`, waits, (ms) => `${prefix}.${service}.webhooks.wait.${ms}`);

/**
 * The durable queue webhook deliveries are sent from. A retry waits in a delay queue of the
 * messaging library (`delayQueues`: a TTL, then back to the job queue), never in a timer of the
 * process, so a restart loses no delivery and no retry. Jobs are not envelopes: they never leave the
 * service and carry no signature, so they are not read by the envelope consumer; the delivery
 * schedule (webhook-settings) chooses each wait, where the consumer's tiers are fixed.
 */
export class WebhookQueue {
  private readonly publisher: ManagedChannel;
  private consumer: ManagedChannel | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private consumerTag: string | null = null;

  private constructor(private readonly conn: AmqpConnection, readonly queues: DelayQueues, private readonly logger: LogSink) {
    this.publisher = new ManagedChannel(conn, { name: 'webhooks:publisher', logger });
  }

  /** Declares the queues on the service's one connection (its messaging's), which it does not own. */
  static async open(options: { connection: AmqpConnection; prefix: string; service: string; waits: readonly number[]; logger: LogSink }): Promise<WebhookQueue> {
    const conn = options.connection;
    const queue = new WebhookQueue(conn, webhookQueues(options.prefix, options.service, options.waits), options.logger);
    const ch = await conn.createChannel();
    try {
      await queue.assert(ch);
    } finally {
      await ch.close().catch(() => undefined);
    }
    return queue;
  }

  private async assert(ch: Channel): Promise<void> {
    await ch.assertQueue(this.queues.target, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await assertDelayQueues(ch, this.queues);
  }

  /**
   * Queues a job now, or after `wait` (one of the declared waits) shortened to `delayMs`: a
   * message's own expiry jitters it within its delay queue, never past the queue's TTL.
   */
  async publish(job: DeliveryJob, later?: { wait: number; delayMs: number }): Promise<void> {
    const ch = await this.publisher.get();
    const content = Buffer.from(JSON.stringify(job));
    const options = { persistent: true, contentType: 'application/json' };
    await (later ? sendLater(ch, this.queues, later.wait, content, options, later.delayMs) : sendConfirmed(ch, this.queues.target, content, options));
  }

  /** Consumes jobs; a job whose handler throws waits the shortest delay and comes back. */
  async consume(handler: (job: DeliveryJob) => Promise<void>, prefetch: number): Promise<void> {
    this.consumer = new ManagedChannel(this.conn, {
      name: 'webhooks:consumer',
      logger: this.logger,
      setup: async (ch) => {
        await ch.prefetch(prefetch);
        const { consumerTag } = await ch.consume(this.queues.target, (msg) => msg && this.track(this.process(ch, msg, handler)), { noAck: false });
        this.consumerTag = consumerTag;
      },
    });
    await this.consumer.get();
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async process(ch: ConfirmChannel, msg: ConsumeMessage, handler: (job: DeliveryJob) => Promise<void>): Promise<void> {
    let parsed: DeliveryJob | null = null;
    try {
      parsed = DeliveryJobSchema.parse(JSON.parse(msg.content.toString('utf8')));
      await handler(parsed);
    } catch (err) {
      if (!parsed) {
        this.logger.error({ ...errorInfo(err) }, 'malformed webhook job dropped');
      } else {
        this.logger.warn({ ...parsed, ...errorInfo(err) }, 'webhook job failed; it comes back after the shortest wait');
        const wait = Math.min(...this.queues.waits);
        const requeued = await this.publish(parsed, { wait, delayMs: wait }).then(() => true, () => false);
        if (!requeued) return this.settle(ch, msg, false);
      }
    }
    this.settle(ch, msg, true);
  }

  private settle(ch: ConfirmChannel, msg: ConsumeMessage, ack: boolean): void {
    // A delivery belongs to its channel: once that closed, the broker has requeued it already.
    if (!this.consumer?.isCurrent(ch)) return;
    try {
      if (ack) ch.ack(msg);
      else ch.nack(msg, false, true);
    } catch (err) {
      this.logger.warn({ ...errorInfo(err) }, 'webhook job ack on a closing channel skipped');
    }
  }

  async stop(): Promise<void> {
    // Stop taking jobs, let the running ones finish and ack, then close.
    const ch = this.consumer?.current();
    if (ch && this.consumerTag) await ch.cancel(this.consumerTag).catch(() => undefined);
    await Promise.allSettled([...this.inFlight]);
    await this.consumer?.close();
    await this.publisher.close();
  }
}

/** Test cleanup: the queues `WebhookQueue.open` declared under a prefix (for the default schedule unless told). */
export async function deleteWebhookQueues(ch: Channel, prefix: string, service: string, waits: readonly number[] = DEFAULT_WEBHOOK_SETTINGS.retryDelaysMs): Promise<void> {
  const queues = webhookQueues(prefix, service, waits);
  await deleteDelayQueues(ch, queues);
  await ch.deleteQueue(queues.target);
}
