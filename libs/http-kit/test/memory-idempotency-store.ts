import type { IdempotencyRecord, IdempotencyStore, StoredResponse } from '../src/idempotency/idempotency-store';

/** A process-local store with the same contract as the database one: for tests and single-process tools. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly records = new Map<string, IdempotencyRecord>();

  async get(id: string): Promise<IdempotencyRecord | null> {
    return this.records.get(id) ?? null;
  }

  async insert(record: IdempotencyRecord): Promise<boolean> {
    if (this.records.has(record.id)) return false;
    this.records.set(record.id, record);
    return true;
  }

  async complete(id: string, response: StoredResponse, completedAt: Date): Promise<void> {
    const found = this.records.get(id);
    if (found) this.records.set(id, { ...found, response, completedAt });
  }

  async remove(id: string): Promise<void> {
    this.records.delete(id);
  }
}
