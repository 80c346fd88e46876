import type { LegalDate } from '../common/legal-date';
import { defaultCalendar } from './calendar-data';
import type { WorkingCalendar } from './working-calendar';
import { requireCount } from './calendar-errors';
import { nextWorkingDay } from './working-days';

const pad = (v: number, width: number): string => String(v).padStart(width, '0');

/** The same day of the month `n` months on, or that month's last day when it has no such day. */
export function sameDayMonthsLater(d: LegalDate, n: number): LegalDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + n;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay), 2)}` as LegalDate;
}

/**
 * SPEC Deadlines: "N months" ends on the same date of the N-th month (its last day if it has no such
 * date), moved to the next working day if that is not one.
 */
export function addMonths(event: LegalDate, n: number, cal: WorkingCalendar = defaultCalendar): LegalDate {
  requireCount(n, 'months');
  return nextWorkingDay(sameDayMonthsLater(event, n), cal);
}
