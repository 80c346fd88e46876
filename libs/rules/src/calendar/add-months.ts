import { sameDayMonthsLater, type LegalDate } from '../common/legal-date';
import { defaultCalendar } from './calendar-data';
import type { WorkingCalendar } from './working-calendar';
import { requireCount } from './calendar-errors';
import { nextWorkingDay } from './working-days';

/**
 * SPEC Deadlines: "N months" ends on the same date of the N-th month (its last day if it has no such
 * date), moved to the next working day if that is not one.
 */
export function addMonths(event: LegalDate, n: number, cal: WorkingCalendar = defaultCalendar): LegalDate {
  requireCount(n, 'months');
  return nextWorkingDay(sameDayMonthsLater(event, n), cal);
}

export { sameDayMonthsLater };
