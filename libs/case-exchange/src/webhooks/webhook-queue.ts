import type { Channel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import { z } from 'zod';
import { AgencyIdSchema, SubscriptionIdSchema } from '@sx/contracts';
import {
  AmqpConnection, assertDelayQueues, deadLetterDelivery, deadLetterRoute, deleteDelayQueues, delayQueues, ManagedChannel, QueueConsumer, sendConfirmed, sendLater,
  type DeadLetterRoute, type DelayQueues, type Settlement,
} from '@sx/messaging';
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
 * process, so a restart loses no delivery and no retry. Jobs are consumed by the messaging library's
 * `QueueConsumer`, the inbox's own; they are not envelopes (they never leave the service and carry
 * no signature), so what decides a job is here, and the delivery schedule (webhook-settings)
 * chooses each wait, where the inbox's tiers are fixed. A job that does not parse is dead-lettered
 * with its reason to the service's dead-letter queue, where `npm run dlq` lists and replays it.
 */
export class WebhookQueue {
  private readonly publisher: ManagedChannel;
  private consumer: QueueConsumer | null = null;

  private constructor(private readonly conn: AmqpConnection, readonly queues: DelayQueues, private readonly deadLetters: DeadLetterRoute, private readonly logger: LogSink) {
    this.publisher = new ManagedChannel(conn, { name: 'webhooks:publisher', logger });
  }

  /** Declares the queues on the service's one connection (its messaging's), which it does not own. */
  static async open(options: { connection: AmqpConnection; prefix: string; service: string; waits: readonly number[]; logger: LogSink }): Promise<WebhookQueue> {
    const conn = options.connection;
    const queues = webhookQueues(options.prefix, options.service, options.waits);
    const deadLetters = deadLetterRoute(options.prefix, options.service, queues.target, options.logger);
    const queue = new WebhookQueue(conn, queues, deadLetters, options.logger);
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
    this.consumer = new QueueConsumer(this.conn, { queue: this.queues.target, prefetch, logger: this.logger }, (ch, msg) => this.process(ch, msg, handler));
    await this.consumer.start();
  }

  private async process(ch: ConfirmChannel, msg: ConsumeMessage, handler: (job: DeliveryJob) => Promise<void>): Promise<Settlement> {
    const job = parseJob(msg.content);
    if (!job.ok) return deadLetterDelivery(ch, msg, this.deadLetters, { code: 'WEBHOOK_JOB_INVALID', message: job.message });
    try {
      await handler(job.job);
      return 'ack';
    } catch (err) {
      this.logger.warn({ ...job.job, ...errorInfo(err) }, 'webhook job failed; it comes back after the shortest wait');
      const wait = Math.min(...this.queues.waits);
      return this.publish(job.job, { wait, delayMs: wait }).then(() => 'ack' as const, () => 'requeue' as const);
    }
  }

  async stop(): Promise<void> {
    // Stop taking jobs, let the running ones finish and ack, then close.
    await this.consumer?.stop();
    await this.publisher.close();
  }
}

function parseJob(content: Buffer): { ok: true; job: DeliveryJob } | { ok: false; message: string } {
  try {
    const parsed = DeliveryJobSchema.safeParse(JSON.parse(content.toString('utf8')));
    return parsed.success ? { ok: true, job: parsed.data } : { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.') || '(job)'}: ${i.message}`).join('; ') };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** Test cleanup: the queues `WebhookQueue.open` declared under a prefix (for the default schedule unless told). */
export async function deleteWebhookQueues(ch: Channel, prefix: string, service: string, waits: readonly number[] = DEFAULT_WEBHOOK_SETTINGS.retryDelaysMs): Promise<void> {
  const queues = webhookQueues(prefix, service, waits);
  await deleteDelayQueues(ch, queues);
  await ch.deleteQueue(queues.target);
}
