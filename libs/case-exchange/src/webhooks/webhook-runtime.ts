import type { WebhookEvent } from '@sx/contracts';
import type { Logger } from 'pino';
import type { DeliveryStore, Subscription, SubscriptionStore } from '@sx/persistence';
import type { CaseViewStore } from '../case-view/case-record';
import type { WebhookQueue } from './webhook-queue';
import type { WebhookSettings } from './webhook-settings';

/** What the webhook use cases work with: the stores, the queue once started, the settings. */
export interface WebhookRuntime {
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryStore;
  readonly cases: CaseViewStore;
  readonly settings: WebhookSettings;
  /** The legal clock (may be shifted in tests and demos): subscriptions' dates, reminders' "today". */
  readonly clock: () => Date;
  /** Real time: attempts, retries and the webhook-timestamp a receiver checks against its own clock. */
  readonly wallClock: () => Date;
  readonly logger: Logger;
  /** The durable queue; throws before `start`. */
  queue(): WebhookQueue;
}

/**
 * Records one event for one subscription and queues its first attempt; false when that event was
 * already recorded (a notice delivered twice, a reminder pass seeing the same obligation again).
 * A delivery recorded but never queued (a crash in between) is queued again on the next sighting.
 */
export async function enqueueDelivery(rt: WebhookRuntime, sub: Subscription, agencyId: string, webhookId: string, event: WebhookEvent): Promise<boolean> {
  const created = await rt.deliveries.create(sub, agencyId, webhookId, event, rt.wallClock());
  if (!created) {
    const existing = await rt.deliveries.get(sub.id, webhookId);
    if (existing?.state !== 'pending' || existing.attempts.length > 0) return false;
  }
  await rt.queue().publish({ subscriptionId: sub.id, agencyId, webhookId });
  return created;
}

export const wants = (sub: Pick<Subscription, 'events'>, type: WebhookEvent['type']): boolean => sub.events.includes(type);
