import { z } from 'zod';

/**
 * A legal date: a calendar day in Kazakhstan, `YYYY-MM-DD`. Deadlines are computed on these, never
 * on instants; an instant becomes a legal date only through `legalDateOf` in `Asia/Almaty`.
 */
export const LegalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  // "2026-13-01" is an Invalid Date, whose toISOString throws: check it is a date at all first.
  .refine((s) => !Number.isNaN(toUtcDate(s).getTime()) && toUtcDate(s).toISOString().slice(0, 10) === s, 'not a real calendar date')
  .brand<'LegalDate'>();
export type LegalDate = z.infer<typeof LegalDateSchema>;

export const legalDate = (s: string): LegalDate => LegalDateSchema.parse(s);

/** Midnight UTC of the date: used only for day arithmetic, never as the moment of an event. */
export function toUtcDate(d: string): Date {
  return new Date(`${d}T00:00:00Z`);
}

export function fromUtcDate(d: Date): LegalDate {
  return d.toISOString().slice(0, 10) as LegalDate;
}

export function addCalendarDays(d: LegalDate, days: number): LegalDate {
  const t = toUtcDate(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtcDate(t);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: LegalDate): number {
  return toUtcDate(d).getUTCDay();
}

export const yearOf = (d: LegalDate): number => Number(d.slice(0, 4));

export const compareDates = (a: LegalDate, b: LegalDate): number => (a < b ? -1 : a > b ? 1 : 0);

export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The legal date of an instant in Kazakhstan (UTC+5 since 1 March 2024; ICU's tz data knows the history). */
export function legalDateOf(instant: Date, timeZone: string = KAZAKHSTAN_TIME_ZONE): LegalDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant) as LegalDate;
}

/**
 * The same day of the month `n` months on, or that month's last day when it has no such day
 * (29 February + 12 months = 28 February): how SPEC "Deadlines" counts months and service counts years.
 */
export function sameDayMonthsLater(d: LegalDate, n: number): LegalDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + n;
  const year = y + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}` as LegalDate;
}
