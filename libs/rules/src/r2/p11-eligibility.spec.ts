import { legalDate } from '../common/legal-date';
import { aCandidate, ELIGIBLE_AS_OF } from '../samples/candidate.fixture';
import { ELIGIBILITY_CODES as C } from '../eligibility/eligibility-codes';
import { checkR2Eligibility } from './p11-eligibility';

const ctx = { asOf: ELIGIBLE_AS_OF };
const failures = (overrides: Parameters<typeof aCandidate>[0] = {}) =>
  checkR2Eligibility(aCandidate(overrides), ctx).map((v) => [v.cite, v.code]);

// A National Bank employee who meets R2 §11 on 15.06.2025: not assessed as civil servants are.
const nbEmployee = {
  nationalBankEmployee: true,
  senderServiceStart: null,
  nationalBankWorkStart: '2022-06-15',
  performanceRatings: [],
  nationalBankKpi: [
    { year: 2023, percent: 92 },
    { year: 2024, percent: 80 },
  ],
};
const political = { politicalCivilServant: true, politicalPositionStart: '2024-12-15', senderServiceStart: '2024-12-15' };
const military = { militaryLawEnforcementOrSpecialPosition: true, lastAttestationPositive: true, performanceRatings: [] };

describe('R2 §11 eligibility for a foreign institution: civil servants', () => {
  it('R2 §11: a civil servant who meets all six conditions may be seconded to a foreign institution', () => {
    expect(failures()).toEqual([]);
  });
  it('R2 §11(1): a civil servant with exactly three years in the sending body on 15.06.2025 meets the service condition', () => {
    expect(failures({ senderServiceStart: '2022-06-15' })).toEqual([]);
  });
  it('R2 §11(1): a civil servant one day short of three years in the sending body fails the service condition', () => {
    expect(failures({ senderServiceStart: '2022-06-16' })).toEqual([['R2 §11(1)', C.SERVICE_TOO_SHORT]]);
  });
  it('R2 §11(2): a civil servant who does not meet the qualification requirements of the foreign institution position fails', () => {
    expect(failures({ meetsQualificationRequirements: false })).toEqual([['R2 §11(2)', C.QUALIFICATION_NOT_MET]]);
  });
  it('R2 §11(3): a civil servant with an unexpunged disciplinary sanction fails', () => {
    expect(failures({ unexpungedSanctions: 1 })).toEqual([['R2 §11(3)', C.UNEXPUNGED_SANCTION]]);
  });
  it('R2 §11(4): a civil servant acting in a position or temporarily replacing an absent employee fails', () => {
    expect(failures({ actingOrTemporarilyReplacing: true })).toEqual([['R2 §11(4)', C.ACTING_OR_REPLACING]]);
  });
  it('R2 §11(5): a civil servant not rated "effective" in 2024 fails on 15.06.2025', () => {
    const ratings = [
      { year: 2023, rating: 'effective' },
      { year: 2024, rating: 'unsatisfactory' },
    ];
    expect(failures({ performanceRatings: ratings })).toEqual([['R2 §11(5)', C.PERFORMANCE_NOT_EFFECTIVE]]);
  });
  it('R2 §11(6): a civil servant without written consent fails', () => {
    expect(failures({ writtenConsentDate: null })).toEqual([['R2 §11(6)', C.NO_WRITTEN_CONSENT]]);
  });
  it('R2 §11: a civil servant failing every condition gets all six reasons at once, in the order of the law', () => {
    const all = failures({
      senderServiceStart: '2025-01-01',
      meetsQualificationRequirements: false,
      unexpungedSanctions: 1,
      actingOrTemporarilyReplacing: true,
      performanceRatings: [],
      writtenConsentDate: null,
    });
    expect(all.map(([cite]) => cite)).toEqual(['R2 §11(1)', 'R2 §11(2)', 'R2 §11(3)', 'R2 §11(4)', 'R2 §11(5)', 'R2 §11(6)']);
  });
});

describe('R2 §11(1) exception: political civil servants', () => {
  it('R2 §11(1): a political civil servant with 6 months in the political position in the sending body meets the service condition', () => {
    expect(failures(political)).toEqual([]);
  });
  it('R2 §11(1): a political civil servant one day short of 6 months in the political position fails the service condition', () => {
    expect(failures({ ...political, politicalPositionStart: '2024-12-16' })).toEqual([['R2 §11(1)', C.SERVICE_TOO_SHORT]]);
  });
  it('R2 §11(1): a political civil servant with no recorded start in the political position fails, and the text says six months', () => {
    const [v] = checkR2Eligibility(aCandidate({ ...political, politicalPositionStart: null }), ctx);
    expect(v?.text.ru).toBe(
      'Стаж политического государственного служащего на политической должности в направляющем государственном органе менее 6 месяцев',
    );
    expect(v?.details).toEqual({ politicalPositionStart: null, requiredMonths: 6 });
  });
});

describe('R2 §11(1) and §11(5) exceptions: National Bank employees', () => {
  it('R2 §11(1): a National Bank employee with three years of work in the National Bank and 80 % KPI in both years meets R2 §11', () => {
    expect(failures(nbEmployee)).toEqual([]);
  });
  it('R2 §11(1): a National Bank employee one day short of three years in the National Bank fails the service condition', () => {
    const [v, ...rest] = checkR2Eligibility(aCandidate({ ...nbEmployee, nationalBankWorkStart: '2022-06-16' }), ctx);
    expect(rest).toEqual([]);
    expect([v?.cite, v?.code, v?.text.kk]).toEqual([
      'R2 §11(1)',
      C.SERVICE_TOO_SHORT,
      'Ұлттық Банк қызметкерінің Ұлттық Банкте кемінде 3 жыл жұмыс өтілі жоқ',
    ]);
  });
  it('R2 §11(5): a National Bank employee with 79.9 % KPI in 2024 fails the KPI condition', () => {
    const kpi = [
      { year: 2023, percent: 95 },
      { year: 2024, percent: 79.9 },
    ];
    const [v] = checkR2Eligibility(aCandidate({ ...nbEmployee, nationalBankKpi: kpi }), ctx);
    expect([v?.cite, v?.code, v?.details]).toEqual(['R2 §11(5)', C.KPI_BELOW_THRESHOLD, { yearsBelowThreshold: '2024', minPercent: 80 }]);
    expect(v?.text.ru).toBe(
      'Фактическая результативность по функциональным ключевым показателям эффективности деятельности по итогам последних 2 лет менее 80 %',
    );
  });
  it('R2 §11(5): a National Bank employee with no KPI result for 2023 fails the KPI condition', () => {
    expect(failures({ ...nbEmployee, nationalBankKpi: [{ year: 2024, percent: 100 }] })).toEqual([
      ['R2 §11(5)', C.KPI_BELOW_THRESHOLD],
    ]);
  });
  it('R2 §11(5): a National Bank employee is not required to be rated "effective"', () => {
    expect(failures({ ...nbEmployee, performanceRatings: [{ year: 2024, rating: 'unsatisfactory' }] })).toEqual([]);
  });
  it('R2 §11(1): the numbers of R2 are not in force before its 2023 edition, so checking a case dated earlier is a caller error', () => {
    expect(() => checkR2Eligibility(aCandidate(nbEmployee), { asOf: legalDate('2022-01-10') })).toThrow(RangeError);
  });
});

describe('R2 §11(5) exception: military, law-enforcement and special positions', () => {
  it("R2 §11(5): a candidate in a military position with a positive last attestation meets the condition without 'effective' ratings", () => {
    expect(failures(military)).toEqual([]);
  });
  it('R2 §11(5): a candidate in a law-enforcement position whose last attestation was negative fails', () => {
    expect(failures({ ...military, lastAttestationPositive: false })).toEqual([['R2 §11(5)', C.ATTESTATION_NOT_POSITIVE]]);
  });
  it('R2 §11(5): a candidate in a special-body position with no attestation on record fails', () => {
    expect(failures({ ...military, lastAttestationPositive: null })).toEqual([['R2 §11(5)', C.ATTESTATION_NOT_POSITIVE]]);
  });
  it('R2 §11(1): a candidate in a military position still needs three years of service in the sending body', () => {
    expect(failures({ ...military, senderServiceStart: '2023-01-01' })).toEqual([['R2 §11(1)', C.SERVICE_TOO_SHORT]]);
  });
});
