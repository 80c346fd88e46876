import type { Channel } from 'amqplib';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { assertDelayQueues, deleteDelayQueues, delayQueues, type DelayQueues } from './delay-queues';

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
  /**
   * The delay queue of a retry wait: TTL, then dead-lettered back into the inbox. Named by its wait,
   * so a new schedule (SX_RETRY_DELAYS_MS) declares new queues and never re-declares an old one with
   * other arguments (which the broker refuses with 406 PRECONDITION_FAILED); an old queue still
   * sends what waits in it back to the inbox.
   */
  retryQueue(service: ServiceName, delayMs: number): string;
}

/** A service's retry tiers: the delay queues that send a failed message back to its inbox. */
export const retryQueues = (names: TopologyNames, service: ServiceName, delaysMs: readonly number[]): DelayQueues =>
  delayQueues(names.inbox(service), delaysMs, (ms) => names.retryQueue(service, ms));

export function topologyNames(prefix = 'sx'): TopologyNames {
  return {
    exchange: `${prefix}.exchange`,
    deadExchange: `${prefix}.dead`,
    inbox: (s) => `${prefix}.${s}.inbox`,
    deadQueue: (s) => `${prefix}.${s}.dead`,
    retryQueue: (s, delayMs) => `${prefix}.${s}.retry.${delayMs}ms`,
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
    await assertDelayQueues(ch, retryQueues(names, service, options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS));
  }
  return names;
}

/** Test cleanup: removes everything `assertTopology` declared under the prefix (the retry queues of these waits). */
export async function deleteTopology(ch: Channel, prefix: string, retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS): Promise<void> {
  const names = topologyNames(prefix);
  for (const service of SERVICE_NAMES) {
    await deleteDelayQueues(ch, retryQueues(names, service, retryDelaysMs));
    await ch.deleteQueue(names.inbox(service));
    await ch.deleteQueue(names.deadQueue(service));
  }
  await ch.deleteExchange(names.exchange);
  await ch.deleteExchange(names.deadExchange);
}
