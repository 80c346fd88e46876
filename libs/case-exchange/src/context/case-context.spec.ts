import { buildCalendar, defaultCalendar, sampleCalendarYear, shippedCalendarYears, type WorkingCalendar } from '@sx/rules';
import { withCalendarSource } from './case-context';

describe('SPEC Deadlines: the case context reads the calendar in force at each step', () => {
  it('a reload of the source is seen by the next read of ctx.calendar, without rebuilding the context', () => {
    let current: WorkingCalendar = defaultCalendar;
    const ctx = withCalendarSource({ service: 'sending-body' as const }, { current: () => current });
    expect(ctx.calendar?.years.at(-1)).toBe(2027);
    current = buildCalendar([...shippedCalendarYears, sampleCalendarYear(2028)]);
    expect(ctx.calendar?.years.at(-1)).toBe(2028);
    expect({ ...ctx }.service).toBe('sending-body');
  });

  it('without a source the context is left as it is (the rules fall back to the shipped calendar)', () => {
    const ctx = { service: 'sending-body' as const };
    expect(withCalendarSource(ctx, undefined)).toBe(ctx);
  });
});
