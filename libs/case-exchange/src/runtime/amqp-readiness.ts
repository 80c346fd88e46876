import type { Logger as MessagingLogger } from '@sx/messaging';

// The messaging lib reports connection changes only through its logger (AmqpConnection logs the
// amqplib `connect` / `disconnect` / `reconnect-failed` events with these texts). Until Messaging
// exposes its state directly, readiness listens to those lines. Keep in sync with amqp-connection.ts.
const UP = new Set(['amqp connected']);
const DOWN = new Set(['amqp disconnected; reconnecting', 'amqp recovery gave up']);

export interface AmqpConnectionState {
  /** Pass this to `createMessaging` so its connection events reach the tracker. */
  readonly logger: MessagingLogger;
  /** True from a successful connect until the connection drops. */
  connected(): boolean;
}

export function trackAmqpConnection(inner: MessagingLogger): AmqpConnectionState {
  // `createMessaging` resolves only once connected, so the state starts up.
  let up = true;
  const observe = (msg: string | undefined): void => {
    if (msg !== undefined && UP.has(msg)) up = true;
    if (msg !== undefined && DOWN.has(msg)) up = false;
  };
  return {
    logger: {
      info: (obj, msg) => (observe(msg), inner.info(obj, msg)),
      warn: (obj, msg) => (observe(msg), inner.warn(obj, msg)),
      error: (obj, msg) => (observe(msg), inner.error(obj, msg)),
    },
    connected: () => up,
  };
}
