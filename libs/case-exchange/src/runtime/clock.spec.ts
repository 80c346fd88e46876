import { createClock } from './clock';

describe('the service clock', () => {
  let now = Date.parse('2026-11-25T10:00:00Z');
  const system = () => now;

  it('starts at SX_FIXED_NOW and then advances in real time', () => {
    const clock = createClock({ kind: 'starts-at', instant: new Date('2025-03-18T04:00:00Z') }, system);
    expect(clock().toISOString()).toBe('2025-03-18T04:00:00.000Z');
    now += 90_000;
    expect(clock().toISOString()).toBe('2025-03-18T04:01:30.000Z');
  });

  it('shifts the system clock by whole days', () => {
    expect(createClock({ kind: 'offset-days', days: 2 }, system)().getTime() - now).toBe(2 * 86_400_000);
    expect(createClock({ kind: 'system' }, system)().getTime()).toBe(now);
  });
});
