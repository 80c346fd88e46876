/**
 * Wakes the requests waiting on a case (GET /cases/{id}?afterSeq=N) when this process commits a
 * change to it. Another replica's commits are not seen here: waiters also poll, by `_id`.
 */
export class CaseArrivals {
  private readonly waiters = new Map<string, Set<() => void>>();
  private closed = false;

  /** True once the service stops: held reads answer at once with the copy they have. */
  get stopping(): boolean {
    return this.closed;
  }

  /** Releases every held read (shutdown must not wait up to 30 s for them). */
  close(): void {
    this.closed = true;
    for (const caseId of [...this.waiters.keys()]) this.notify(caseId);
  }

  notify(caseId: string): void {
    const waiting = this.waiters.get(caseId);
    if (!waiting) return;
    this.waiters.delete(caseId);
    for (const wake of waiting) wake();
  }

  /** Resolves at the case's next change in this process, after `ms`, or on `signal`, whichever comes first. */
  next(caseId: string, ms: number, signal?: AbortSignal): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const waiting = this.waiters.get(caseId) ?? new Set<() => void>();
      this.waiters.set(caseId, waiting);
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        waiting.delete(done);
        if (waiting.size === 0 && this.waiters.get(caseId) === waiting) this.waiters.delete(caseId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done);
      waiting.add(done);
    });
  }

  /** How many requests wait now (for tests and metrics). */
  get waiting(): number {
    let n = 0;
    for (const w of this.waiters.values()) n += w.size;
    return n;
  }
}
