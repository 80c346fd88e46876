import { fromUtcDate, toUtcDate, yearOf, type LegalDate } from '../common/legal-date';

/**
 * The same day N months later, or the last day of that month when it has no such day
 * (29 February + 12 months = 28 February), as SPEC "Deadlines" counts months.
 */
export function addMonths(d: LegalDate, months: number): LegalDate {
  const t = toUtcDate(d);
  const day = t.getUTCDate();
  t.setUTCDate(1);
  t.setUTCMonth(t.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(day, lastDay));
  return fromUtcDate(t);
}

/**
 * Service is counted in calendar months and years, not working days: someone who started on
 * 15.03.2022 has served three years on 15.03.2025.
 */
export function hasServed(start: LegalDate | null, asOf: LegalDate, months: number): boolean {
  return start !== null && addMonths(start, months) <= asOf;
}

/**
 * "The last N years" of performance: the N calendar years before the year of `asOf`, since the
 * annual assessment rates a calendar year and the current one is not yet rated.
 */
export function lastYears(asOf: LegalDate, n: number): number[] {
  const current = yearOf(asOf);
  return Array.from({ length: n }, (_, i) => current - n + i);
}
