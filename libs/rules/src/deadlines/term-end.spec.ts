import { legalDate } from '../common/legal-date';
import { years } from '../parameters/period';
import { inMonths, sameDateMonthsLater, termEnd, termEndsOn } from './term-end';

const from = (start: string, unit: 'years' | 'months' | 'calendar-days', amount: number) => termEnd(legalDate(start), { amount, unit });

describe('§8: the last day of a term, counted with the start date as day one', () => {
  it('R1 §8, R2 §8, R3 §8: three years from Monday 7 April 2025 end on Thursday 6 April 2028; the person is back on 7 April 2028', () => {
    expect(from('2025-04-07', 'years', 3)).toEqual({ lastDay: '2028-04-06', returnsOn: '2028-04-07' });
  });

  it('R3 §8: three years from Monday 3 June 2024 end on Wednesday 2 June 2027, not moved off a day off', () => {
    expect(termEndsOn(legalDate('2024-06-03'), years(3))).toBe('2027-06-02');
  });

  it('R3 §8: three years from Thursday 29 February 2024 (leap day) end on 28 February 2027; back on 1 March 2027', () => {
    expect(from('2024-02-29', 'years', 3)).toEqual({ lastDay: '2027-02-28', returnsOn: '2027-03-01' });
  });

  it('R3 §8: four years from 29 February 2024 (term and extension) end on 28 February 2028, the day before the next leap day', () => {
    expect(from('2024-02-29', 'years', 4)).toEqual({ lastDay: '2028-02-28', returnsOn: '2028-02-29' });
  });

  it('R2 §8: three years from 1 March 2025 take in the leap day: they end on Tuesday 29 February 2028', () => {
    expect(from('2025-03-01', 'years', 3)).toEqual({ lastDay: '2028-02-29', returnsOn: '2028-03-01' });
  });

  it('R1 §8: an 18-month term from 31 August 2025 fills February 2027: it ends on 28 February 2027', () => {
    expect(from('2025-08-31', 'months', 18)).toEqual({ lastDay: '2027-02-28', returnsOn: '2027-03-01' });
  });

  it('R1 §8: a one-year term from 1 January 2026 ends on 31 December 2026', () => {
    expect(from('2026-01-01', 'years', 1).lastDay).toBe('2026-12-31');
  });

  it('R3 §8: a term of 400 calendar days from 1 January 2025 counts that day: it ends on 4 February 2026', () => {
    expect(from('2025-01-01', 'calendar-days', 400)).toEqual({ lastDay: '2026-02-04', returnsOn: '2026-02-05' });
  });

  it('R3 §8: a term counted in working days (only an override could set one) is counted as calendar days', () => {
    expect(termEnd(legalDate('2025-01-01'), { amount: 10, unit: 'working-days' }).lastDay).toBe('2025-01-10');
  });

  it('SPEC Deadlines: one month from 31 January 2024 is 29 February 2024 (leap year)', () => {
    expect(sameDateMonthsLater(legalDate('2024-01-31'), 1)).toBe('2024-02-29');
  });
});

describe('§8: a term and its extension limit counted together in months', () => {
  it('R3 §8: years and months add up in months; days have no common unit with them', () => {
    expect([inMonths(years(3)), inMonths({ amount: 18, unit: 'months' }), inMonths({ amount: 10, unit: 'calendar-days' })]).toEqual([36, 18, undefined]);
  });
});
