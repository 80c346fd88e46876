import { Schema, type Connection, type Model } from 'mongoose';
import type { IdempotencyRecord, IdempotencyStore, StoredResponse } from '@sx/http-kit';
import { plain } from '../case-log/plain';
import { isDuplicateKey } from '../duplicate-key';
import { isFerretDb } from '../ferretdb';
import { SAFE_SCHEMA_OPTIONS } from '../mongo-connection';
import { retryBusy } from '../transient-retry';

interface IdempotencyDocument {
  _id: string;
  requestHash: string;
  createdAt: Date;
  expiresAt: Date;
  leaseUntil: Date;
  completedAt?: Date;
  response?: StoredResponse;
  /** MongoDB's TTL monitor removes the claim then: one lifetime after it expired, so a key's later slot is never orphaned. */
  deleteAfter: Date;
}

const COLLECTION = 'idempotency_keys';

/**
 * The agencies' Idempotency-Key claims (`_id` = `<agencyId>:<key>:<slot>`). Every operation is by
 * exact `_id`: the insert is the atomic claim. MongoDB drops old claims through a TTL index; FerretDB
 * v1 has none, and an expired claim is read as absent anyway.
 */
export class MongoIdempotencyStore implements IdempotencyStore {
  private readonly model: Model<IdempotencyDocument>;

  constructor(conn: Connection) {
    const schema = new Schema<IdempotencyDocument>(
      {
        _id: { type: String, required: true },
        requestHash: { type: String, required: true },
        createdAt: { type: Date, required: true },
        expiresAt: { type: Date, required: true },
        leaseUntil: { type: Date, required: true },
        completedAt: Date,
        response: Schema.Types.Mixed,
        deleteAfter: { type: Date, required: true },
      },
      { ...SAFE_SCHEMA_OPTIONS, collection: COLLECTION },
    );
    this.model = (conn.models[COLLECTION] as Model<IdempotencyDocument> | undefined) ?? conn.model<IdempotencyDocument>(COLLECTION, schema, COLLECTION);
  }

  async init(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
    // FerretDB v1 has no TTL: expired claims are only ever read as absent there, and the index would only cost.
    if (await isFerretDb(this.model.db)) return;
    await this.model.collection.createIndex({ deleteAfter: 1 }, { expireAfterSeconds: 0 }).catch(() => undefined);
  }

  async get(id: string): Promise<IdempotencyRecord | null> {
    const doc = await retryBusy(() => this.model.findById(id).lean<IdempotencyDocument>().exec());
    if (!doc) return null;
    return {
      id: doc._id,
      requestHash: doc.requestHash,
      createdAt: new Date(doc.createdAt),
      expiresAt: new Date(doc.expiresAt),
      leaseUntil: new Date(doc.leaseUntil),
      ...(doc.completedAt ? { completedAt: new Date(doc.completedAt) } : {}),
      ...(doc.response ? { response: doc.response } : {}),
    };
  }

  async insert(record: IdempotencyRecord): Promise<boolean> {
    const lifetime = record.expiresAt.getTime() - record.createdAt.getTime();
    const { id, ...rest } = record;
    try {
      await retryBusy(() => this.model.insertMany([{ ...rest, _id: id, deleteAfter: new Date(record.expiresAt.getTime() + lifetime) }]));
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async complete(id: string, response: StoredResponse, completedAt: Date): Promise<void> {
    await retryBusy(() => this.model.updateOne({ _id: id }, { $set: { response: plain(response), completedAt } }).exec());
  }

  async remove(id: string): Promise<void> {
    await retryBusy(() => this.model.deleteOne({ _id: id }).exec());
  }
}
