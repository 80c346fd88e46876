import { legalDate } from '../common/legal-date';
import { sameDayMonthsLater as addMonths } from '../common/legal-date';
import { hasServed, lastYears } from './service-length';

const d = legalDate;

describe('service length in calendar months and years', () => {
  it('SPEC Deadlines: a month of service ends on the same day of the month, or the month’s last day: 31 January + 1 month = 29 February 2024, 29 February 2020 + 3 years = 28 February 2023, 15 March 2022 + 36 months = 15 March 2025', () => {
    expect([addMonths(d('2024-01-31'), 1), addMonths(d('2020-02-29'), 36), addMonths(d('2022-03-15'), 36)]).toEqual(['2024-02-29', '2023-02-28', '2025-03-15']);
  });
  it('R3 §10(1): service that started on 15.03.2022 is three years on 15.03.2025', () => {
    expect(hasServed(d('2022-03-15'), d('2025-03-15'), 36)).toBe(true);
  });
  it('R3 §10(1): service that started on 15.03.2022 is not yet three years on 14.03.2025', () => {
    expect(hasServed(d('2022-03-15'), d('2025-03-14'), 36)).toBe(false);
  });
  it('R3 §10(1): with no start date there is no service to count', () => {
    expect(hasServed(null, d('2025-03-14'), 36)).toBe(false);
  });
  it('R3 §10(4): the last two years on 15 June 2025 are 2023 and 2024', () => {
    expect(lastYears(d('2025-06-15'), 2)).toEqual([2023, 2024]);
  });
});
