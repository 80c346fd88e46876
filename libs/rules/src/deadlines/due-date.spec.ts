import { legalDate } from '../common/legal-date';
import { dueAfter, latestNoticeBefore } from './due-date';

describe('SPEC Deadlines: counting periods', () => {
  it('R3 §13: a letter received on Tuesday 18 March 2025 must be answered by Friday 4 April 2025', () => {
    expect(dueAfter(legalDate('2025-03-18'), { amount: 10, unit: 'working-days' })).toBe('2025-04-04');
  });
  it('R2 §14: three months from Friday 31 January 2025 end on Wednesday 30 April 2025 (April has no 31st)', () => {
    expect(dueAfter(legalDate('2025-01-31'), { amount: 3, unit: 'months' })).toBe('2025-04-30');
  });
  it('SPEC Deadlines: one year from Tuesday 7 January 2025 ends on Wednesday 7 January 2026, Orthodox Christmas, moved to Thursday 8 January 2026', () => {
    expect(dueAfter(legalDate('2025-01-07'), { amount: 1, unit: 'years' })).toBe('2026-01-08');
  });
  it('SPEC Deadlines: 30 calendar days from Sunday 8 February 2026 end on Tuesday 10 March 2026 (Sunday 8 March moves its day off to Monday 9 March)', () => {
    expect(dueAfter(legalDate('2026-02-08'), { amount: 30, unit: 'calendar-days' })).toBe('2026-03-10');
  });
  it('SPEC Deadlines: 10 calendar days ending on a working day are not moved', () => {
    expect(dueAfter(legalDate('2025-02-03'), { amount: 10, unit: 'calendar-days' })).toBe('2025-02-13');
  });
  it('R3 §19: notice of a release on Thursday 3 June 2027 is due by Thursday 20 May 2027', () => {
    expect(latestNoticeBefore(legalDate('2027-06-03'), 10)).toBe('2027-05-20');
  });
});
