import type { Connection } from 'mongoose';
import { startPeriodicPass, type LogSink, type PeriodicPass } from '@sx/observability';
import { TypedCollection } from '../typed-collection';
import { AgencySubscriptionsSchema, type Subscription } from './stored-webhook.schema';

const COLLECTION = 'webhook_subscriptions';

/**
 * Subscriptions, one document per agency. Which agencies subscribe is also held in memory (and
 * re-read every `refreshMs`, for subscriptions another replica registered), so a step asks no
 * database whether to add its webhook notice. Changes of one agency are serialized in the process;
 * the document is replaced whole (FerretDB v1 has no atomic guarded update).
 */
export class SubscriptionStore {
  private subscribed: ReadonlySet<string> = new Set();
  private readonly locks = new Map<string, Promise<unknown>>();

  private readonly agencies: TypedCollection<{ _id: string; subscriptions: unknown[] }>;

  constructor(conn: Connection) {
    this.agencies = new TypedCollection(conn, COLLECTION);
  }

  /** The agencies with at least one subscription, as last read (no I/O). */
  subscribedAgencies(): ReadonlySet<string> {
    return this.subscribed;
  }

  async refresh(): Promise<void> {
    const docs = await this.agencies.all();
    this.subscribed = new Set(docs.filter((d) => d.subscriptions.length > 0).map((d) => d._id));
  }

  /** Re-reads the subscriptions every `everyMs` (another replica's changes), one pass at a time. */
  startRefreshing(everyMs: number, logger: LogSink): PeriodicPass {
    return startPeriodicPass('webhook subscriptions refresh', everyMs, () => this.refresh(), logger);
  }

  async forAgency(agencyId: string): Promise<Subscription[]> {
    const doc = await this.agencies.findById(agencyId);
    return doc ? AgencySubscriptionsSchema.parse(doc).subscriptions : [];
  }

  async find(agencyId: string, id: string): Promise<Subscription | undefined> {
    return (await this.forAgency(agencyId)).find((s) => s.id === id);
  }

  add(agencyId: string, subscription: Subscription): Promise<void> {
    return this.change(agencyId, (subs) => [...subs, subscription]);
  }

  /** Whether it was there. */
  async remove(agencyId: string, id: string): Promise<boolean> {
    let found = false;
    await this.change(agencyId, (subs) => {
      found = subs.some((s) => s.id === id);
      return subs.filter((s) => s.id !== id);
    });
    return found;
  }

  private change(agencyId: string, edit: (subs: Subscription[]) => Subscription[]): Promise<void> {
    const previous = this.locks.get(agencyId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(async () => {
      const subscriptions = edit(await this.forAgency(agencyId));
      await this.agencies.replace({ _id: agencyId, subscriptions }, { upsert: true });
      const agencies = new Set(this.subscribed);
      if (subscriptions.length > 0) agencies.add(agencyId);
      else agencies.delete(agencyId);
      this.subscribed = agencies;
    });
    this.locks.set(agencyId, next);
    return next.finally(() => {
      if (this.locks.get(agencyId) === next) this.locks.delete(agencyId);
    });
  }
}
