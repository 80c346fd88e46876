import { valueAt } from '../common/dated-parameter';
import { legalDate } from '../common/legal-date';
// Through the module, as its users read them: its re-exports of the paragraphs' numbers are under test.
import * as P from './eligibility-parameters';

const asOf = legalDate('2025-06-15');
const sourceAt = (p: (typeof P.ELIGIBILITY_PARAMETERS)[number], d: string) =>
  p.values.filter((v) => v.from <= d).sort((a, b) => (a.from < b.from ? 1 : -1))[0]?.source;

describe('eligibility parameters', () => {
  it('R3 §10(1): three years of civil service in the sending body, since the 2017 text', () => {
    expect([valueAt(P.R3_MIN_SERVICE_YEARS, legalDate('2018-01-10')), valueAt(P.R3_MIN_SERVICE_YEARS, asOf)]).toEqual([3, 3]);
  });
  it('R3 §10(4): performance over the last two years', () => {
    expect(valueAt(P.R3_EFFECTIVE_PERFORMANCE_YEARS, asOf)).toBe(2);
  });
  it('R3 §10: a case decided after Resolution 206 cites the 2025 amendment of §10, one before it the 2017 text', () => {
    expect(sourceAt(P.R3_MIN_SERVICE_YEARS, '2025-06-15')).toBe('Resolution 206 of 03.04.2025 (R3 §10 amended)');
    expect(sourceAt(P.R3_MIN_SERVICE_YEARS, '2024-06-15')).toBe('Resolution 755 of 17.11.2017');
  });
  it('R1 §10(1): three years of civil service in the MFA, as R1 was set out anew in 2025', () => {
    expect(valueAt(P.R1_MIN_SERVICE_YEARS, asOf)).toBe(3);
    expect(() => valueAt(P.R1_MIN_SERVICE_YEARS, legalDate('2025-04-13'))).toThrow(RangeError);
  });
  it('R2 §11(1): three years in the sending body, six months in the political position, three years in the National Bank', () => {
    const ps = [P.R2_MIN_SERVICE_YEARS, P.R2_POLITICAL_MIN_SERVICE_MONTHS, P.R2_NATIONAL_BANK_MIN_WORK_YEARS];
    expect(ps.map((p) => valueAt(p, asOf))).toEqual([3, 6, 3]);
  });
  it('R2 §11(5): two years rated "effective", or at least 80 % KPI over the last two years for the National Bank', () => {
    const ps = [P.R2_EFFECTIVE_PERFORMANCE_YEARS, P.R2_NATIONAL_BANK_KPI_MIN_PERCENT, P.R2_NATIONAL_BANK_KPI_YEARS];
    expect(ps.map((p) => valueAt(p, asOf))).toEqual([2, 80, 2]);
  });
  it('R2 §11(1): R2 numbers start with the 2023 edition of R2 that brought National Bank employees in', () => {
    expect(() => valueAt(P.R2_NATIONAL_BANK_MIN_WORK_YEARS, legalDate('2023-07-11'))).toThrow(RangeError);
    expect(valueAt(P.R2_NATIONAL_BANK_MIN_WORK_YEARS, legalDate('2023-07-12'))).toBe(3);
    expect(sourceAt(P.R2_NATIONAL_BANK_MIN_WORK_YEARS, '2024-01-01')).toBe('Resolution 536 of 01.07.2023 (R2 in a new edition)');
  });
  it('R1 §10, R2 §11, R3 §10: every number names its paragraph and the act that set it', () => {
    for (const p of P.ELIGIBILITY_PARAMETERS) {
      expect(p.cite).toMatch(/^R[123] §1[01]\(\d\)$/);
      for (const v of p.values) expect(v.source).toMatch(/^Resolution (755 of 17\.11\.2017|536 of 01\.07\.2023|206 of 03\.04\.2025)/);
    }
  });
});
