/**
 * Serializes writes to one case document within this process.
 *
 * Why: FerretDB v1 (SQLite backend) executes `updateOne` as read → apply in Go → rewrite the whole
 * document, without holding a lock between read and write. Measured on v1.24: of 10 concurrent
 * `updateOne({ _id, version: 1 }, …)` calls, 2 matched; and an `$unset` of one outbox entry can
 * overwrite a concurrent `$set` of another. MongoDB 7 makes both atomic. Queueing our own writes per
 * case restores the guarantees for a single process per service; across processes on FerretDB v1
 * the version guard remains best-effort (see the lib's README note).
 */
const tails = new Map<string, Promise<unknown>>();

export async function withCaseWriteLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}
