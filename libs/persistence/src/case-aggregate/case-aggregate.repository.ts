import { trusted, type Connection, type Model } from 'mongoose';
import type { z } from 'zod';
import { CaseIdSchema } from '@sx/contracts';
import { caseModel, type CaseDocument } from './case-aggregate.model';
import type { CaseAggregate, CaseChange } from './case-aggregate.types';
import { MapKeySchema } from './case-aggregate.types';
import { changeSet, newCaseDocument, outboxEnvelopes, plain, toAggregate } from './case-document.mapper';
import { CaseNotFoundError, ConcurrentUpdateError } from './case-errors';
import { withCaseWriteLock } from './case-write-lock';

export interface CaseRepositoryOptions<S> {
  collection: string;
  stateSchema: z.ZodType<S>;
  clock?: () => Date;
}

export type CreateResult<S> = { created: true; aggregate: CaseAggregate<S> } | { created: false; aggregate: CaseAggregate<S> };

/**
 * One document per case holding state, outbox and inbox, so one single-document `updateOne` is
 * atomic without transactions (FerretDB v1 has none). The version guard makes concurrent writers
 * fail loudly instead of overwriting each other.
 */
export class CaseAggregateRepository<S> {
  readonly name: string;
  protected readonly model: Model<CaseDocument>;
  private readonly clock: () => Date;
  private outboxListeners: Array<() => void> = [];

  private readonly lockPrefix: string;

  constructor(conn: Connection, protected readonly options: CaseRepositoryOptions<S>) {
    this.name = options.collection;
    this.lockPrefix = `${conn.name}/${options.collection}/`;
    this.model = caseModel(conn, options.collection);
    this.clock = options.clock ?? (() => new Date());
  }

  /** Creates the collection's indexes; call at startup before serving. */
  async ensureIndexes(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
    await this.model.createIndexes();
  }

  /** Called after every save that added outbox entries (wire it to `relay.kick()`). */
  onOutboxAdded(listener: () => void): void {
    this.outboxListeners.push(listener);
  }

  async findById(caseId: string): Promise<CaseAggregate<S> | null> {
    const doc = await this.model.findById(CaseIdSchema.parse(caseId)).lean<CaseDocument>().exec();
    return doc ? toAggregate(doc, this.options.stateSchema) : null;
  }

  /**
   * Cases matching a filter of the subclass's own queries (already sanitized: wrap operators in
   * `trusted`), in `_id` order from `after`, in one round trip.
   */
  protected async findMany(filter: Record<string, unknown>, options: { after?: string; limit: number }): Promise<CaseAggregate<S>[]> {
    const query = options.after ? { ...filter, _id: trusted({ $gt: CaseIdSchema.parse(options.after) }) } : filter;
    const docs = await this.model.find(query).sort({ _id: 1 }).limit(options.limit).lean<CaseDocument[]>().exec();
    return docs.map((d) => toAggregate(d, this.options.stateSchema));
  }

  async get(caseId: string): Promise<CaseAggregate<S>> {
    const found = await this.findById(caseId);
    if (!found) throw new CaseNotFoundError(caseId);
    return found;
  }

  /** Idempotent create: `_id = caseId`, a duplicate key means the case already exists. */
  async create(caseId: string, init: CaseChange<S>): Promise<CreateResult<S>> {
    const doc = newCaseDocument(CaseIdSchema.parse(caseId), init, this.clock());
    try {
      await this.locked(doc._id, () => this.model.create(doc));
    } catch (err) {
      if ((err as { code?: unknown }).code !== 11000) throw err;
      return { created: false, aggregate: await this.get(caseId) };
    }
    if (init.outbox?.length) this.notifyOutbox();
    return { created: true, aggregate: toAggregate(doc, this.options.stateSchema) };
  }

  /** Saves state + outbox + inbox (+ history) in one guarded update; throws `CASE.CONCURRENT_UPDATE`. */
  async save(current: Pick<CaseAggregate<S>, 'id' | 'version'>, change: CaseChange<S>): Promise<CaseAggregate<S>> {
    const next = current.version + 1;
    const update: Record<string, unknown> = { $set: changeSet(change, next, this.clock()) };
    if (change.history?.length) update['$push'] = { history: { $each: plain([...change.history]) } };
    const filter = { _id: CaseIdSchema.parse(current.id), version: current.version };
    const res = await this.locked(current.id, () => this.model.updateOne(filter, update).exec());
    if (res.matchedCount === 0) {
      if (!(await this.model.exists({ _id: current.id }))) throw new CaseNotFoundError(current.id);
      throw new ConcurrentUpdateError(current.id, current.version);
    }
    if (change.outbox?.length) this.notifyOutbox();
    return this.get(current.id);
  }

  /** True if this message (or idempotency key) was already applied to the case. */
  async hasProcessed(caseId: string, messageId: string): Promise<boolean> {
    const key = MapKeySchema.parse(messageId);
    const found = await this.model.exists({ _id: CaseIdSchema.parse(caseId), [`inbox.${key}`]: trusted({ $exists: true }) });
    return found !== null;
  }

  // --- OutboxStore (structurally what @sx/messaging's relay needs) ---

  async findPendingOutbox(limit: number): Promise<Array<{ caseId: string; envelopes: ReturnType<typeof outboxEnvelopes> }>> {
    const docs = await this.model.find({ hasPendingOutbox: true }, { outbox: 1 }).limit(limit).lean<Pick<CaseDocument, '_id' | 'outbox'>[]>().exec();
    return docs.map((d) => ({ caseId: d._id, envelopes: outboxEnvelopes(d.outbox) }));
  }

  async markOutboxPublished(caseId: string, messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    const id = CaseIdSchema.parse(caseId);
    const paths = Object.fromEntries(messageIds.map((m) => [`outbox.${MapKeySchema.parse(m)}`, '']));
    await this.locked(id, async () => {
      await this.model.updateOne({ _id: id }, { $unset: paths }).exec();
      // Conditional on the map being empty: a save that added an entry in between keeps the flag.
      await this.model.updateOne({ _id: id, hasPendingOutbox: true, outbox: {} }, { $set: { hasPendingOutbox: false } }).exec();
    });
  }

  private locked<T>(caseId: string, work: () => Promise<T>): Promise<T> {
    return withCaseWriteLock(this.lockPrefix + caseId, work);
  }

  private notifyOutbox(): void {
    for (const listener of this.outboxListeners) listener();
  }
}
