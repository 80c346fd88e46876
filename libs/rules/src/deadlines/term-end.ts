import { addCalendarDays, fromUtcDate, toUtcDate, type LegalDate } from '../common/legal-date';
import type { Period } from '../parameters/period';

/** Same day `n` months later, or the month's last day when it has no such date (31 Jan + 1 month = 28/29 Feb). */
export function sameDateMonthsLater(d: LegalDate, n: number): LegalDate {
  const t = toUtcDate(d);
  const day = t.getUTCDate();
  const target = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtcDate(target);
}

/**
 * The day a term that began on `start` runs out: same date N years (months) later, as the Civil Code
 * counts periods in years. Not moved to a working day: a term is a length of service, not a deadline
 * for an act (the release notice before it is the deadline, see `latestNoticeBefore`).
 */
export function termEndsOn(start: LegalDate, term: Period): LegalDate {
  switch (term.unit) {
    case 'years':
      return sameDateMonthsLater(start, 12 * term.amount);
    case 'months':
      return sameDateMonthsLater(start, term.amount);
    case 'calendar-days':
    case 'working-days':
      // A term stated in days counts calendar days; working days make no sense for a length of service.
      return addCalendarDays(start, term.amount);
  }
}
