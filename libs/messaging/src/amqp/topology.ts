import type { Channel } from 'amqplib';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';

export interface TopologyOptions {
  /** Name prefix; `sx` in deployments, a unique one per test run. */
  prefix?: string;
  /** Deliveries of one message before the quorum queue dead-letters it (poison message guard). */
  deliveryLimit?: number;
  /** The waits of the retry tiers: a message whose handler failed waits this long before it comes back. */
  retryDelaysMs?: readonly number[];
  /** The service whose retry queues to declare (only its own consumer uses them). */
  service?: ServiceName;
}

/** 1 s, 5 s, 30 s, 2 min, 10 min: a transient fault (a database failover) has time to pass. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 5_000, 30_000, 120_000, 600_000];

export interface TopologyNames {
  exchange: string;
  deadExchange: string;
  inbox(service: ServiceName): string;
  deadQueue(service: ServiceName): string;
  /** The delay queue of retry tier `tier` (0-based): TTL, then dead-lettered back into the inbox. */
  retryQueue(service: ServiceName, tier: number): string;
}

export function topologyNames(prefix = 'sx'): TopologyNames {
  return {
    exchange: `${prefix}.exchange`,
    deadExchange: `${prefix}.dead`,
    inbox: (s) => `${prefix}.${s}.inbox`,
    deadQueue: (s) => `${prefix}.${s}.dead`,
    retryQueue: (s, tier) => `${prefix}.${s}.retry.${tier}`,
  };
}

/**
 * Declares every service's inbox, not only our own: a message to a service that has not started
 * yet must still be routable (the publish uses `mandatory`, an unroutable one is an error).
 */
export async function assertTopology(ch: Channel, options: TopologyOptions = {}): Promise<TopologyNames> {
  const names = topologyNames(options.prefix);
  await ch.assertExchange(names.exchange, 'topic', { durable: true });
  await ch.assertExchange(names.deadExchange, 'topic', { durable: true });
  for (const service of SERVICE_NAMES) {
    await ch.assertQueue(names.inbox(service), {
      durable: true,
      arguments: {
        'x-queue-type': 'quorum',
        'x-dead-letter-exchange': names.deadExchange,
        'x-delivery-limit': options.deliveryLimit ?? 5,
        // at-least-once dead-lettering: a dead letter is kept until the dead queue confirms it.
        'x-dead-letter-strategy': 'at-least-once',
        'x-overflow': 'reject-publish',
      },
    });
    await ch.bindQueue(names.inbox(service), names.exchange, `${service}.#`);
    await ch.assertQueue(names.deadQueue(service), { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    // Broker dead-letters keep the original routing key `<service>.<type>`; ours use `<service>.rejected`.
    await ch.bindQueue(names.deadQueue(service), names.deadExchange, `${service}.#`);
    if (service !== options.service) continue;
    for (const [tier, ttl] of (options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS).entries()) {
      // Classic queues: quorum queues of RabbitMQ 3.10 have no message TTL. Expired messages go
      // through the default exchange straight back to the inbox they came from.
      await ch.assertQueue(names.retryQueue(service, tier), {
        durable: true,
        arguments: { 'x-message-ttl': ttl, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': names.inbox(service) },
      });
    }
  }
  return names;
}

/** Test cleanup: removes everything `assertTopology` declared under the prefix. */
export async function deleteTopology(ch: Channel, prefix: string, retryTiers = 10): Promise<void> {
  const names = topologyNames(prefix);
  for (const service of SERVICE_NAMES) {
    for (let tier = 0; tier < retryTiers; tier++) await ch.deleteQueue(names.retryQueue(service, tier));
    await ch.deleteQueue(names.inbox(service));
    await ch.deleteQueue(names.deadQueue(service));
  }
  await ch.deleteExchange(names.exchange);
  await ch.deleteExchange(names.deadExchange);
}
