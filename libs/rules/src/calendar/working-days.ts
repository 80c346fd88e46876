import { addCalendarDays, yearOf, type LegalDate } from '../common/legal-date';
import { defaultCalendar } from './calendar-data';
import { requireCount, yearNotCovered } from './calendar-errors';
import { isWeekend } from './observed-days';
import type { WorkingCalendar } from './working-calendar';

// SPEC "Deadlines: how to count". Every walk goes through isWorkingDay, so a walk that leaves the
// loaded years throws CALENDAR.YEAR_NOT_COVERED instead of treating unknown days as ordinary ones.

export function isWorkingDay(d: LegalDate, cal: WorkingCalendar = defaultCalendar): boolean {
  if (!cal.years.includes(yearOf(d))) throw yearNotCovered(d, cal.years);
  if (cal.workingDays.has(d)) return true;
  if (cal.daysOff.has(d)) return false;
  return !isWeekend(d);
}

/** `d` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(d: LegalDate, cal: WorkingCalendar = defaultCalendar): LegalDate {
  let day = d;
  while (!isWorkingDay(day, cal)) day = addCalendarDays(day, 1);
  return day;
}

function stepWorkingDays(from: LegalDate, n: number, direction: 1 | -1, cal: WorkingCalendar): LegalDate {
  requireCount(n, 'working days');
  let day = from;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, direction);
    if (isWorkingDay(day, cal)) left -= 1;
  }
  return day;
}

/** "N working days from the event": the event's own day is not counted; the N-th working day after it. */
export function addWorkingDays(event: LegalDate, n: number, cal: WorkingCalendar = defaultCalendar): LegalDate {
  return stepWorkingDays(event, n, 1, cal);
}

/** "At least N working days before d": the N-th working day counted backwards from d (d not counted). */
export function subtractWorkingDays(d: LegalDate, n: number, cal: WorkingCalendar = defaultCalendar): LegalDate {
  return stepWorkingDays(d, n, -1, cal);
}

/**
 * The number of working days in (a, b] — "working days left" from today `a` to a due date `b`.
 * Negative when `b` is before `a` (how many working days overdue); 0 when they are the same day.
 */
export function workingDaysBetween(a: LegalDate, b: LegalDate, cal: WorkingCalendar = defaultCalendar): number {
  if (b < a) return -workingDaysBetween(b, a, cal);
  let count = 0;
  for (let day = a; day < b; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, cal)) count += 1;
  }
  return count;
}
