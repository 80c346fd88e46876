import { shippedCalendarYears, type CalendarYearInput } from '@sx/rules';

/**
 * A made-up year for tests of loading operator data: the holidays of the last shipped year moved to
 * `year`, with no transfers. Not a real calendar (Kurban Ait and transfers differ every year).
 */
export function testCalendarYear(year: number): CalendarYearInput {
  const last = shippedCalendarYears[shippedCalendarYears.length - 1];
  if (!last) throw new Error('no shipped calendar year');
  const move = (d: string): string => `${year}${d.slice(4)}`;
  return {
    year,
    sources: [{ title: `test data: the ${last.year} holidays moved to ${year}` }],
    holidays: last.holidays.map((h) => ({ ...h, date: move(h.date) })),
    kurbanAitDate: move(last.kurbanAitDate),
    notes: ['made up for tests'],
  } as CalendarYearInput;
}
