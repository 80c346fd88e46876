import type { LegalDate } from '../common/legal-date';
import { defaultCalendar } from './calendar-data';
import { dayNumber } from './calendar-index';
import { walkIsWorkingDay, walkNextWorkingDay, walkWorkingDays, walkWorkingDaysBetween } from './day-walk';
import type { WorkingCalendar } from './working-calendar';

// SPEC "Deadlines: how to count", answered from the calendar's ordinal index. Whatever the index
// cannot answer on its own (a date at or past the edge of the loaded years, a walk that would cross
// a year not loaded, a count that is not a whole positive number) goes to the day-by-day walk, which
// gives the same answer or refuses with CALENDAR.YEAR_NOT_COVERED / CALENDAR.INVALID_COUNT.

const validCount = (n: number): boolean => Number.isInteger(n) && n >= 1;

// Held in a module constant so a default argument costs no lookup through the module's exports.
const SHIPPED: WorkingCalendar = defaultCalendar;

export function isWorkingDay(d: LegalDate, cal: WorkingCalendar = SHIPPED): boolean {
  const index = cal.index;
  const i = index ? dayNumber(index, d) : -1;
  if (i >= 0 && index) {
    const status = index.status[i] as number;
    if (status >= 0) return status === 1;
  }
  return walkIsWorkingDay(d, cal);
}

/** `d` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(d: LegalDate, cal: WorkingCalendar = SHIPPED): LegalDate {
  const index = cal.index;
  const i = index ? dayNumber(index, d) : -1;
  if (index && i >= 0 && (index.status[i] as number) >= 0) {
    if (index.status[i] === 1) return d;
    const next = index.workingDay[index.ordinal[i] as number];
    if (next !== undefined && next < (index.nextGap[i] as number)) return index.dates[next] as LegalDate;
  }
  return walkNextWorkingDay(d, cal);
}

/** "N working days from the event": the event's own day is not counted; the N-th working day after it. */
export function addWorkingDays(event: LegalDate, n: number, cal: WorkingCalendar = SHIPPED): LegalDate {
  const index = cal.index;
  const i = index && validCount(n) ? dayNumber(index, event) : -1;
  if (index && i >= 0) {
    const target = index.workingDay[(index.ordinal[i] as number) + n - 1];
    if (target !== undefined && target < (index.nextGap[i] as number)) return index.dates[target] as LegalDate;
  }
  return walkWorkingDays(event, n, 1, cal);
}

/** "At least N working days before d": the N-th working day counted backwards from d (d not counted). */
export function subtractWorkingDays(d: LegalDate, n: number, cal: WorkingCalendar = SHIPPED): LegalDate {
  const index = cal.index;
  const i = index && validCount(n) ? dayNumber(index, d) : -1;
  if (index && i >= 0) {
    const before = (index.ordinal[i] as number) - (index.status[i] === 1 ? 1 : 0);
    const target = index.workingDay[before - n];
    if (target !== undefined && target > (index.previousGap[i] as number)) return index.dates[target] as LegalDate;
  }
  return walkWorkingDays(d, n, -1, cal);
}

/**
 * The number of working days in (a, b] — "working days left" from today `a` to a due date `b`.
 * Negative when `b` is before `a` (how many working days overdue); 0 when they are the same day.
 */
export function workingDaysBetween(a: LegalDate, b: LegalDate, cal: WorkingCalendar = SHIPPED): number {
  if (b < a) return -workingDaysBetween(b, a, cal);
  const index = cal.index;
  const i = index ? dayNumber(index, a) : -1;
  const j = index && i >= 0 ? dayNumber(index, b) : -1;
  if (index && j >= 0 && (j === i || (index.nextGap[i] as number) > j)) return (index.ordinal[j] as number) - (index.ordinal[i] as number);
  return walkWorkingDaysBetween(a, b, cal);
}
