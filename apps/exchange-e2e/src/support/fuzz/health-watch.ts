export interface HealthReport {
  readonly probes: number;
  readonly maxMs: number;
  /** Probes slower than the limit (or unanswered), with when they happened. */
  readonly slow: string[];
}

/** Asks each service's /health in turn, every 20 ms, until stopped: is the event loop ever stalled? */
export function watchHealth(baseUrls: readonly string[], limitMs: number): { stop(): Promise<HealthReport> } {
  let running = true;
  let probes = 0;
  let maxMs = 0;
  const slow: string[] = [];
  const started = Date.now();
  const loop = (async () => {
    while (running) {
      for (const url of baseUrls) {
        const t = performance.now();
        const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
        const ms = performance.now() - t;
        probes++;
        maxMs = Math.max(maxMs, ms);
        if (!ok || ms > limitMs) slow.push(`${url}/health ${ok ? `${ms.toFixed(0)} ms` : 'no answer'} at +${Date.now() - started} ms`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { probes, maxMs, slow };
    },
  };
}
