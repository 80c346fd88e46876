import { addMonths, addWorkingDays, nextWorkingDay, subtractWorkingDays, type WorkingCalendar } from '../calendar';
import { addCalendarDays, type LegalDate } from '../common/legal-date';
import type { Period } from '../parameters/period';

/**
 * The last day of a period that starts the day after `event` (SPEC "Deadlines: how to count"):
 * N working days end on the N-th working day; N months or years on the same date (month-end clamp),
 * moved forward to a working day; calendar days (only ever from an override) likewise moved forward.
 */
export function dueAfter(event: LegalDate, period: Period, cal?: WorkingCalendar): LegalDate {
  switch (period.unit) {
    case 'working-days':
      return addWorkingDays(event, period.amount, cal);
    case 'months':
      return addMonths(event, period.amount, cal);
    case 'years':
      return addMonths(event, 12 * period.amount, cal);
    case 'calendar-days':
      return nextWorkingDay(addCalendarDays(event, period.amount), cal);
  }
}

/** "At least N working days before D": the latest day the notice may be given. */
export const latestNoticeBefore = (decision: LegalDate, workingDays: number, cal?: WorkingCalendar): LegalDate =>
  subtractWorkingDays(decision, workingDays, cal);
