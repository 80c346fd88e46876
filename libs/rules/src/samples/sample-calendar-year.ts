import { shippedCalendarYears } from '../calendar/calendar-data';
import type { CalendarYear, CalendarYearInput } from '../calendar/calendar.schema';

/**
 * A made-up year for tests and demos of loading operator data: the holidays of the last shipped year moved to
 * `year`, with no transfers. Not a real calendar (Kurban Ait and transfers differ every year).
 */
export function sampleCalendarYear(year: number): CalendarYearInput {
  // The shipped data is never empty (calendar-coverage.spec.ts).
  const last = shippedCalendarYears[shippedCalendarYears.length - 1] as CalendarYear;
  const move = (d: string): string => `${year}${d.slice(4)}`;
  return {
    year,
    sources: [{ title: `sample data, not a real calendar: the ${last.year} holidays moved to ${year}` }],
    holidays: last.holidays.map((h) => ({ ...h, date: move(h.date) })),
    kurbanAitDate: move(last.kurbanAitDate),
    notes: ['made up for tests'],
  };
}
