export { legalDateOf } from '../common/legal-date';
export {
  CalendarYearSchema,
  HolidaySchema,
  TransferSchema,
  type CalendarYear,
  type CalendarYearInput,
  type Holiday,
  type Transfer,
} from './calendar.schema';
export { buildCalendar, type WorkingCalendar, type DayStatus } from './working-calendar';
export { defaultCalendar, shippedCalendarYears } from './calendar-data';
export { CalendarDataError } from './calendar-errors';
export { isWorkingDay, nextWorkingDay, addWorkingDays, subtractWorkingDays, workingDaysBetween } from './working-days';
export { addMonths } from './add-months';
export { checkCalendarYear, WORKING_DAYS_RANGE, type CalendarYearReport } from './check-calendar-year';
export { STATUTORY_HOLIDAYS, statutoryHolidaysOf, type StatutoryHoliday } from './statutory-holidays';
