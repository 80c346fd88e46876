import { z } from 'zod';
import { LegalDateSchema, dayOfWeek, yearOf, type LegalDate } from '../common/legal-date';
import { LocalizedTextSchema } from '../common/localized-text';

// The shape of one operator-edited file `data/kz-YYYY.json`. Every change to the working calendar
// names the act that made it, so a deadline can always be traced back to law.

/** An act the year's data rests on: the law on holidays, a Government resolution, a ministerial order. */
export const CalendarSourceSchema = z.object({
  /** e.g. "Government Resolution No. 713 of 6 October 2021 «On the transfer of days off in 2022»". */
  title: z.string().min(1),
  url: z.string().url().optional(),
  /** What in this year's data the act supports. */
  covers: z.string().min(1).optional(),
});

export const HolidaySchema = z.object({
  date: LegalDateSchema,
  name: LocalizedTextSchema,
  /** 7 January and Kurban Ait: a day off on their date only, never moved off a weekend. */
  religious: z.boolean(),
});

/**
 * A Government (since 2023: labour ministry) transfer of a day off. Usually both sides: a weekend day
 * becomes working and a weekday becomes a day off. One side may be null when the act only adds a day
 * off or only makes a day working (and when a transfer crosses a year boundary, each year's file
 * holds its own side).
 */
export const TransferSchema = z
  .object({ dayOff: LegalDateSchema.nullable(), workingDay: LegalDateSchema.nullable(), source: z.string().min(1) })
  .refine((t) => t.dayOff !== null || t.workingDay !== null, 'a transfer needs a dayOff, a workingDay, or both');

/** A day off, or a cancelled one, stated explicitly because the computed rule does not give it. */
export const DayChangeSchema = z.object({ date: LegalDateSchema, source: z.string().min(1), note: z.string().optional() });

export const OneOffChangeSchema = DayChangeSchema.extend({ kind: z.enum(['dayOff', 'workingDay']) });

const CalendarYearShape = z.object({
  year: z.number().int().min(1991).max(2100),
  sources: z.array(CalendarSourceSchema).min(1),
  holidays: z.array(HolidaySchema).min(1),
  kurbanAitDate: LegalDateSchema,
  transfers: z.array(TransferSchema).default([]),
  /** Days off the weekend-holiday rule does not produce but an act grants. */
  observedDaysOff: z.array(DayChangeSchema).default([]),
  /** Computed observed days off that an act turned back into working days. */
  cancelledObservedDays: z.array(DayChangeSchema).default([]),
  oneOffChanges: z.array(OneOffChangeSchema).default([]),
  /** What could not be confirmed, and anything else the next operator should know. */
  notes: z.array(z.string()).default([]),
});

export const CalendarYearSchema = CalendarYearShape.superRefine((y, ctx) => {
  const problem = (message: string): void => void ctx.addIssue({ code: 'custom', message });
  const inYear = (d: LegalDate | null, what: string): void => {
    if (d !== null && yearOf(d) !== y.year) problem(`${what} ${d} is not in ${y.year}`);
  };
  const holidayDates = new Set<string>();
  for (const h of y.holidays) {
    inYear(h.date, 'holiday');
    if (holidayDates.has(h.date)) problem(`holiday ${h.date} is listed twice`);
    holidayDates.add(h.date);
  }
  inYear(y.kurbanAitDate, 'kurbanAitDate');
  if (!y.holidays.some((h) => h.date === y.kurbanAitDate && h.religious)) {
    problem(`kurbanAitDate ${y.kurbanAitDate} must also be listed as a religious holiday`);
  }
  // A holiday is fixed by law; no transfer or one-off change may make it a working day.
  const mustNotBeHoliday = (d: LegalDate | null, what: string): void => {
    if (d !== null && holidayDates.has(d)) problem(`${what} ${d} is a public holiday`);
  };
  for (const t of y.transfers) {
    inYear(t.dayOff, 'transfer dayOff');
    inYear(t.workingDay, 'transfer workingDay');
    mustNotBeHoliday(t.workingDay, 'transfer workingDay');
    mustNotBeHoliday(t.dayOff, 'transfer dayOff');
  }
  for (const c of [...y.observedDaysOff, ...y.cancelledObservedDays, ...y.oneOffChanges]) {
    inYear(c.date, 'day change');
    mustNotBeHoliday(c.date, 'day change');
  }
  for (const o of y.observedDaysOff) {
    if (dayOfWeek(o.date) === 0 || dayOfWeek(o.date) === 6) problem(`observed day off ${o.date} is a weekend day`);
  }
});

export type CalendarYear = z.infer<typeof CalendarYearSchema>;
/** What an operator may write: the optional lists may be left out. */
export type CalendarYearInput = z.input<typeof CalendarYearSchema>;
export type Holiday = z.infer<typeof HolidaySchema>;
export type Transfer = z.infer<typeof TransferSchema>;
