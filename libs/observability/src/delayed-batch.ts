/**
 * Write-behind: items added within `delayMs` of the first are written together, in one call of
 * `write`, off the caller's path. An item added again under the same key replaces the waiting one
 * (only the latest is written). The one way the services coalesce writes (case snapshots, dropped
 * outbox pointers); what waits is always recoverable from elsewhere, so a crash only costs a redo.
 */
export class DelayedBatch<K, V> {
  private readonly waiting = new Map<K, V>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly delayMs: number,
    private readonly write: (items: ReadonlyMap<K, V>) => Promise<void>,
  ) {}

  add(key: K, value: V): void {
    this.waiting.set(key, value);
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    this.timer.unref?.();
  }

  /** Takes a waiting item back (its caller writes it itself). */
  remove(key: K): void {
    this.waiting.delete(key);
  }

  /** Writes everything waiting now; resolves once this and every earlier write finished. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const items = new Map(this.waiting);
    this.waiting.clear();
    const batch = items.size > 0 ? this.write(items) : Promise.resolve();
    const done = Promise.all([this.running, batch]).then(() => undefined);
    // A failed write is its flush's to report, not every later one's.
    this.running = done.catch(() => undefined);
    return done;
  }
}
