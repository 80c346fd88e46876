import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { errorInfo, type LogSink } from '@sx/observability';
import type { AmqpConnection } from '../amqp/amqp-connection';
import { ManagedChannel } from '../amqp/managed-channel';

/** What becomes of a delivery once processed: acked, or left for the broker to deliver again. */
export type Settlement = 'ack' | 'requeue';

/**
 * Decides one delivery. It must not throw: what cannot be processed is retried later or
 * dead-lettered by the processor itself, which then says `ack`; `requeue` only when even that failed.
 */
export type DeliveryProcessor = (ch: ConfirmChannel, msg: ConsumeMessage) => Promise<Settlement>;

export interface QueueConsumerOptions {
  queue: string;
  prefetch: number;
  logger: LogSink;
}

/**
 * The one way a queue is consumed, for the inbox's envelopes and the webhook jobs alike: a managed
 * channel that resubscribes after the broker cancels it, deliveries tracked until settled, a
 * settlement only on the channel the delivery came from, and a stop that drains before closing.
 */
export class QueueConsumer {
  private readonly channel: ManagedChannel;
  private readonly inFlight = new Set<Promise<void>>();
  private consumerTag: string | null = null;

  constructor(conn: AmqpConnection, private readonly options: QueueConsumerOptions, private readonly processor: DeliveryProcessor) {
    this.channel = new ManagedChannel(conn, {
      name: `consumer:${options.queue}`,
      logger: options.logger,
      setup: async (ch) => {
        await ch.prefetch(options.prefetch);
        const { consumerTag } = await ch.consume(options.queue, (msg) => this.onDelivery(ch, msg), { noAck: false });
        this.consumerTag = consumerTag;
      },
    });
  }

  async start(): Promise<void> {
    await this.channel.get();
    this.options.logger.info({ queue: this.options.queue }, 'consumer started');
  }

  /** Stops taking deliveries, lets the ones in flight finish (and settle), then closes the channel. */
  async stop(): Promise<void> {
    const ch = this.channel.current();
    if (ch && this.consumerTag) await ch.cancel(this.consumerTag).catch(() => undefined);
    await Promise.allSettled([...this.inFlight]);
    await this.channel.close();
  }

  private onDelivery(ch: ConfirmChannel, msg: ConsumeMessage | null): void {
    const { queue, logger } = this.options;
    if (msg === null) {
      // The broker cancelled us (queue deleted or failed over): reopen and consume again.
      logger.warn({ queue }, 'consumer cancelled by broker; resubscribing');
      void this.channel.reset();
      return;
    }
    const work = this.processor(ch, msg).then(
      (how) => this.settle(ch, msg, how),
      (err) => {
        logger.error({ queue, ...errorInfo(err) }, 'delivery processing failed; requeueing');
        this.settle(ch, msg, 'requeue');
      },
    );
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private settle(ch: ConfirmChannel, msg: ConsumeMessage, how: Settlement): void {
    // A delivery belongs to its channel: once that closed, the broker has requeued it already.
    if (!this.channel.isCurrent(ch)) return;
    try {
      if (how === 'ack') ch.ack(msg);
      else ch.nack(msg, false, true);
    } catch (err) {
      this.options.logger.warn({ ...errorInfo(err) }, 'ack/nack on a closing channel skipped');
    }
  }
}
