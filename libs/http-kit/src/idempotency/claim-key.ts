import type { IdempotencyRecord, IdempotencyStore, StoredResponse } from './idempotency-store';

export interface ClaimSettings {
  readonly ttlMs: number;
  readonly leaseMs: number;
}

/** What a request with a key may do: run (holding `id`), replay the first response, or be refused. */
export type Claim =
  | { readonly kind: 'claimed'; readonly id: string }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'in-progress' }
  | { readonly kind: 'mismatch' };

// A chain this long means a key reused every day for years: refuse rather than walk on.
const MAX_SLOTS = 1000;

/** Expired, or claimed and not answered within its lease (the response of a claim past it does not count). */
export function isPassed(record: IdempotencyRecord, now: Date): boolean {
  if (now >= record.expiresAt) return true;
  if (now < record.leaseUntil) return false;
  return record.completedAt === undefined || record.completedAt > record.leaseUntil;
}

function outcome(record: IdempotencyRecord, requestHash: string): Claim {
  if (record.requestHash !== requestHash) return { kind: 'mismatch' };
  return record.response ? { kind: 'replay', response: record.response } : { kind: 'in-progress' };
}

/**
 * Claims `<base>:<slot>` for a request, walking the key's slots by id: the first live one decides
 * (same request: replay or in progress; another request: mismatch); at the first free one the
 * request inserts its claim, and of two inserting at once exactly one wins.
 */
export async function claimKey(store: IdempotencyStore, base: string, requestHash: string, now: Date, settings: ClaimSettings): Promise<Claim> {
  let retries = 0;
  for (let slot = 0; slot < MAX_SLOTS; slot++) {
    const id = `${base}:${slot}`;
    const found = await store.get(id);
    if (found) {
      if (!isPassed(found, now)) return outcome(found, requestHash);
      continue;
    }
    const record: IdempotencyRecord = {
      id,
      requestHash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + settings.ttlMs),
      leaseUntil: new Date(now.getTime() + settings.leaseMs),
    };
    if (await store.insert(record)) return { kind: 'claimed', id };
    const winner = await store.get(id);
    if (winner && !isPassed(winner, now)) return outcome(winner, requestHash);
    // The winner's claim was freed again (a 5xx) before we read it: try this slot once more.
    if (retries++ < 3) slot--;
  }
  throw new Error(`idempotency key ${base}: more than ${MAX_SLOTS} claims`);
}
