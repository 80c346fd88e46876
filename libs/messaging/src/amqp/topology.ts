import type { Channel } from 'amqplib';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';

export interface TopologyOptions {
  /** Name prefix; `sx` in deployments, a unique one per test run. */
  prefix?: string;
  /** Deliveries of one message before the quorum queue dead-letters it (poison message guard). */
  deliveryLimit?: number;
}

export interface TopologyNames {
  exchange: string;
  deadExchange: string;
  inbox(service: ServiceName): string;
  deadQueue(service: ServiceName): string;
}

export function topologyNames(prefix = 'sx'): TopologyNames {
  return {
    exchange: `${prefix}.exchange`,
    deadExchange: `${prefix}.dead`,
    inbox: (s) => `${prefix}.${s}.inbox`,
    deadQueue: (s) => `${prefix}.${s}.dead`,
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
  }
  return names;
}

/** Test cleanup: removes everything `assertTopology` declared under the prefix. */
export async function deleteTopology(ch: Channel, prefix: string): Promise<void> {
  const names = topologyNames(prefix);
  for (const service of SERVICE_NAMES) {
    await ch.deleteQueue(names.inbox(service));
    await ch.deleteQueue(names.deadQueue(service));
  }
  await ch.deleteExchange(names.exchange);
  await ch.deleteExchange(names.deadExchange);
}
