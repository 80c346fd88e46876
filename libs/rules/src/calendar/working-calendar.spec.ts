import { legalDate } from '../common/legal-date';
import { CalendarDataError } from './calendar-errors';
import { fixtureYear } from './calendar.fixture';
import { buildCalendar } from './working-calendar';
import { isWorkingDay } from './working-days';

const problemsOf = (fn: () => unknown): readonly string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalendarDataError) return e.problems;
    throw e;
  }
  throw new Error('expected a CalendarDataError');
};

describe('buildCalendar', () => {
  it('SPEC Deadlines: a holiday on Saturday 23 March 2030 makes Monday 25 March a day off, computed from the holiday list', () => {
    const cal = buildCalendar([fixtureYear()]);
    expect(cal.years).toEqual([2030]);
    expect(cal.daysOff.get(legalDate('2030-03-25'))?.kind).toBe('observed');
    expect(isWorkingDay(legalDate('2030-03-25'), cal)).toBe(false);
    expect(isWorkingDay(legalDate('2030-06-17'), cal)).toBe(true);
  });

  it('SPEC Deadlines: a transfer makes Saturday 4 May 2030 working and Friday 10 May 2030 a day off', () => {
    const cal = buildCalendar([fixtureYear({ transfers: [{ dayOff: '2030-05-10', workingDay: '2030-05-04', source: 'order' }] })]);
    expect(isWorkingDay(legalDate('2030-05-04'), cal)).toBe(true);
    expect(isWorkingDay(legalDate('2030-05-10'), cal)).toBe(false);
    expect(cal.workingDays.get(legalDate('2030-05-04'))).toEqual({ kind: 'transfer', source: 'order' });
  });

  it('SPEC Deadlines: a one-sided transfer only adds a day off, or only makes a weekend day working', () => {
    const cal = buildCalendar([
      fixtureYear({ transfers: [{ dayOff: '2030-05-10', workingDay: null, source: 'a' }, { dayOff: null, workingDay: '2030-05-04', source: 'b' }] }),
    ]);
    expect([isWorkingDay(legalDate('2030-05-10'), cal), isWorkingDay(legalDate('2030-05-04'), cal)]).toEqual([false, true]);
  });

  it('SPEC Deadlines: one-off changes, explicit observed days and cancelled observed days override the computed rule', () => {
    const cal = buildCalendar([
      fixtureYear({
        oneOffChanges: [
          { date: '2030-05-06', kind: 'dayOff', source: 'decree' },
          { date: '2030-05-05', kind: 'workingDay', source: 'decree' },
        ],
        observedDaysOff: [{ date: '2030-06-17', source: 'resolution' }],
        cancelledObservedDays: [{ date: '2030-03-25', source: 'resolution' }],
      }),
    ]);
    const working = (d: string): boolean => isWorkingDay(legalDate(d), cal);
    expect([working('2030-05-06'), working('2030-05-05'), working('2030-06-17'), working('2030-03-25')]).toEqual([false, true, false, true]);
  });

  it('SPEC Deadlines: a transfer whose working day is a computed observed day cancels it (2020: 11 May moved to 8 May)', () => {
    const cal = buildCalendar([fixtureYear({ transfers: [{ dayOff: '2030-03-22', workingDay: '2030-03-25', source: 'r' }] })]);
    expect([isWorkingDay(legalDate('2030-03-22'), cal), isWorkingDay(legalDate('2030-03-25'), cal)]).toEqual([false, true]);
  });

  it('SPEC Deadlines: contradictory or pointless data fails at build time with every problem listed', () => {
    expect(
      problemsOf(() =>
        buildCalendar([
          fixtureYear({
            transfers: [{ dayOff: '2030-05-10', workingDay: '2030-05-07', source: 'r' }],
            oneOffChanges: [{ date: '2030-05-10', kind: 'workingDay', source: 'd' }],
            cancelledObservedDays: [{ date: '2030-03-26', source: 'r' }],
          }),
          fixtureYear(),
          { ...fixtureYear(), year: 2031 },
        ]),
      ),
    ).toEqual([
      '2031: holiday 2030-03-23 is not in 2031, holiday 2030-06-16 is not in 2031, kurbanAitDate 2030-06-16 is not in 2031',
      '2030 is given twice',
      '2030: cancelled observed day 2030-03-26 is not a computed observed day',
      '2030-05-07 is made a working day but is already one',
      '2030-05-10 is both a day off and a working day',
    ]);
  });

  it('SPEC Deadlines: CalendarDataError names itself and lists the problems in its message', () => {
    const e = new CalendarDataError(['a', 'b']);
    expect([e.name, e.message]).toEqual(['CalendarDataError', 'calendar data is invalid: a; b']);
  });
});

describe('buildCalendar with a malformed field', () => {
  it('SPEC Deadlines: a schema failure names the field and the year', () => {
    expect(problemsOf(() => buildCalendar([{ ...fixtureYear(), sources: [] }]))[0]).toMatch(/^2030: sources: /);
  });
});
