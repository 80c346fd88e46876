/**
 * FerretDB v1 on SQLite answers a write that meets another writer's lock with `database is locked
 * (SQLITE_BUSY)` instead of waiting. Such a write did not happen, so an idempotent one (a snapshot
 * replace, a read) is simply tried again after a short, jittered pause.
 */
const isBusy = (err: unknown): boolean => /database is locked|SQLITE_BUSY/.test(String((err as Error | null)?.message ?? err));

export async function retryBusy<T>(work: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isBusy(err) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20 * attempt));
    }
  }
}
