import { CalendarYearSchema } from './calendar.schema';
import { fixtureYear } from './calendar.fixture';
import { shippedCalendarYears } from './calendar-data';

const messages = (input: unknown): string[] => {
  const r = CalendarYearSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('calendar year schema', () => {
  it('SPEC Deadlines: every shipped year from 2017 to 2027 is valid calendar data', () => {
    expect(shippedCalendarYears.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it('SPEC Deadlines: a year without transfers or changes gets empty lists, not undefined', () => {
    const y = CalendarYearSchema.parse(fixtureYear());
    expect([y.transfers, y.observedDaysOff, y.cancelledObservedDays, y.oneOffChanges, y.notes]).toEqual([[], [], [], [], []]);
  });

  it('SPEC Deadlines: the Kurban Ait date must also be listed as a religious holiday', () => {
    expect(messages(fixtureYear({ kurbanAitDate: '2030-06-17' }))).toEqual(['kurbanAitDate 2030-06-17 must also be listed as a religious holiday']);
  });

  it('SPEC Deadlines: a holiday listed twice or in another year is rejected', () => {
    const h = { date: '2030-03-23', name: { kk: 'a', ru: 'b', en: 'c' }, religious: false };
    const other = { ...h, date: '2031-01-01' };
    const kurban = { ...h, date: '2030-06-16', religious: true };
    expect(messages(fixtureYear({ holidays: [h, h, other, kurban] }))).toEqual([
      'holiday 2030-03-23 is listed twice',
      'holiday 2031-01-01 is not in 2030',
    ]);
  });

  it('SPEC Deadlines: a transfer may not make a public holiday working, nor be empty', () => {
    expect(messages(fixtureYear({ transfers: [{ dayOff: '2030-03-23', workingDay: '2030-06-16', source: 's' }] }))).toEqual([
      'transfer workingDay 2030-06-16 is a public holiday',
      'transfer dayOff 2030-03-23 is a public holiday',
    ]);
    expect(messages(fixtureYear({ transfers: [{ dayOff: null, workingDay: null, source: 's' }] }))).toEqual([
      'a transfer needs a dayOff, a workingDay, or both',
    ]);
  });

  it('SPEC Deadlines: a transfer side in another year is rejected (each year file holds its own side)', () => {
    expect(messages(fixtureYear({ transfers: [{ dayOff: '2031-01-02', workingDay: null, source: 's' }] }))).toEqual([
      'transfer dayOff 2031-01-02 is not in 2030',
    ]);
  });

  it('SPEC Deadlines: an explicit observed day off must be a weekday that is not a holiday', () => {
    expect(
      messages(fixtureYear({ observedDaysOff: [{ date: '2030-05-04', source: 's' }], oneOffChanges: [{ date: '2030-03-23', kind: 'workingDay', source: 's' }] })),
    ).toEqual(['day change 2030-03-23 is a public holiday', 'observed day off 2030-05-04 is a weekend day']);
  });

  it('SPEC Deadlines: a date that is not a real calendar date is rejected', () => {
    expect(messages(fixtureYear({ kurbanAitDate: '2030-02-30' }))).toContain('not a real calendar date');
  });
});
