import { addCalendarDays, legalDate, type LegalDate } from '../common/legal-date';
import { RuleError } from '../common/rule-violation';
import { addMonths, sameDayMonthsLater } from './add-months';
import { shippedCalendarYears, defaultCalendar } from './calendar-data';
import { buildCalendar } from './working-calendar';
import { addWorkingDays, isWorkingDay, subtractWorkingDays } from './working-days';

// Catala's "couverture temporelle": compute deadlines for every day that has data. A year missing from
// the middle, or a file that breaks the arithmetic, fails here instead of in a case.

type Outcome = 'ok' | 'not-covered';
const outcome = (fn: () => LegalDate): Outcome => {
  try {
    expect(isWorkingDay(fn())).toBe(true);
    return 'ok';
  } catch (e) {
    if (e instanceof RuleError && e.violations[0]?.code === 'CALENDAR.YEAR_NOT_COVERED') return 'not-covered';
    throw e;
  }
};

const everyDay = (first: LegalDate, last: LegalDate): LegalDate[] => {
  const days: LegalDate[] = [];
  for (let d = first; d <= last; d = addCalendarDays(d, 1)) days.push(d);
  return days;
};

describe('calendar coverage', () => {
  const years = defaultCalendar.years;
  const first = legalDate(`${years[0]}-01-01`);
  const last = legalDate(`${years[years.length - 1]}-12-31`);

  it('SPEC Deadlines: the shipped data covers every year from 2017 to 2027 without a gap', () => {
    expect(years).toEqual(Array.from({ length: 11 }, (_, i) => 2017 + i));
  });

  it('SPEC Deadlines: for every day of every year, 10 working days forward, 10 back and 1 month forward succeed, and fail with CALENDAR.YEAR_NOT_COVERED exactly when the data runs out', () => {
    const days = everyDay(first, last);
    // The oracle: one pass of isWorkingDay over the data, then counts — independent of the walking code.
    const working = days.map((d) => isWorkingDay(d));
    const before: number[] = []; // working days strictly before day i
    let seen = 0;
    for (const w of working) {
      before.push(seen);
      if (w) seen += 1;
    }
    const lastWorking = days.filter((_, i) => working[i]).pop() ?? first;
    const mismatches: string[] = [];
    days.forEach((d, i) => {
      const workingBefore = before[i] ?? 0;
      const workingAfter = seen - workingBefore - (working[i] ? 1 : 0);
      const expected = {
        forward: workingAfter >= 10 ? 'ok' : 'not-covered',
        back: workingBefore >= 10 ? 'ok' : 'not-covered',
        month: sameDayMonthsLater(d, 1) <= lastWorking ? 'ok' : 'not-covered',
      };
      const actual = {
        forward: outcome(() => addWorkingDays(d, 10)),
        back: outcome(() => subtractWorkingDays(d, 10)),
        month: outcome(() => addMonths(d, 1)),
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${d}: ${JSON.stringify(actual)}`);
    });
    expect(mismatches).toEqual([]);
    expect(days.length).toBe(4017);
    expect(outcome(() => addWorkingDays(last, 10))).toBe('not-covered');
    expect(outcome(() => subtractWorkingDays(first, 10))).toBe('not-covered');
  });

  it('SPEC Deadlines: every shipped year has between 240 and 252 working days', () => {
    for (const y of years) {
      const count = everyDay(legalDate(`${y}-01-01`), legalDate(`${y}-12-31`)).filter((d) => isWorkingDay(d)).length;
      expect({ y, inRange: count >= 240 && count <= 252 }).toEqual({ y, inRange: true });
    }
  });

  it('SPEC Deadlines: a year missing from the data fails loudly — a walk from December 2017 into a missing 2018 is refused', () => {
    const without2018 = buildCalendar(shippedCalendarYears.filter((y) => y.year !== 2018));
    expect(() => addWorkingDays(legalDate('2017-12-27'), 5, without2018)).toThrow(/CALENDAR\.YEAR_NOT_COVERED.*2018-01-01/);
    expect(() => isWorkingDay(legalDate('2018-06-01'), without2018)).toThrow(RuleError);
  });

  it('SPEC Deadlines: an empty calendar refuses every date', () => {
    expect(() => isWorkingDay(legalDate('2025-01-06'), buildCalendar([]))).toThrow(/loaded: —/);
  });
});
