import type { WorkingCalendar } from '../calendar';
import type { LegalDate } from '../common/legal-date';
import { RuleError, type RuleViolation } from '../common/rule-violation';
import type { Period } from '../parameters/period';
import type { Obligation } from './obligation';
import { dueAfter, latestNoticeBefore } from './due-date';

export type ComputedDue = { readonly due: LegalDate } | { readonly due: null; readonly dueBlockedBy: RuleViolation };

/**
 * The due date, or null with the reason when the calendar does not cover the years the count walks
 * through. Any other calendar error is a caller's mistake and propagates.
 */
export function computeDue(countsFrom: LegalDate, period: Period, counting: 'after' | 'before', cal?: WorkingCalendar): ComputedDue {
  try {
    return { due: counting === 'before' ? latestNoticeBefore(countsFrom, period.amount, cal) : dueAfter(countsFrom, period, cal) };
  } catch (error) {
    const notCovered = error instanceof RuleError ? error.violations.find((v) => v.code === 'CALENDAR.YEAR_NOT_COVERED') : undefined;
    if (!notCovered) throw error;
    return { due: null, dueBlockedBy: notCovered };
  }
}

/** The obligation with a newly computed due date; a date found clears the reason one was missing. */
export function withDue(o: Obligation, computed: ComputedDue): Obligation {
  const next: { -readonly [K in keyof Obligation]: Obligation[K] } = { ...o, ...computed };
  if (computed.due !== null) delete next.dueBlockedBy;
  return next;
}
