/** A response as first sent, kept to be sent again to a retry of the same request. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body as sent; absent for a response without a body. */
  readonly body?: unknown;
}

/**
 * One claim of an agency's key. A key has a chain of slots (`<agencyId>:<key>:<slot>`): a slot whose
 * claim expired or was abandoned is passed over and the next one claimed, so every claim is an
 * insert of a new `_id` — atomic on FerretDB v1 and MongoDB alike, where a guarded update is not.
 */
export interface IdempotencyRecord {
  readonly id: string;
  /** SHA-256 of method, path with query, and body (a file's bytes included). */
  readonly requestHash: string;
  readonly createdAt: Date;
  /** After this the key is free again (24 h). */
  readonly expiresAt: Date;
  /** A claim still without its response by then is abandoned (its process died): the next slot may be claimed. */
  readonly leaseUntil: Date;
  readonly completedAt?: Date;
  readonly response?: StoredResponse;
}

/** What the idempotency layer needs of a store; every operation is by exact id. */
export interface IdempotencyStore {
  get(id: string): Promise<IdempotencyRecord | null>;
  /** Inserts unless the id exists; false when it does (another request claimed it first). */
  insert(record: IdempotencyRecord): Promise<boolean>;
  complete(id: string, response: StoredResponse, completedAt: Date): Promise<void>;
  /** Frees a claim whose request failed on our side (5xx), so a retry runs it again. */
  remove(id: string): Promise<void>;
}
