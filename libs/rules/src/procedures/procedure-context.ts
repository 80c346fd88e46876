import type { WorkingCalendar } from '../calendar/working-calendar';

/** What a step may read besides the case and the event: the working calendar (the calendar module's default when left out). */
export interface ProcedureContext {
  readonly calendar?: WorkingCalendar;
}
