import { addCalendarDays, dayOfWeek, type LegalDate } from '../common/legal-date';
import type { DayStatus } from './day-status';

/**
 * Every day of the loaded years, precomputed once per calendar: whether it is a working day and how
 * many working days lie on or before it (its ordinal). "N working days after d" is then the working
 * day whose ordinal is d's plus N: two array reads instead of a walk through Date objects.
 * Days are numbered from 1 January of the first loaded year; a year not loaded inside the range is
 * marked uncovered, so the caller falls back to the walk, which refuses it with its citation.
 */
export interface CalendarIndex {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Day number of the 1st of each month, by (year − firstYear) × 12 + month − 1. */
  readonly monthStart: Int32Array;
  /** 1 a working day, 0 a day off, −1 a day of a year not loaded. */
  readonly status: Int8Array;
  /** Working days on or before each day. */
  readonly ordinal: Int32Array;
  /** Day number of the k-th working day (0-based). */
  readonly workingDay: Int32Array;
  /** First uncovered day after each day (or the day count), and last uncovered day before it (or -1). */
  readonly nextGap: Int32Array;
  readonly previousGap: Int32Array;
  readonly dates: readonly LegalDate[];
}

const CUMULATIVE_MONTH_DAYS = [
  [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
] as const;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function buildCalendarIndex(
  years: readonly number[],
  daysOff: ReadonlyMap<LegalDate, DayStatus>,
  workingDays: ReadonlyMap<LegalDate, DayStatus>,
): CalendarIndex | undefined {
  if (years.length === 0) return undefined;
  const firstYear = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  const yearStart = new Int32Array(lastYear - firstYear + 2);
  for (let y = firstYear; y <= lastYear; y += 1) yearStart[y - firstYear + 1] = (yearStart[y - firstYear] as number) + (isLeap(y) ? 366 : 365);
  const total = yearStart[yearStart.length - 1] as number;
  const loaded = new Set(years);
  const status = new Int8Array(total);
  const monthStart = new Int32Array((lastYear - firstYear + 1) * 12);
  for (let y = firstYear; y <= lastYear; y += 1) {
    for (let m = 0; m < 12; m += 1) monthStart[(y - firstYear) * 12 + m] = (yearStart[y - firstYear] as number) + (CUMULATIVE_MONTH_DAYS[isLeap(y) ? 1 : 0][m] as number);
  }
  const ordinal = new Int32Array(total);
  const dates: LegalDate[] = new Array<LegalDate>(total);
  const workingList: number[] = [];
  let day = `${String(firstYear).padStart(4, '0')}-01-01` as LegalDate;
  let weekday = dayOfWeek(day);
  for (let i = 0; i < total; i += 1) {
    dates[i] = day;
    const inYear = loaded.has(Number(day.slice(0, 4)));
    const isWorking = inYear && (workingDays.has(day) || (!daysOff.has(day) && weekday !== 0 && weekday !== 6));
    status[i] = inYear ? (isWorking ? 1 : 0) : -1;
    if (isWorking) workingList.push(i);
    ordinal[i] = workingList.length;
    day = addCalendarDays(day, 1);
    weekday = (weekday + 1) % 7;
  }
  const nextGap = new Int32Array(total);
  let gap = total;
  for (let i = total - 1; i >= 0; i -= 1) {
    nextGap[i] = gap;
    if (status[i] === -1) gap = i;
  }
  const previousGap = new Int32Array(total);
  gap = -1;
  for (let i = 0; i < total; i += 1) {
    previousGap[i] = gap;
    if (status[i] === -1) gap = i;
  }
  return { firstYear, lastYear, monthStart, status, ordinal, workingDay: Int32Array.from(workingList), nextGap, previousGap, dates };
}

const digit = (s: string, at: number): number => s.charCodeAt(at) - 48;

/** The day number of `d` in the index, or -1 when it lies outside the loaded range. */
export function dayNumber(index: CalendarIndex, d: string): number {
  const year = digit(d, 0) * 1000 + digit(d, 1) * 100 + digit(d, 2) * 10 + digit(d, 3);
  if (year < index.firstYear || year > index.lastYear) return -1;
  const month = digit(d, 5) * 10 + digit(d, 6);
  return (index.monthStart[(year - index.firstYear) * 12 + month - 1] as number) + digit(d, 8) * 10 + digit(d, 9) - 1;
}
