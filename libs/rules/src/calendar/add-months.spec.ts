import { legalDate } from '../common/legal-date';
import { RuleError } from '../common/rule-violation';
import { addMonths, sameDayMonthsLater } from './add-months';

const d = legalDate;
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e.violations[0]?.code;
    throw e;
  }
  return undefined;
};

describe('addMonths', () => {
  it.each<[string, string, number, string]>([
    ['SPEC Deadlines: 1 month from Wednesday 31 January 2024 ends on Thursday 29 February 2024 (the month has no 31st)', '2024-01-31', 1, '2024-02-29'],
    ['SPEC Deadlines: 1 month from Saturday 31 January 2026 ends on Saturday 28 February, moved to Monday 2 March 2026', '2026-01-31', 1, '2026-03-02'],
    ['SPEC Deadlines: 1 month from Friday 21 February 2025 lands on Nauryz, 21 March, and moves to Wednesday 26 March 2025', '2025-02-21', 1, '2025-03-26'],
    ['SPEC Deadlines: 12 months from Friday 8 March 2024 land on Saturday 8 March 2025 and move past the observed Monday to Tuesday 11 March 2025', '2024-03-08', 12, '2025-03-11'],
    ['SPEC Deadlines: 1 month from Tuesday 16 December 2025 ends on Friday 16 January 2026', '2025-12-16', 1, '2026-01-16'],
  ])('%s', (_says, from, months, due) => {
    expect(addMonths(d(from), months)).toBe(due);
  });

  it('SPEC Deadlines: 1 month from Wednesday 15 December 2027 is past the last loaded year and is refused', () => {
    expect(codeOf(() => addMonths(d('2027-12-15'), 1))).toBe('CALENDAR.YEAR_NOT_COVERED');
  });

  it('SPEC Deadlines: a count of 0 or a fraction of a month is refused', () => {
    expect([codeOf(() => addMonths(d('2025-01-15'), 0)), codeOf(() => addMonths(d('2025-01-15'), 0.5))]).toEqual([
      'CALENDAR.INVALID_COUNT',
      'CALENDAR.INVALID_COUNT',
    ]);
  });

  it('SPEC Deadlines: the naive date clamps to the month end across years, including 31 August + 18 months = 28 February', () => {
    expect([sameDayMonthsLater(d('2024-08-31'), 18), sameDayMonthsLater(d('2023-11-30'), 3), sameDayMonthsLater(d('2024-12-31'), 2)]).toEqual([
      '2026-02-28',
      '2024-02-29',
      '2025-02-28',
    ]);
  });
});
