import { backoffSchedule, DEFAULT_RETRY_SPAN_MS, jittered } from './backoff-schedule';

describe('the webhook retry schedule', () => {
  it('grows exponentially, is capped, and keeps retrying for at least 24 hours by default', () => {
    const waits = backoffSchedule();
    expect(waits.slice(0, 4)).toEqual([5_000, 20_000, 80_000, 320_000]);
    expect(Math.max(...waits)).toBe(6 * 60 * 60 * 1000);
    const sum = waits.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThanOrEqual(DEFAULT_RETRY_SPAN_MS);
    // One wait fewer would stop short of the span: the schedule is no longer than it must be.
    expect(sum - (waits.at(-1) ?? 0)).toBeLessThan(DEFAULT_RETRY_SPAN_MS);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] ?? 0);
  });

  it('follows its options (short waits for tests)', () => {
    expect(backoffSchedule({ firstMs: 100, factor: 2, maxMs: 300, spanMs: 1000 })).toEqual([100, 200, 300, 300, 300]);
  });

  it('jitters each wait within [(1 - ratio) * wait, wait], never past the tier', () => {
    expect(jittered(10_000, 0.2, () => 0)).toBe(10_000);
    expect(jittered(10_000, 0.2, () => 1)).toBe(8_000);
    expect(jittered(10_000, 0.2, () => 0.5)).toBe(9_000);
    const seen = Array.from({ length: 200 }, () => jittered(1000, 0.5));
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1000);
    expect(new Set(seen).size).toBeGreaterThan(10);
  });
});
