import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { deadLettered, errorInfo, type LogSink } from '@sx/observability';
import { topologyNames } from '../amqp/topology';
import type { DeadReason } from './decode-delivery';
import type { Settlement } from './queue-consumer';

export const DEAD_REASON_HEADER = 'x-sx-dead-reason';
export const DEAD_REASON_CODE_HEADER = 'x-sx-dead-reason-code';

/**
 * Copies a rejected delivery to the dead-letter exchange with the reason and the original headers,
 * and resolves once the broker confirmed it: only then may the original be acked.
 */
export function publishDeadLetter(ch: ConfirmChannel, deadExchange: string, routingKey: string, msg: ConsumeMessage, reason: DeadReason): Promise<void> {
  const p = msg.properties;
  const headers: Record<string, unknown> = {
    ...(p.headers ?? {}),
    [DEAD_REASON_HEADER]: `${reason.code}: ${reason.message}`.slice(0, 2000),
    [DEAD_REASON_CODE_HEADER]: reason.code,
    'x-sx-original-exchange': msg.fields.exchange,
    'x-sx-original-routing-key': msg.fields.routingKey,
    'x-sx-dead-at': new Date().toISOString(),
  };
  return new Promise((resolve, reject) => {
    ch.publish(deadExchange, routingKey, msg.content, {
      persistent: true,
      headers,
      ...(p.messageId ? { messageId: String(p.messageId) } : {}),
      ...(p.type ? { type: String(p.type) } : {}),
      ...(p.contentType ? { contentType: String(p.contentType) } : {}),
      ...(p.timestamp ? { timestamp: Number(p.timestamp) } : {}),
    }, (err: unknown) => (err ? reject(err instanceof Error ? err : new Error('dead-letter publish not confirmed')) : resolve()));
  });
}

export interface DeadLetterRoute {
  deadExchange: string;
  /** `<service>.rejected`: the service's dead-letter queue binds `<service>.#`. */
  routingKey: string;
  /** The queue it was consumed from, for the log and the dead-letter metric. */
  queue: string;
  logger: LogSink;
}

/** Where a service's consumers dead-letter what they refuse from `queue`: its own dead-letter queue. */
export const deadLetterRoute = (prefix: string | undefined, service: string, queue: string, logger: LogSink): DeadLetterRoute => ({
  deadExchange: topologyNames(prefix).deadExchange,
  routingKey: `${service}.rejected`,
  queue,
  logger,
});

/**
 * Dead-letters a delivery its consumer refuses, counted and logged: `ack` once the broker confirmed
 * the copy, `requeue` when it did not (the original comes back and is refused again, never lost).
 */
export async function deadLetterDelivery(ch: ConfirmChannel, msg: ConsumeMessage, route: DeadLetterRoute, reason: DeadReason): Promise<Settlement> {
  route.logger.warn({ queue: route.queue, messageId: msg.properties.messageId, reason }, 'dead-lettering message');
  try {
    await publishDeadLetter(ch, route.deadExchange, route.routingKey, msg, reason);
    deadLettered(reason.code, route.queue);
    return 'ack';
  } catch (err) {
    route.logger.error({ messageId: msg.properties.messageId, ...errorInfo(err) }, 'dead-letter publish failed');
    return 'requeue';
  }
}
