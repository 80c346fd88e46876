import { legalDate } from '../common/legal-date';
import { sameDateMonthsLater, termEndsOn } from './term-end';

describe('§8: the end of a term', () => {
  it('R3 §8: a three-year term from Monday 3 June 2024 runs out on Thursday 3 June 2027, not moved off working days', () => {
    expect(termEndsOn(legalDate('2024-06-03'), { amount: 3, unit: 'years' })).toBe('2027-06-03');
  });
  it('R3 §8: a term from 29 February 2024 runs out on 28 February 2027', () => {
    expect(termEndsOn(legalDate('2024-02-29'), { amount: 3, unit: 'years' })).toBe('2027-02-28');
  });
  it('R1 §8: an 18-month term from 31 August 2025 runs out on 28 February 2027', () => {
    expect(termEndsOn(legalDate('2025-08-31'), { amount: 18, unit: 'months' })).toBe('2027-02-28');
  });
  it('R3 §8: a term of 400 calendar days from 1 January 2025 runs out on 5 February 2026', () => {
    expect(termEndsOn(legalDate('2025-01-01'), { amount: 400, unit: 'calendar-days' })).toBe('2026-02-05');
  });
  it('SPEC Deadlines: one month from 31 January 2024 is 29 February 2024 (leap year)', () => {
    expect(sameDateMonthsLater(legalDate('2024-01-31'), 1)).toBe('2024-02-29');
  });
});
