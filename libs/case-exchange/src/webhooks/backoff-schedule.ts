/** How long a failed delivery keeps being retried before it is marked failed (the issue: at least a day). */
export const DEFAULT_RETRY_SPAN_MS = 24 * 60 * 60 * 1000;

export interface BackoffOptions {
  readonly firstMs: number;
  readonly factor: number;
  readonly maxMs: number;
  /** The waits add up to at least this much. */
  readonly spanMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { firstMs: 5_000, factor: 4, maxMs: 6 * 60 * 60 * 1000, spanMs: DEFAULT_RETRY_SPAN_MS };

/**
 * The waits before each retry: exponential from `firstMs` by `factor`, capped at `maxMs`, until their
 * sum reaches `spanMs` (5 s, 20 s, 80 s, 5 min, 21 min, 85 min, 5.7 h, 6 h … ≥ 24 h by default).
 */
export function backoffSchedule(o: BackoffOptions = DEFAULT_BACKOFF): number[] {
  const waits: number[] = [];
  let total = 0;
  for (let wait = o.firstMs; total < o.spanMs; wait = Math.min(o.maxMs, wait * o.factor)) {
    waits.push(Math.round(wait));
    total += Math.round(wait);
  }
  return waits;
}

/**
 * A wait with "full jitter" on its upper part: uniformly in [(1 − ratio)·wait, wait], so receivers
 * recovering from an outage are not hit by every retry at once. Never longer than `wait`, because the
 * delay queue of that tier expires messages at `wait` at the latest.
 */
export function jittered(wait: number, ratio: number, random: () => number = Math.random): number {
  return Math.max(1, Math.round(wait * (1 - ratio * random())));
}
