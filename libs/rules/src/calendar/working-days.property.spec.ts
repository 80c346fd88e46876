import fc from 'fast-check';
import { addCalendarDays, legalDate, toUtcDate, type LegalDate } from '../common/legal-date';
import { addMonths, sameDayMonthsLater } from './add-months';
import { addWorkingDays, isWorkingDay, subtractWorkingDays, workingDaysBetween } from './working-days';

// Dates far enough from the edges of the data (2017–2027) that every walk below stays inside it:
// 60 working days or 5 months either side.
const FIRST = legalDate('2017-05-01');
const LAST = legalDate('2027-06-30');
const SPAN_DAYS = (toUtcDate(LAST).getTime() - toUtcDate(FIRST).getTime()) / 86_400_000;
const date = fc.integer({ min: 0, max: SPAN_DAYS }).map((i): LegalDate => addCalendarDays(FIRST, i));
const count = fc.integer({ min: 1, max: 60 });
const months = fc.integer({ min: 1, max: 5 });

describe('working-day arithmetic properties', () => {
  it('SPEC Deadlines: counting N working days forward and then N back never ends after the start', () => {
    fc.assert(fc.property(date, count, (d, n) => subtractWorkingDays(addWorkingDays(d, n), n) <= d));
  });

  it('SPEC Deadlines: from a working day, N forward then N back returns to the same day', () => {
    fc.assert(fc.property(date.filter((d) => isWorkingDay(d)), count, (d, n) => subtractWorkingDays(addWorkingDays(d, n), n) === d));
  });

  it('SPEC Deadlines: a longer period ends strictly later (monotonic in N)', () => {
    fc.assert(fc.property(date, count, count, (d, a, b) => a === b || (a < b) === (addWorkingDays(d, a) < addWorkingDays(d, b))));
  });

  it('SPEC Deadlines: a later event never gives an earlier deadline (monotonic in the event date)', () => {
    fc.assert(fc.property(date, date, count, (a, b, n) => (a <= b ? addWorkingDays(a, n) <= addWorkingDays(b, n) : true)));
  });

  it('SPEC Deadlines: every deadline counted in working days falls on a working day, after the event', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const due = addWorkingDays(d, n);
        const notice = subtractWorkingDays(d, n);
        return isWorkingDay(due) && isWorkingDay(notice) && due > d && notice < d;
      }),
    );
  });

  it('SPEC Deadlines: exactly N working days lie between an event and its N-working-day deadline', () => {
    fc.assert(fc.property(date, count, (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n));
  });

  it('SPEC Deadlines: an N-month deadline is a working day on or after the naive same-date-of-month', () => {
    fc.assert(
      fc.property(date, months, (d, n) => {
        const due = addMonths(d, n);
        return isWorkingDay(due) && due >= sameDayMonthsLater(d, n) && due > d;
      }),
    );
  });
});
