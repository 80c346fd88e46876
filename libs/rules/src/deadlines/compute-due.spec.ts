import type { WorkingCalendar } from '../calendar';
import { legalDate } from '../common/legal-date';
import { RuleError } from '../common/rule-violation';
import { computeDue } from './compute-due';

describe('SPEC Deadlines: a due date the calendar cannot give yet', () => {
  it('R3 §19: notice before a term end in 2028 has no due date while 2028 is not loaded, and says why', () => {
    const r = computeDue(legalDate('2028-05-02'), { amount: 10, unit: 'working-days' }, 'before');
    expect(r.due).toBeNull();
    expect('dueBlockedBy' in r && r.dueBlockedBy.code).toBe('CALENDAR.YEAR_NOT_COVERED');
  });
  it('SPEC Deadlines: a count of zero working days is a caller’s error and is thrown', () => {
    expect(() => computeDue(legalDate('2025-05-02'), { amount: 0, unit: 'working-days' }, 'after')).toThrow(RuleError);
  });
  it('SPEC Deadlines: a broken calendar object is not mistaken for a missing year', () => {
    expect(() => computeDue(legalDate('2025-05-02'), { amount: 1, unit: 'working-days' }, 'after', {} as WorkingCalendar)).toThrow(TypeError);
  });
});
