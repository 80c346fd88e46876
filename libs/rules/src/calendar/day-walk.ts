import { addCalendarDays, yearOf, type LegalDate } from '../common/legal-date';
import { requireCount, yearNotCovered } from './calendar-errors';
import { isWeekend } from './observed-days';
import type { WorkingCalendar } from './working-calendar';

// The working-day arithmetic of SPEC "Deadlines: how to count", day by day. It is the reference the
// ordinal index (calendar-index.ts) must agree with on every date and span (working-days.index.spec.ts),
// and it answers what the index does not hold: dates at the edges of the loaded years, and the
// walks that leave them (CALENDAR.YEAR_NOT_COVERED at the first day outside, as the walk meets it).

export function walkIsWorkingDay(d: LegalDate, cal: WorkingCalendar): boolean {
  if (!cal.years.includes(yearOf(d))) throw yearNotCovered(d, cal.years);
  if (cal.workingDays.has(d)) return true;
  if (cal.daysOff.has(d)) return false;
  return !isWeekend(d);
}

export function walkNextWorkingDay(d: LegalDate, cal: WorkingCalendar): LegalDate {
  let day = d;
  while (!walkIsWorkingDay(day, cal)) day = addCalendarDays(day, 1);
  return day;
}

export function walkWorkingDays(from: LegalDate, n: number, direction: 1 | -1, cal: WorkingCalendar): LegalDate {
  requireCount(n, 'working days');
  let day = from;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, direction);
    if (walkIsWorkingDay(day, cal)) left -= 1;
  }
  return day;
}

export function walkWorkingDaysBetween(a: LegalDate, b: LegalDate, cal: WorkingCalendar): number {
  if (b < a) return -walkWorkingDaysBetween(b, a, cal);
  let count = 0;
  for (let day = a; day < b; ) {
    day = addCalendarDays(day, 1);
    if (walkIsWorkingDay(day, cal)) count += 1;
  }
  return count;
}
