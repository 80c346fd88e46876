import { context, SpanKind, SpanStatusCode, propagation, trace } from '@opentelemetry/api';
import type { ConfirmChannel, Message } from 'amqplib';
import { routingKeyOf, type Envelope } from '@sx/contracts';
import { silentLogger, type LogSink } from '@sx/observability';
import { canonicalJson } from '../signing/canonical-json';
import { signEnvelope } from '../signing/envelope-signature';
import type { SigningKey } from '../signing/signing-keys';
import { extractContext, tracer } from '../tracing/trace-context';
import type { AmqpConnection } from './amqp-connection';
import { ManagedChannel } from './managed-channel';
import { topologyNames } from './topology';

export class UnroutableMessageError extends Error {
  readonly code = 'MESSAGING.UNROUTABLE';
  constructor(routingKey: string) {
    super(`no queue is bound for routing key ${routingKey}`);
    this.name = 'UnroutableMessageError';
  }
}

export interface PublisherOptions {
  signingKey: SigningKey;
  prefix?: string;
  logger?: LogSink;
}

/** Signs and publishes envelopes; `publish` resolves only once the broker has confirmed the message. */
export class EnvelopePublisher {
  private readonly channel: ManagedChannel;
  private readonly returned = new Set<string>();
  private readonly exchange: string;

  constructor(conn: AmqpConnection, private readonly options: PublisherOptions) {
    const logger = options.logger ?? silentLogger;
    this.exchange = topologyNames(options.prefix).exchange;
    this.channel = new ManagedChannel(conn, {
      name: 'publisher',
      logger,
      // The broker sends basic.return before the ack of an unroutable mandatory message.
      setup: async (ch) => void ch.on('return', (m: Message) => this.returned.add(String(m.properties.messageId))),
    });
  }

  async publish(envelope: Envelope): Promise<void> {
    await this.publishAll([envelope]);
  }

  /**
   * Publishes in order on one channel and waits once for all the confirms (one round trip for the
   * batch, not one per message). Rejects if any message was not confirmed or not routable.
   */
  async publishAll(envelopes: readonly Envelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    const ch = await this.channel.get();
    const results = await Promise.allSettled(envelopes.map((e) => this.publishTraced(ch, e)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  }

  private async publishTraced(ch: ConfirmChannel, envelope: Envelope): Promise<void> {
    const routingKey = routingKeyOf(envelope);
    const parent = envelope.traceparent ? extractContext(undefined, envelope) : context.active();
    const span = tracer().startSpan(`${envelope.type} publish`, {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'rabbitmq',
        'messaging.operation.type': 'send',
        'messaging.destination.name': this.exchange,
        'messaging.rabbitmq.destination.routing_key': routingKey,
        'messaging.message.id': envelope.messageId,
        'messaging.message.conversation_id': envelope.correlationId,
      },
    }, parent);
    try {
      const publishContext = trace.setSpan(parent, span);
      const headers: Record<string, unknown> = { ...signEnvelope(envelope, this.options.signingKey) };
      propagation.inject(publishContext, headers);
      // The amqplib instrumentation re-injects `traceparent` from the context active at `ch.publish`.
      // The relay runs in whatever context last handed it work (often another case's request), so
      // without this the message left under that other trace.
      await context.with(publishContext, () => this.confirmPublish(ch, routingKey, envelope, headers));
      span.setStatus({ code: SpanStatusCode.OK });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  }

  close(): Promise<void> {
    return this.channel.close();
  }

  private confirmPublish(ch: ConfirmChannel, routingKey: string, envelope: Envelope, headers: Record<string, unknown>): Promise<void> {
    return new Promise((resolve, reject) => {
      ch.publish(this.exchange, routingKey, Buffer.from(canonicalJson(envelope)), {
        persistent: true,
        mandatory: true,
        contentType: 'application/json',
        messageId: envelope.messageId,
        type: envelope.type,
        timestamp: Math.floor(Date.parse(envelope.issuedAt) / 1000),
        correlationId: envelope.correlationId,
        appId: envelope.fromService,
        headers,
      }, (err: unknown) => {
        const unroutable = this.returned.delete(envelope.messageId);
        if (err) reject(err instanceof Error ? err : new Error(`publish of ${envelope.messageId} was not confirmed`));
        else if (unroutable) reject(new UnroutableMessageError(routingKey));
        else resolve();
      });
    });
  }
}
