import { backOff } from 'exponential-backoff';

/**
 * FerretDB v1 on SQLite answers a write that meets another writer's lock with `database is locked
 * (SQLITE_BUSY)` instead of waiting. Such a write did not happen, so an idempotent one (a snapshot
 * replace, a read) is simply tried again after a short, jittered pause.
 */
const isBusy = (err: unknown): boolean => /database is locked|SQLITE_BUSY/.test(String((err as Error | null)?.message ?? err));

export async function retryBusy<T>(work: () => Promise<T>, attempts = 8): Promise<T> {
  // The first try runs bare: nearly every call succeeds, and the library's promise hops cost every call.
  try {
    return await work();
  } catch (err) {
    if (!isBusy(err) || attempts <= 1) throw err;
  }
  // Full jitter: writers that met on one lock do not meet again on the same beat.
  return backOff(work, { numOfAttempts: attempts - 1, delayFirstAttempt: true, startingDelay: 10, timeMultiple: 2, maxDelay: 200, jitter: 'full', retry: isBusy });
}
