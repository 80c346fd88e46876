import { sameDayMonthsLater, yearOf, type LegalDate } from '../common/legal-date';

/**
 * Service is counted in calendar months and years, not working days: someone who started on
 * 15.03.2022 has served three years on 15.03.2025.
 */
export function hasServed(start: LegalDate | null, asOf: LegalDate, months: number): boolean {
  return start !== null && sameDayMonthsLater(start, months) <= asOf;
}

/**
 * "The last N years" of performance: the N calendar years before the year of `asOf`, since the
 * annual assessment rates a calendar year and the current one is not yet rated.
 */
export function lastYears(asOf: LegalDate, n: number): number[] {
  const current = yearOf(asOf);
  return Array.from({ length: n }, (_, i) => current - n + i);
}
