import { addCalendarDays, fromUtcDate, sameDayMonthsLater, toUtcDate, type LegalDate } from '../common/legal-date';
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

/** A term's last day and the day the person is back: `returnsOn` is always the day after `lastDay`. */
export interface TermEnd {
  readonly lastDay: LegalDate;
  readonly returnsOn: LegalDate;
}

/**
 * §8 (R1, R2, R3): the secondment runs *from* the start date in the confirming document, so the
 * start date is day one and a term of N years (months) ends the day before the same date N years
 * (months) later: from 7 April 2025, three years end on 6 April 2028 and the person is back on
 * 7 April 2028. When the later month has no such date (a 29 February start, a 31st), the term
 * fills that month: from 29 February 2024 it ends on 28 February 2027, back on 1 March 2027.
 * A term in days (only ever from an override) counts calendar days, day one included. The end is
 * not moved off a day off: a term is a length of service, not a deadline for an act.
 */
export function termEnd(start: LegalDate, term: Period): TermEnd {
  if (term.unit === 'calendar-days' || term.unit === 'working-days') {
    const lastDay = addCalendarDays(start, term.amount - 1);
    return { lastDay, returnsOn: addCalendarDays(lastDay, 1) };
  }
  const months = term.unit === 'years' ? 12 * term.amount : term.amount;
  const same = sameDayMonthsLater(start, months);
  // A clamped date (no such day in that month) is the month's last day: the term covers all of it.
  const clamped = same.slice(8) !== start.slice(8);
  const lastDay = clamped ? same : addCalendarDays(same, -1);
  return { lastDay, returnsOn: addCalendarDays(lastDay, 1) };
}

/** The last day of a term that began on `start` (inclusive): `termEnd(start, term).lastDay`. */
export const termEndsOn = (start: LegalDate, term: Period): LegalDate => termEnd(start, term).lastDay;

/** Both periods in months when both are counted in months or years; otherwise undefined. */
export function inMonths(p: Period): number | undefined {
  if (p.unit === 'years') return 12 * p.amount;
  if (p.unit === 'months') return p.amount;
  return undefined;
}
