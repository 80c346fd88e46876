import { legalDate, type LegalDate } from '../common/legal-date';
import { RuleError } from '../common/rule-violation';
import { addWorkingDays, isWorkingDay, nextWorkingDay, subtractWorkingDays, workingDaysBetween } from './working-days';

const d = legalDate;
const violationOf = (fn: () => unknown): RuleError['violations'][number] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError && e.violations[0]) return e.violations[0];
    throw e;
  }
  throw new Error('expected a RuleError');
};
const working = (s: string): boolean => isWorkingDay(d(s));

describe('isWorkingDay on the shipped calendar', () => {
  it('SPEC Deadlines: Tuesday 18 March 2025 is a working day; Saturday 15 March 2025 is not', () => {
    expect([working('2025-03-18'), working('2025-03-15')]).toEqual([true, false]);
  });

  it('SPEC Deadlines: Nauryz 2025 — Friday 21 March is a holiday, and Saturday–Sunday 22–23 March move the days off to Monday 24 and Tuesday 25', () => {
    expect(['2025-03-21', '2025-03-24', '2025-03-25', '2025-03-26'].map(working)).toEqual([false, false, false, true]);
  });

  it('SPEC Deadlines: New Year 2022 on Saturday–Sunday gives Monday 3 and Tuesday 4 January 2022 off', () => {
    expect(['2022-01-03', '2022-01-04', '2022-01-05'].map(working)).toEqual([false, false, true]);
  });

  it('SPEC Deadlines: Capital Day on Saturday 6 July 2024 moves the day off to Monday 8 July 2024', () => {
    expect([working('2024-07-08'), working('2024-07-09')]).toEqual([false, true]);
  });

  it('SPEC Deadlines: 7 January on Saturday 2023 is not moved — Monday 9 January 2023 is a working day', () => {
    expect(working('2023-01-09')).toBe(true);
  });

  it('SPEC Deadlines: Kurban Ait on Sunday 16 June 2024 is not moved — Monday 17 June 2024 is a working day', () => {
    expect(working('2024-06-17')).toBe(true);
  });

  it('SPEC Deadlines: Kurban Ait on Friday 6 June 2025 is a day off', () => {
    expect(working('2025-06-06')).toBe(false);
  });

  it('SPEC Deadlines: the 2025 transfer makes Friday 3 January a day off and Sunday 5 January a working day', () => {
    expect([working('2025-01-03'), working('2025-01-05')]).toEqual([false, true]);
  });

  it('SPEC Deadlines: the 2020 transfer moved the observed day of Victory Day from Monday 11 May to Friday 8 May', () => {
    expect([working('2020-05-08'), working('2020-05-11')]).toEqual([false, true]);
  });

  it('SPEC Deadlines: a date before 2017 or after 2027 is not covered and is refused with kk/ru/en text', () => {
    const v = violationOf(() => working('2028-01-03'));
    expect(v).toMatchObject({ code: 'CALENDAR.YEAR_NOT_COVERED', cite: 'SPEC Deadlines', details: { date: '2028-01-03', firstYear: 2017, lastYear: 2027 } });
    expect(v.text.en).toContain('2017–2027');
    expect(v.text.ru).toContain('2028-01-03');
    expect(v.text.kk).toContain('2028-01-03');
    expect(violationOf(() => working('2016-12-30')).code).toBe('CALENDAR.YEAR_NOT_COVERED');
  });
});

describe('addWorkingDays and subtractWorkingDays', () => {
  it.each<[string, (from: LegalDate, n: number) => LegalDate, string, number, string]>([
    ['SPEC Deadlines: 10 working days from Tuesday 18 March 2025 end on Friday 4 April 2025 (Nauryz 21–25 March not counted)', addWorkingDays, '2025-03-18', 10, '2025-04-04'],
    ['SPEC Deadlines: 5 working days from Friday 27 December 2024 end on Wednesday 8 January 2025 (1–3 January off, Sunday 5 January working, 7 January off)', addWorkingDays, '2024-12-27', 5, '2025-01-08'],
    ['SPEC Deadlines: 1 working day from Thursday 5 June 2025 is Monday 9 June 2025 (Kurban Ait on Friday 6 June)', addWorkingDays, '2025-06-05', 1, '2025-06-09'],
    ['SPEC Deadlines: a period counted from an event on a day off starts on the next day — 1 working day from Saturday 22 March 2025 is Wednesday 26 March', addWorkingDays, '2025-03-22', 1, '2025-03-26'],
    ['SPEC Deadlines: at least 10 working days before Friday 4 April 2025 means on or before Tuesday 18 March 2025', subtractWorkingDays, '2025-04-04', 10, '2025-03-18'],
    ['SPEC Deadlines: at least 3 working days before Monday 9 January 2023 means on or before Wednesday 4 January 2023 (2–3 January off)', subtractWorkingDays, '2023-01-09', 3, '2023-01-04'],
  ])('%s', (_says, count, from, n, due) => {
    expect(count(d(from), n)).toBe(due);
  });

  it('SPEC Deadlines: 10 working days from Monday 20 December 2027 walk past the last loaded year and are refused', () => {
    expect(violationOf(() => addWorkingDays(d('2027-12-20'), 10)).details).toMatchObject({ date: '2028-01-01' });
  });

  it('SPEC Deadlines: at least 10 working days before Monday 9 January 2017 reach into 2016 and are refused', () => {
    expect(violationOf(() => subtractWorkingDays(d('2017-01-09'), 10)).details).toMatchObject({ date: '2016-12-31' });
  });

  it('SPEC Deadlines: a count of 0, a negative count or a fraction of a day is refused', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(violationOf(() => addWorkingDays(d('2025-03-18'), n)).code).toBe('CALENDAR.INVALID_COUNT');
    const v = violationOf(() => subtractWorkingDays(d('2025-03-18'), 0));
    expect([v.cite, v.text.en, v.details]).toEqual(['SPEC Deadlines', 'A period of working days must be a whole positive number, got 0.', { n: 0, unit: 'working days' }]);
  });
});

describe('nextWorkingDay and workingDaysBetween', () => {
  it('SPEC Deadlines: the next working day of a working day is that day; of Saturday 22 March 2025 it is Wednesday 26 March', () => {
    expect([nextWorkingDay(d('2025-03-18')), nextWorkingDay(d('2025-03-22'))]).toEqual(['2025-03-18', '2025-03-26']);
  });

  it('SPEC Deadlines: from Tuesday 18 March to Friday 4 April 2025 there are 10 working days left; after the due date the count is negative', () => {
    const [a, b]: [LegalDate, LegalDate] = [d('2025-03-18'), d('2025-04-04')];
    expect([workingDaysBetween(a, b), workingDaysBetween(b, a), workingDaysBetween(a, a)]).toEqual([10, -10, 0]);
  });

  it('SPEC Deadlines: from Friday 21 March to Tuesday 25 March 2025 no working day passes', () => {
    expect(workingDaysBetween(d('2025-03-21'), d('2025-03-25'))).toBe(0);
  });
});
