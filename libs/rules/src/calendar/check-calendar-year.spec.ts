import { sampleCalendarYear } from '../samples/sample-calendar-year';
import { shippedCalendarYears } from './calendar-data';
import { checkCalendarYear } from './check-calendar-year';

const sample2028 = sampleCalendarYear(2028);

describe('SPEC Deadlines: calendar:check, what an operator’s year file must satisfy', () => {
  it.each(shippedCalendarYears.map((y) => [y.year, y] as const))('every shipped year passes: %i', (_, y) => {
    const r = checkCalendarYear(y);
    expect(r.problems).toEqual([]);
    expect(r.workingDays).toBeGreaterThanOrEqual(240);
    expect(r.workingDaysByMonth).toHaveLength(12);
  });

  it('2026: 247 working days, 19 in January, Nauryz observed on 24–25 March, 30 August explained as no longer a holiday', () => {
    const y = shippedCalendarYears.find((s) => s.year === 2026);
    const r = checkCalendarYear(y);
    expect([r.workingDays, r.workingDaysByMonth[0]]).toEqual([247, 19]);
    expect(r.daysOff.filter((d) => d.date.startsWith('2026-03-2')).map((d) => [d.date, d.kind])).toEqual([
      ['2026-03-23', 'holiday'],
      ['2026-03-24', 'observed'],
      ['2026-03-25', 'observed'],
    ]);
  });

  it('a file that is not a year file is refused by the schema, every problem listed', () => {
    const r = checkCalendarYear({ year: 2028, holidays: 'none' });
    expect(r.year).toBe(2028);
    expect(r.problems.join('\n')).toMatch(/sources/);
    expect(r.problems.join('\n')).toMatch(/holidays/);
    expect(checkCalendarYear('nonsense').year).toBeNull();
  });

  it('a date outside the year is refused', () => {
    const r = checkCalendarYear({ ...sample2028, holidays: [...sample2028.holidays, { date: '2029-01-03', name: { kk: 'a', ru: 'b', en: 'c' }, religious: false }] });
    expect(r.problems).toContain('holiday 2029-01-03 is not in 2028');
  });

  it('a transfer, observed or one-off day off on a weekend is refused: a weekend day is off already', () => {
    const r = checkCalendarYear({
      ...sample2028,
      transfers: [{ dayOff: '2028-01-08', workingDay: null, source: 'test' }],
      oneOffChanges: [{ date: '2028-02-06', kind: 'dayOff', source: 'test' }],
    });
    expect(r.problems).toEqual(['transfer dayOff 2028-01-08 is a Saturday', 'one-off day off 2028-02-06 is a Sunday']);
  });

  it('a weekday made working that is not a cancelled observed day is refused with the calendar’s own words', () => {
    const r = checkCalendarYear({ ...sample2028, transfers: [{ dayOff: null, workingDay: '2028-01-05', source: 'test' }] });
    expect(r.problems).toEqual(['2028-01-05 is made a working day but is already one']);
  });

  it('a holiday on a weekend that the law does not name is refused; the law’s own holidays may fall on a weekend', () => {
    const r = checkCalendarYear({ ...sample2028, holidays: [...sample2028.holidays, { date: '2028-06-04', name: { kk: 'a', ru: 'b', en: 'Made-up Day' }, religious: false }] });
    expect(r.problems).toEqual(['holiday 2028-06-04 (Made-up Day) is on a weekend and is not a holiday of the law']);
  });

  it('a holiday of the law left out is refused unless the notes explain it by date', () => {
    const without = { ...sample2028, holidays: sample2028.holidays.filter((h) => h.date !== '2028-10-25') };
    expect(checkCalendarYear(without).problems).toEqual(['2028-10-25 Republic Day (a holiday of the law) is missing and the notes do not explain it']);
    const explained = checkCalendarYear({ ...without, notes: ['25 October is not a holiday in 2028 (test: an amended law)'] });
    expect([explained.problems, explained.warnings]).toEqual([[], ['2028-10-25 Republic Day is not listed; the notes explain why']]);
  });

  it('a working-day count outside 240–255 is refused', () => {
    const oneOff = Array.from({ length: 12 }, (_, i) => ({ date: `2028-02-${String(i + 1).padStart(2, '0')}`, kind: 'dayOff' as const, source: 'test' }))
      .filter((c) => ![5, 6, 12].includes(Number(c.date.slice(8))));
    const r = checkCalendarYear({ ...sample2028, oneOffChanges: oneOff });
    expect(r.problems.join('\n')).toMatch(/^23\d working days: outside 240–255/);
  });

  it('data that contradicts itself (a cancelled observed day the rule does not give) is refused with the calendar’s own words', () => {
    const r = checkCalendarYear({ ...sample2028, cancelledObservedDays: [{ date: '2028-02-02', source: 'test' }] });
    expect(r.problems).toEqual(['2028: cancelled observed day 2028-02-02 is not a computed observed day']);
  });
});
