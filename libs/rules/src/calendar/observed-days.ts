import { addCalendarDays, compareDates, dayOfWeek, type LegalDate } from '../common/legal-date';
import type { Holiday } from './calendar.schema';

export const isWeekend = (d: LegalDate): boolean => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

/**
 * The days off the law on holidays (art. 5) adds when a holiday falls on a Saturday or Sunday: "the
 * next working day after the holiday" is a day off. Religious holidays (7 January, Kurban Ait) are
 * not moved. Holidays are taken in date order and each claims its own day, so a run such as Nauryz
 * on Saturday–Sunday–Monday gives Tuesday and Wednesday, as the published calendars show. Only
 * weekdays are candidates: the rule exists to give back a weekday, and a weekend day is already off.
 */
export function observedDaysOff(holidays: readonly Holiday[], otherDaysOff: ReadonlySet<string> = new Set()): LegalDate[] {
  const holidayDates = new Set<string>(holidays.map((h) => h.date));
  const taken = new Set<string>(otherDaysOff);
  const observed: LegalDate[] = [];
  const moved = holidays.filter((h) => !h.religious && isWeekend(h.date)).sort((a, b) => compareDates(a.date, b.date));
  for (const h of moved) {
    let d = addCalendarDays(h.date, 1);
    while (isWeekend(d) || holidayDates.has(d) || taken.has(d)) d = addCalendarDays(d, 1);
    taken.add(d);
    observed.push(d);
  }
  return observed;
}
