import type { MessageCatalog, ServiceName } from '@sx/contracts';
import { observeGauge } from '@sx/observability';
import { AmqpConnection } from './amqp/amqp-connection';
import { EnvelopePublisher } from './amqp/envelope.publisher';
import { assertTopology, type TopologyNames } from './amqp/topology';
import { EnvelopeConsumer, type EnvelopeHandler } from './consumer/envelope.consumer';
import { silentLogger, type LogSink } from '@sx/observability';
import { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
import type { OutboxStore } from './outbox/outbox-store';
import { createVerifier } from './signing/envelope-signature';
import type { KeyRing } from './signing/key-ring';

export interface MessagingOptions {
  url: string;
  service: ServiceName;
  keys: KeyRing;
  prefix?: string;
  deliveryLimit?: number;
  /** Waits of the retry tiers for a message whose handler failed (default 1 s … 10 min). */
  retryDelaysMs?: readonly number[];
  prefetch?: number;
  catalog?: MessageCatalog;
  logger?: LogSink;
  /** Shown in the broker's connection list; defaults to the service name. */
  connectionName?: string;
}

export interface Messaging {
  readonly names: TopologyNames;
  /** The service's one connection to the broker: other queues of the service (webhook jobs) open their channels on it. */
  readonly connection: AmqpConnection;
  readonly publisher: EnvelopePublisher;
  /** Consumes this service's inbox (or `queue`); resolves once subscribed. */
  consume(handler: EnvelopeHandler, options?: { queue?: string; prefetch?: number }): Promise<EnvelopeConsumer>;
  /** Creates (does not start) the relay for the given outbox stores. */
  createRelay(stores: readonly OutboxStore[], options?: Pick<OutboxRelayOptions, 'intervalMs' | 'graceMs' | 'batchSize' | 'prepare'>): OutboxRelay;
  /**
   * Whether the AMQP connection is up right now (amqplib's connection events, not a probe): false
   * while amqplib recovers a dropped connection, after recovery gave up, and after `stop()`.
   */
  isConnected(): boolean;
  /** Graceful stop: relays, then consumers (in-flight handlers finish), then publisher and connection. */
  stop(): Promise<void>;
}

/** Messages waiting in this service's inbox and dead-letter queue, read from the broker when metrics are collected. */
function observeQueueDepths(conn: AmqpConnection, queues: ReadonlyArray<{ queue: string; kind: 'inbox' | 'dead' }>): void {
  observeGauge('sx.queue.depth', 'Messages waiting in this service’s queues: its inbox and its dead letters', '{message}', async () => {
    const ch = await conn.createChannel();
    ch.on('error', () => undefined);
    try {
      const readings = [];
      for (const q of queues) readings.push({ value: (await ch.checkQueue(q.queue)).messageCount, attributes: { queue: q.queue, kind: q.kind } });
      return readings;
    } finally {
      await ch.close().catch(() => undefined);
    }
  });
}

/** Composition helper for a service's `main.ts`: connection, topology, publisher, consumers, relay. */
export async function createMessaging(options: MessagingOptions): Promise<Messaging> {
  const logger = options.logger ?? silentLogger;
  const conn = await AmqpConnection.open({ url: options.url, logger, name: options.connectionName ?? options.service });
  const setupChannel = await conn.createChannel();
  setupChannel.on('error', () => undefined);
  const names = await assertTopology(setupChannel, { prefix: options.prefix, deliveryLimit: options.deliveryLimit, retryDelaysMs: options.retryDelaysMs, service: options.service })
    .finally(() => setupChannel.close().catch(() => undefined));
  const publisher = new EnvelopePublisher(conn, { signingKey: options.keys.signingKey, prefix: options.prefix, logger });
  const verifier = createVerifier(options.keys.publicKeys);
  const consumers: EnvelopeConsumer[] = [];
  observeQueueDepths(conn, [
    { queue: names.inbox(options.service), kind: 'inbox' },
    { queue: names.deadQueue(options.service), kind: 'dead' },
  ]);
  const relays: OutboxRelay[] = [];
  return {
    names,
    connection: conn,
    publisher,
    isConnected: () => conn.isConnected(),
    async consume(handler, opts = {}) {
      const consumer = new EnvelopeConsumer(conn, handler, {
        service: options.service,
        verifier,
        prefix: options.prefix,
        logger,
        ...(options.catalog ? { catalog: options.catalog } : {}),
        ...(opts.queue ? { queue: opts.queue } : {}),
        prefetch: opts.prefetch ?? options.prefetch ?? 10,
        ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
      });
      consumers.push(consumer);
      await consumer.start();
      return consumer;
    },
    createRelay(stores, opts = {}) {
      const relay = new OutboxRelay({ stores, publisher, logger, ...opts });
      relays.push(relay);
      return relay;
    },
    async stop() {
      await Promise.all(relays.map((r) => r.stop()));
      await Promise.all(consumers.map((c) => c.stop()));
      await publisher.close();
      await conn.close();
    },
  };
}
