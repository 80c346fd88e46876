import type { Connection } from 'mongoose';
import type { IdempotencyRecord, IdempotencyStore, StoredResponse } from '@sx/http-kit';
import { plain } from '../case-log/plain';
import { isFerretDb } from '../ferretdb';
import { TypedCollection } from '../typed-collection';

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
  private readonly claims: TypedCollection<IdempotencyDocument>;

  constructor(private readonly conn: Connection) {
    this.claims = new TypedCollection<IdempotencyDocument>(conn, COLLECTION);
  }

  async init(): Promise<void> {
    await this.claims.create();
    // FerretDB v1 has no TTL: expired claims are only ever read as absent there, and the index would only cost.
    if (await isFerretDb(this.conn)) return;
    await this.claims.ensureExpiry('deleteAfter').catch(() => undefined);
  }

  async get(id: string): Promise<IdempotencyRecord | null> {
    const doc = await this.claims.findById(id);
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

  /** The insert of the `_id` is the claim: false when another request holds this key's slot. */
  insert(record: IdempotencyRecord): Promise<boolean> {
    const lifetime = record.expiresAt.getTime() - record.createdAt.getTime();
    const { id, requestHash, createdAt, expiresAt, leaseUntil, completedAt, response } = record;
    // Only the members present: the driver would store an absent one as null.
    return this.claims.insertOnce({
      _id: id, requestHash, createdAt, expiresAt, leaseUntil, deleteAfter: new Date(expiresAt.getTime() + lifetime),
      ...(completedAt ? { completedAt } : {}),
      ...(response ? { response: plain(response) } : {}),
    });
  }

  async complete(id: string, response: StoredResponse, completedAt: Date): Promise<void> {
    await this.claims.setFields(id, { response: plain(response), completedAt });
  }

  async remove(id: string): Promise<void> {
    await this.claims.deleteByIds([id]);
  }
}
