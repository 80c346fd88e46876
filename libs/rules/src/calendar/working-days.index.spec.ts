import fc from 'fast-check';
import { addCalendarDays, legalDate, type LegalDate } from '../common/legal-date';
import { RuleError } from '../common/rule-violation';
import { defaultCalendar, shippedCalendarYears } from './calendar-data';
import { walkIsWorkingDay, walkNextWorkingDay, walkWorkingDays, walkWorkingDaysBetween } from './day-walk';
import { buildCalendar, type WorkingCalendar } from './working-calendar';
import { addWorkingDays, isWorkingDay, nextWorkingDay, subtractWorkingDays, workingDaysBetween } from './working-days';

// The ordinal index must give exactly what the day-by-day walk gives: the same date, or the same
// refusal (code and details), on every date and span — including dates just outside the loaded
// years and a calendar with a year missing in the middle.

type Outcome = { value: unknown } | { error: string };
const outcome = (f: () => unknown): Outcome => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: e instanceof RuleError ? JSON.stringify(e.violations.map((v) => [v.code, v.details])) : String(e) };
  }
};

const same = (indexed: () => unknown, walked: () => unknown): boolean => JSON.stringify(outcome(indexed)) === JSON.stringify(outcome(walked));

const FIRST = legalDate('2016-12-20');
const DAYS = 4080; // to mid-January 2028: past both edges of the shipped 2017–2027 data
const everyDay: LegalDate[] = Array.from({ length: DAYS }, (_, i) => addCalendarDays(FIRST, i));
const gapped: WorkingCalendar = buildCalendar(shippedCalendarYears.filter((y) => y.year !== 2020 && y.year !== 2024));
const CALENDARS: readonly [string, WorkingCalendar][] = [
  ['the shipped calendar', defaultCalendar],
  ['a calendar without 2020 and 2024', gapped],
];

describe.each(CALENDARS)('SPEC Deadlines: the ordinal index agrees with the day-by-day walk (%s)', (_, cal) => {
  it('isWorkingDay and nextWorkingDay on every day from 20 December 2016 to mid-January 2028', () => {
    const differ = everyDay.filter(
      (d) => !same(() => isWorkingDay(d, cal), () => walkIsWorkingDay(d, cal)) || !same(() => nextWorkingDay(d, cal), () => walkNextWorkingDay(d, cal)),
    );
    expect(differ).toEqual([]);
  });

  it('add/subtract 1 and 10 working days on every day of the range', () => {
    const differ = [1, 10].flatMap((n) =>
      everyDay
        .filter((d) => !same(() => addWorkingDays(d, n, cal), () => walkWorkingDays(d, n, 1, cal)) || !same(() => subtractWorkingDays(d, n, cal), () => walkWorkingDays(d, n, -1, cal)))
        .map((d) => `${d} ±${n}`),
    );
    expect(differ).toEqual([]);
  });

  it('add/subtract any count, invalid counts included, and workingDaysBetween any span up to 400 days (property)', () => {
    const day = fc.integer({ min: 0, max: DAYS - 1 });
    const n = fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constantFrom(0, -1, 1.5));
    const span = fc.integer({ min: -400, max: 400 });
    fc.assert(
      fc.property(day, n, span, (i, k, s) => {
        const d = everyDay[i] as LegalDate;
        const e = addCalendarDays(d, s);
        return (
          same(() => addWorkingDays(d, k, cal), () => walkWorkingDays(d, k, 1, cal)) &&
          same(() => subtractWorkingDays(d, k, cal), () => walkWorkingDays(d, k, -1, cal)) &&
          same(() => workingDaysBetween(d, e, cal), () => walkWorkingDaysBetween(d, e, cal))
        );
      }),
      { numRuns: 600 },
    );
  });
});

describe('SPEC Deadlines: the comparison catches an index that disagrees with the walk', () => {
  it('R3 §13: an index with Friday 21 March 2025 (Nauryz) flipped to working is caught on that day and no other', () => {
    const index = defaultCalendar.index;
    if (!index) throw new Error('the shipped calendar has an index');
    const status = Int8Array.from(index.status);
    status[index.dates.indexOf(legalDate('2025-03-21'))] = 1;
    const broken: WorkingCalendar = { ...defaultCalendar, index: { ...index, status } };
    const differ = everyDay.filter((d) => !same(() => isWorkingDay(d, broken), () => walkIsWorkingDay(d, broken)));
    expect(differ).toEqual(['2025-03-21']);
  });
});

describe('SPEC Deadlines: a calendar without its index still counts, by walking', () => {
  it('R3 §13: ten working days from Tuesday 18 March 2025 end on Friday 4 April 2025 with or without the index', () => {
    const { index: _index, ...bare } = defaultCalendar;
    expect([addWorkingDays(legalDate('2025-03-18'), 10, bare), addWorkingDays(legalDate('2025-03-18'), 10)]).toEqual(['2025-04-04', '2025-04-04']);
    expect([isWorkingDay(legalDate('2025-03-21'), bare), nextWorkingDay(legalDate('2025-03-21'), bare)]).toEqual([false, '2025-03-26']);
    expect([subtractWorkingDays(legalDate('2025-04-04'), 10, bare), workingDaysBetween(legalDate('2025-03-18'), legalDate('2025-04-04'), bare)]).toEqual(['2025-03-18', 10]);
  });

  it('SPEC Deadlines: an empty calendar has no index and refuses every date', () => {
    const empty = buildCalendar([]);
    expect(empty.index).toBeUndefined();
    expect(outcome(() => isWorkingDay(legalDate('2025-01-01'), empty))).toEqual({ error: expect.stringContaining('CALENDAR.YEAR_NOT_COVERED') });
  });
});
