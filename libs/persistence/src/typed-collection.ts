import type { Connection, mongo } from 'mongoose';
import { isDuplicateKey } from './duplicate-key';
import { retryBusy } from './transient-retry';

/**
 * A collection written and read through the driver, every call retried on FerretDB's transient
 * "database is locked". For data already checked by zod at the boundary: mongoose's casting would only
 * copy it again. Reads and writes go by exact `_id`, the only filter FerretDB v1 pushes down to SQL.
 */
export class TypedCollection<T extends { _id: string }> {
  constructor(
    private readonly conn: Connection,
    readonly name: string,
  ) {}

  private collection(): mongo.Collection<T> {
    const db = this.conn.db;
    if (!db) throw new Error(`mongo is not connected (collection ${this.name})`);
    return db.collection<T>(this.name);
  }

  async create(): Promise<void> {
    const db = this.conn.db;
    if (!db) throw new Error(`mongo is not connected (collection ${this.name})`);
    await db.createCollection(this.name).catch(() => undefined);
  }

  /** Inserts a document whose `_id` names its content: false when it was there already (the same content). */
  async insertOnce(doc: T): Promise<boolean> {
    try {
      await retryBusy(() => this.collection().insertOne(doc as mongo.OptionalUnlessRequiredId<T>));
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async findById(id: string): Promise<T | null> {
    return (await retryBusy(() => this.collection().findOne({ _id: id } as mongo.Filter<T>))) as T | null;
  }

  /** Inserts documents whose `_id`s name their content, skipping those already there (one unordered write). */
  async insertAllOnce(docs: readonly T[]): Promise<void> {
    if (docs.length === 0) return;
    await retryBusy(() =>
      this.collection()
        .insertMany(docs as mongo.OptionalUnlessRequiredId<T>[], { ordered: false })
        .then(
          () => undefined,
          (err: unknown) => {
            if (!isDuplicateKey(err, 'every')) throw err;
          },
        ),
    );
  }

  /** Replaces the document with its `_id` (inserting it with `upsert`). */
  async replace(doc: T, options: { upsert?: boolean } = {}): Promise<void> {
    const { _id, ...rest } = doc;
    await retryBusy(() => this.collection().replaceOne({ _id } as mongo.Filter<T>, rest as mongo.WithoutId<T>, { upsert: options.upsert ?? false }));
  }

  /** Sets these fields of the document with `_id` (nothing when it is absent): one write, no read. */
  async setFields(id: string, fields: Partial<Omit<T, '_id'>>): Promise<void> {
    await retryBusy(() => this.collection().updateOne({ _id: id } as mongo.Filter<T>, { $set: fields } as mongo.UpdateFilter<T>));
  }

  /** A TTL index: the server drops a document once `field`'s date has passed (MongoDB; FerretDB v1 has no TTL). */
  async ensureExpiry(field: keyof T & string): Promise<void> {
    await this.collection().createIndex({ [field]: 1 }, { expireAfterSeconds: 0 });
  }

  /** Every document, or the first `limit` (a whole-collection read: only for small collections). */
  async all(limit?: number): Promise<T[]> {
    const cursor = this.collection().find({});
    return (await retryBusy(() => (limit === undefined ? cursor.toArray() : cursor.limit(limit).toArray()))) as T[];
  }

  async deleteByIds(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await retryBusy(() => this.collection().deleteMany({ _id: { $in: [...ids] } } as mongo.Filter<T>));
  }

  /** Drops the collection; nothing when it does not exist. */
  async drop(): Promise<void> {
    await this.collection().drop().catch(() => undefined);
  }

  /** The documents of these ids that exist, each read by its `_id`. */
  async findByIds(ids: readonly string[]): Promise<T[]> {
    const found: (T | null)[] = await Promise.all(ids.map((id) => this.findById(id)));
    return found.filter((d): d is T => d !== null);
  }
}
