import type { LegalDate } from '../common/legal-date';
import { buildCalendarIndex, type CalendarIndex } from './calendar-index';
import type { DayStatus } from './day-status';

export type { DayStatus } from './day-status';
import { CalendarYearSchema, type CalendarYear, type CalendarYearInput } from './calendar.schema';
import { CalendarDataError } from './calendar-errors';
import { isWeekend, observedDaysOff } from './observed-days';


/**
 * The Kazakhstan working calendar for the years an operator has loaded. Weekends are implied;
 * `daysOff` holds every other non-working day and `workingDays` the weekend days made working.
 */
export interface WorkingCalendar {
  /** Ascending, one entry per year of data. */
  readonly years: readonly number[];
  readonly daysOff: ReadonlyMap<LegalDate, DayStatus>;
  readonly workingDays: ReadonlyMap<LegalDate, DayStatus>;
  /** The precomputed ordinal index (`buildCalendar` adds it); without it every count walks day by day. */
  readonly index?: CalendarIndex;
}

const LAW_ON_HOLIDAYS = 'Law of the Republic of Kazakhstan No. 267 of 13 December 2001 «On holidays», art. 5';

function addYear(y: CalendarYear, daysOff: Map<LegalDate, DayStatus>, workingDays: Map<LegalDate, DayStatus>, problems: string[]): void {
  for (const h of y.holidays) daysOff.set(h.date, { kind: 'holiday', source: h.name.en });
  for (const t of y.transfers) {
    if (t.dayOff) daysOff.set(t.dayOff, { kind: 'transfer', source: t.source });
    if (t.workingDay) workingDays.set(t.workingDay, { kind: 'transfer', source: t.source });
  }
  for (const c of y.oneOffChanges) (c.kind === 'dayOff' ? daysOff : workingDays).set(c.date, { kind: 'one-off', source: c.source });
  // Observed days are computed after the transfers so that a moved day never lands on a day already off.
  const computed = observedDaysOff(y.holidays, new Set(daysOff.keys()));
  const cancelled = new Set<string>(y.cancelledObservedDays.map((c) => c.date));
  for (const c of y.cancelledObservedDays) {
    if (!computed.includes(c.date)) problems.push(`${y.year}: cancelled observed day ${c.date} is not a computed observed day`);
  }
  for (const d of computed) if (!cancelled.has(d)) daysOff.set(d, { kind: 'observed', source: LAW_ON_HOLIDAYS });
  for (const o of y.observedDaysOff) daysOff.set(o.date, { kind: 'observed', source: o.source });
}

const describeIssue = (i: { path: PropertyKey[]; message: string }): string =>
  i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message;

/** Validates every year with the schema, applies the weekend-holiday rule, and indexes the result. */
export function buildCalendar(input: readonly (CalendarYear | CalendarYearInput)[]): WorkingCalendar {
  const problems: string[] = [];
  const years: CalendarYear[] = [];
  for (const raw of input) {
    const parsed = CalendarYearSchema.safeParse(raw);
    if (parsed.success) years.push(parsed.data);
    else problems.push(`${String((raw as { year?: unknown }).year)}: ${parsed.error.issues.map(describeIssue).join(', ')}`);
  }
  const seen = new Set<number>();
  for (const y of years) {
    if (seen.has(y.year)) problems.push(`${y.year} is given twice`);
    seen.add(y.year);
  }
  const daysOff = new Map<LegalDate, DayStatus>();
  const workingDays = new Map<LegalDate, DayStatus>();
  for (const y of years) addYear(y, daysOff, workingDays, problems);
  for (const d of workingDays.keys()) {
    const off = daysOff.get(d);
    // A working day may cancel a computed observed day (2020: 11 May moved to 8 May); anything else is a typo.
    if (off && off.kind !== 'observed') problems.push(`${d} is both a day off and a working day`);
    if (!off && !isWeekend(d)) problems.push(`${d} is made a working day but is already one`);
  }
  if (problems.length > 0) throw new CalendarDataError(problems);
  const sorted = [...seen].sort((a, b) => a - b);
  const index = buildCalendarIndex(sorted, daysOff, workingDays);
  return { years: sorted, daysOff, workingDays, ...(index ? { index } : {}) };
}
