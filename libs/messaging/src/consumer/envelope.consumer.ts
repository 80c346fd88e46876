import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { isRefusal, type Envelope } from '@sx/contracts';
import type { AmqpConnection } from '../amqp/amqp-connection';
import { sendLater } from '../amqp/delay-queues';
import { DEFAULT_RETRY_DELAYS_MS, retryQueues, topologyNames } from '../amqp/topology';
import { errorInfo, silentLogger, type LogSink } from '@sx/observability';
import { extractContext, tracer } from '../tracing/trace-context';
import { deadLetterDelivery, deadLetterRoute, type DeadLetterRoute } from './dead-letter';
import { decodeDelivery, type DeadReason, type DecodeOptions } from './decode-delivery';
import { QueueConsumer, type Settlement } from './queue-consumer';

export interface DeliveryInfo {
  routingKey: string;
  redelivered: boolean;
  /** Set by quorum queues on redelivery; the delivery limit dead-letters past it. */
  deliveryCount: number;
}

export const RETRY_HEADER = 'x-sx-retry';
export const RETRY_REASON_HEADER = 'x-sx-retry-reason';

/** A domain error's stable code (`err.code`), or a generic one for anything else. */
const errorCode = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z_.]{2,60}$/.test(code) ? code : 'HANDLER_FAILED';
};

export type EnvelopeHandler = (envelope: Envelope, delivery: DeliveryInfo) => Promise<void>;

export interface ConsumerOptions extends DecodeOptions {
  prefix?: string;
  /** The retry tiers' waits; must match the topology's (`assertTopology`). */
  retryDelaysMs?: readonly number[];
  /** Defaults to this service's inbox. */
  queue?: string;
  prefetch?: number;
  logger?: LogSink;
}

/** Consumes one queue; a bad message is dead-lettered with its reason, a failing handler is retried. */
export class EnvelopeConsumer {
  private readonly consumer: QueueConsumer;
  private readonly logger: LogSink;
  private readonly queue: string;
  private readonly deadLetters: DeadLetterRoute;

  constructor(conn: AmqpConnection, private readonly handler: EnvelopeHandler, private readonly options: ConsumerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.queue = options.queue ?? topologyNames(options.prefix).inbox(options.service);
    this.deadLetters = deadLetterRoute(options.prefix, options.service, this.queue, this.logger);
    this.consumer = new QueueConsumer(conn, { queue: this.queue, prefetch: options.prefetch ?? 10, logger: this.logger }, (ch, msg) => this.process(ch, msg));
  }

  start(): Promise<void> {
    return this.consumer.start();
  }

  /** Stops taking deliveries, lets in-flight handlers finish (and ack), then closes the channel. */
  stop(): Promise<void> {
    return this.consumer.stop();
  }

  private async process(ch: ConfirmChannel, msg: ConsumeMessage): Promise<Settlement> {
    const headers = msg.properties.headers ?? {};
    const decoded = decodeDelivery(msg.content, headers, this.options);
    if (!decoded.ok) return this.deadLetter(ch, msg, decoded.reason);
    const envelope = decoded.envelope;
    const delivery: DeliveryInfo = {
      routingKey: msg.fields.routingKey,
      redelivered: msg.fields.redelivered,
      deliveryCount: Number(headers['x-delivery-count'] ?? 0),
    };
    const parent = extractContext(headers, envelope);
    const span = tracer().startSpan(`${envelope.type} process`, {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'rabbitmq',
        'messaging.operation.type': 'process',
        'messaging.destination.name': this.queue,
        'messaging.message.id': envelope.messageId,
        'messaging.message.conversation_id': envelope.correlationId,
      },
    }, parent);
    try {
      await context.with(trace.setSpan(parent, span), () => this.handler(envelope, delivery));
      span.setStatus({ code: SpanStatusCode.OK });
      return 'ack';
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      // A domain refusal can never succeed on a retry: dead-lettered at once with its code.
      if (isRefusal(err)) return await this.deadLetter(ch, msg, { code: err.code, message: err.message });
      return await this.retryLater(ch, msg, envelope, err);
    } finally {
      span.end();
    }
  }

  /**
   * A failure that may pass (a step ahead of its predecessor, a database failover): the message waits
   * in the next retry tier's delay queue and comes back; past the last tier it is dead-lettered with
   * the failure's code, so nothing is requeued hot or dropped without a reason.
   */
  private async retryLater(ch: ConfirmChannel, msg: ConsumeMessage, envelope: Envelope, err: unknown): Promise<Settlement> {
    const headers = msg.properties.headers ?? {};
    const tier = Number(headers[RETRY_HEADER] ?? 0);
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const code = errorCode(err);
    if (tier >= delays.length) {
      return this.deadLetter(ch, msg, { code, message: `gave up after ${tier} retries: ${(err as Error).message}` });
    }
    this.logger.warn({ messageId: envelope.messageId, type: envelope.type, tier, delayMs: delays[tier], code, ...errorInfo(err) }, 'handler failed; retrying later');
    const retries = retryQueues(topologyNames(this.options.prefix), this.options.service, delays);
    try {
      await sendLater(ch, retries, delays[tier] as number, msg.content, { ...msg.properties, headers: { ...headers, [RETRY_HEADER]: tier + 1, [RETRY_REASON_HEADER]: code } });
      return 'ack';
    } catch (e) {
      this.logger.error({ messageId: envelope.messageId, ...errorInfo(e) }, 'retry publish failed; requeueing');
      return 'requeue';
    }
  }

  private deadLetter(ch: ConfirmChannel, msg: ConsumeMessage, reason: DeadReason): Promise<Settlement> {
    return deadLetterDelivery(ch, msg, this.deadLetters, reason);
  }
}
