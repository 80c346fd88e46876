import { addCalendarDays, dayOfWeek, type LegalDate } from '../common/legal-date';
import { CalendarYearSchema, type CalendarYear } from './calendar.schema';
import { CalendarDataError } from './calendar-errors';
import { isWeekend } from './observed-days';
import { statutoryHolidaysOf } from './statutory-holidays';
import { buildCalendar, type DayStatus } from './working-calendar';

/** A year has between these many working days on a five-day week (the Ministry's balance of working time). */
export const WORKING_DAYS_RANGE = { min: 240, max: 255 } as const;

export interface CalendarYearReport {
  readonly year: number | null;
  /** Empty when the file may be loaded. */
  readonly problems: readonly string[];
  /** Worth a look, but not wrong (a statutory holiday explained in the notes). */
  readonly warnings: readonly string[];
  readonly workingDays: number | null;
  /** Working days per month, January first: compare with the Government's production calendar. */
  readonly workingDaysByMonth: readonly number[];
  /** Every weekday off, in date order, with why. */
  readonly daysOff: readonly { readonly date: LegalDate; readonly kind: DayStatus['kind']; readonly why: string }[];
  readonly weekendsWorked: readonly { readonly date: LegalDate; readonly why: string }[];
  readonly sources: readonly string[];
  readonly notes: readonly string[];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2028-08-30" → "30 August": how notes name a date. */
const spokenDate = (d: string): string => `${Number(d.slice(8))} ${MONTH_NAMES[Number(d.slice(5, 7)) - 1]}`;

/**
 * What `npm run calendar:check -- <file>` reports for one operator year file: the schema and the
 * cross-field rules (dates inside the year, nothing off made working twice…), no weekend day listed
 * as a day off except a holiday of the law, a working-day count in the usual range, and each public
 * holiday of the law present or explained in `notes`. Pure: the CLI reads the file and prints this.
 */
export function checkCalendarYear(raw: unknown): CalendarYearReport {
  const parsed = CalendarYearSchema.safeParse(raw);
  if (!parsed.success) {
    const year = typeof raw === 'object' && raw !== null && 'year' in raw && typeof raw.year === 'number' ? raw.year : null;
    return empty(year, parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)));
  }
  const y = parsed.data;
  let cal;
  try {
    cal = buildCalendar([y]);
  } catch (error) {
    if (error instanceof CalendarDataError) return empty(y.year, [...error.problems]);
    throw error;
  }
  const problems: string[] = [];
  const warnings: string[] = [];
  weekendDaysOff(y, problems);
  statutoryCoverage(y, problems, warnings);

  const byMonth = Array.from({ length: 12 }, () => 0);
  const daysOff: CalendarYearReport['daysOff'][number][] = [];
  const weekendsWorked: CalendarYearReport['weekendsWorked'][number][] = [];
  for (let d = `${y.year}-01-01` as LegalDate; d.startsWith(String(y.year)); d = addCalendarDays(d, 1)) {
    const made = cal.workingDays.get(d);
    const off = cal.daysOff.get(d);
    const working = made !== undefined || (off === undefined && !isWeekend(d));
    const month = Number(d.slice(5, 7)) - 1;
    if (working) byMonth[month] = (byMonth[month] as number) + 1;
    if (made) weekendsWorked.push({ date: d, why: made.source });
    else if (off && !isWeekend(d)) daysOff.push({ date: d, kind: off.kind, why: off.source });
  }
  const workingDays = byMonth.reduce((a, b) => a + b, 0);
  if (workingDays < WORKING_DAYS_RANGE.min || workingDays > WORKING_DAYS_RANGE.max) {
    problems.push(`${workingDays} working days: outside ${WORKING_DAYS_RANGE.min}–${WORKING_DAYS_RANGE.max}; check the holidays and transfers`);
  }
  return {
    year: y.year,
    problems,
    warnings,
    workingDays,
    workingDaysByMonth: byMonth,
    daysOff,
    weekendsWorked,
    sources: y.sources.map((s) => s.title),
    notes: y.notes,
  };
}

/** A day off an act grants (transfer, one-off; the schema checks observed days) must be a weekday: a weekend day is off already. */
function weekendDaysOff(y: CalendarYear, problems: string[]): void {
  const listed = [
    ...y.transfers.flatMap((t) => (t.dayOff ? [[t.dayOff, 'transfer dayOff'] as const] : [])),
    ...y.oneOffChanges.filter((c) => c.kind === 'dayOff').map((c) => [c.date, 'one-off day off'] as const),
  ];
  for (const [date, what] of listed) if (isWeekend(date)) problems.push(`${what} ${date} is a ${dayOfWeek(date) === 0 ? 'Sunday' : 'Saturday'}`);
  const statutory = new Set(statutoryHolidaysOf(y.year).map((h) => `${y.year}-${h.monthDay}`));
  for (const h of y.holidays) {
    if (isWeekend(h.date) && !statutory.has(h.date) && h.date !== y.kurbanAitDate) problems.push(`holiday ${h.date} (${h.name.en}) is on a weekend and is not a holiday of the law`);
  }
}

/** Each holiday of the law must be in the file, or its absence explained in `notes` (by date). */
function statutoryCoverage(y: CalendarYear, problems: string[], warnings: string[]): void {
  const listed = new Set(y.holidays.map((h) => h.date));
  const notes = y.notes.join('\n');
  for (const h of statutoryHolidaysOf(y.year)) {
    const date = `${y.year}-${h.monthDay}` as LegalDate;
    if (listed.has(date)) continue;
    if (notes.includes(date) || notes.includes(spokenDate(date))) warnings.push(`${date} ${h.name} is not listed; the notes explain why`);
    else problems.push(`${date} ${h.name} (a holiday of the law) is missing and the notes do not explain it`);
  }
}

const empty = (year: number | null, problems: string[]): CalendarYearReport => ({
  year,
  problems,
  warnings: [],
  workingDays: null,
  workingDaysByMonth: [],
  daysOff: [],
  weekendsWorked: [],
  sources: [],
  notes: [],
});
