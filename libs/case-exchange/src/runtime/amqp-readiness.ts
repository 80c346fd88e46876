import type { ReadinessCheck } from '@sx/http-kit';
import type { Messaging } from '@sx/messaging';

/**
 * `/ready`'s AMQP check: the connection state the messaging lib tracks from amqplib's own
 * connection events (down while amqplib recovers a dropped connection, after it gave up, and
 * after `stop()`).
 */
export function amqpReadiness(messaging: Pick<Messaging, 'isConnected'>): ReadinessCheck {
  return { name: 'amqp', check: () => messaging.isConnected() };
}
