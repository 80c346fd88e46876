import type { Connection } from 'mongoose';
import type { WebhookEvent } from '@sx/contracts';
import { TypedCollection } from '../typed-collection';
import { StoredDeliverySchema, type StoredDelivery, type Subscription } from './stored-webhook.schema';

/** A delivery's public id: the subscription, then the webhook-id in base64url (no lookup needed to find it). */
export const deliveryIdOf = (subscriptionId: string, webhookId: string): string => `${subscriptionId}.${Buffer.from(webhookId).toString('base64url')}`;

export function parseDeliveryId(id: string): { subscriptionId: string; webhookId: string } | null {
  const m = /^(ws_[0-9a-f]{16})\.([A-Za-z0-9_-]{1,400})$/.exec(id);
  return m?.[1] && m[2] ? { subscriptionId: m[1], webhookId: Buffer.from(m[2], 'base64url').toString('utf8') } : null;
}

/**
 * The delivery log: one collection per subscription (a subscription's log is a whole-collection
 * read, cheap on FerretDB v1), one document per event with `_id` = its webhook-id. The insert of that
 * `_id` is the "once": a second insert of the same event fails atomically on any store.
 */
export class DeliveryStore {
  constructor(private readonly conn: Connection) {}

  private collection(subscriptionId: string): TypedCollection<StoredDelivery> {
    return new TypedCollection(this.conn, `webhook_deliveries_${subscriptionId}`);
  }

  /** Records a new delivery; false when that event was already recorded for the subscription. */
  async create(sub: Subscription, agencyId: string, webhookId: string, event: WebhookEvent, now: Date): Promise<boolean> {
    const seq = event.type === 'case.step' ? event.data.seq : undefined;
    const doc: StoredDelivery = {
      _id: webhookId, subscriptionId: sub.id, agencyId, caseId: event.data.caseId, ...(seq !== undefined ? { seq } : {}), event,
      state: 'pending', attempts: [], round: 0, nextAttemptAt: now.toISOString(), redeliveries: 0, createdAt: now.toISOString(), updatedAt: now.toISOString(),
    };
    return this.collection(sub.id).insertOnce(doc);
  }

  async get(subscriptionId: string, webhookId: string): Promise<StoredDelivery | null> {
    const doc = await this.collection(subscriptionId).findById(webhookId);
    return doc ? StoredDeliverySchema.parse(doc) : null;
  }

  async save(doc: StoredDelivery): Promise<void> {
    await this.collection(doc.subscriptionId).replace(doc);
  }

  /** The newest deliveries of a subscription first. */
  async list(subscriptionId: string, limit: number): Promise<StoredDelivery[]> {
    const docs = await this.collection(subscriptionId).all();
    return docs
      .map((d) => StoredDeliverySchema.parse(d))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (b.seq ?? 0) - (a.seq ?? 0))
      .slice(0, limit);
  }

  async drop(subscriptionId: string): Promise<void> {
    await this.collection(subscriptionId).drop();
  }
}
