import { legalDate } from '../common/legal-date';
import { aCandidate, ELIGIBLE_AS_OF } from '../samples/candidate.fixture';
import { ELIGIBILITY_CODES as C } from '../eligibility/eligibility-codes';
import { checkR1Eligibility } from './p10-eligibility';

const ctx = { asOf: ELIGIBLE_AS_OF };
const failures = (overrides: Parameters<typeof aCandidate>[0], asOf = ELIGIBLE_AS_OF) =>
  checkR1Eligibility(aCandidate({ diplomaticServicePersonnel: true, ...overrides }), { asOf }).map((v) => [v.cite, v.code]);

describe('R1 §10 eligibility of diplomatic service personnel', () => {
  it('R1 §10: a diplomat who meets all six conditions may be seconded', () => {
    expect(checkR1Eligibility(aCandidate({ diplomaticServicePersonnel: true }), ctx)).toEqual([]);
  });
  it('R1 §10(1): a diplomat who joined the MFA on 15.06.2022 has three years of service on 15.06.2025', () => {
    expect(failures({ senderServiceStart: '2022-06-15' })).toEqual([]);
  });
  it('R1 §10(1): a diplomat who joined the MFA on 16.06.2022 is one day short of three years on 15.06.2025', () => {
    expect(failures({ senderServiceStart: '2022-06-16' })).toEqual([['R1 §10(1)', C.SERVICE_TOO_SHORT]]);
  });
  it('R1 §10(1): the shortfall is explained as service in the authorized body in kk, ru and en', () => {
    const [v] = checkR1Eligibility(aCandidate({ senderServiceStart: '2024-01-01' }), ctx);
    expect(v?.text).toEqual({
      kk: 'Кандидаттың уәкілетті органда кемінде 3 жыл мемлекеттік қызмет өтілі жоқ',
      ru: 'Стаж государственной службы кандидата в уполномоченном органе менее 3 лет',
      en: 'The candidate has less than 3 years of civil service in the authorized body (the MFA)',
    });
    expect(v?.details).toEqual({ serviceStart: '2024-01-01', requiredYears: 3 });
  });
  it('R1 §10(2): a diplomat with an unexpunged disciplinary sanction may not be seconded', () => {
    expect(failures({ unexpungedSanctions: 1 })).toEqual([['R1 §10(2)', C.UNEXPUNGED_SANCTION]]);
  });
  it('R1 §10(3): a diplomat acting in a position or replacing an absent employee may not be seconded', () => {
    expect(failures({ actingOrTemporarilyReplacing: true })).toEqual([['R1 §10(3)', C.ACTING_OR_REPLACING]]);
  });
  it('R1 §10(4): a diplomat rated "satisfactory" in one of the last two years may not be seconded', () => {
    const ratings = [
      { year: 2023, rating: 'effective' },
      { year: 2024, rating: 'satisfactory' },
    ];
    expect(failures({ performanceRatings: ratings })).toEqual([['R1 §10(4)', C.PERFORMANCE_NOT_EFFECTIVE]]);
  });
  it('R1 §10(4): a missing rating for 2023 on 15.06.2025 fails the condition', () => {
    const [v] = checkR1Eligibility(aCandidate({ performanceRatings: [{ year: 2024, rating: 'effective' }] }), ctx);
    expect(v?.details).toEqual({ yearsNotRatedEffective: '2023' });
  });
  it('R1 §10(5): a diplomat who does not meet the qualification requirements may not be seconded', () => {
    expect(failures({ meetsQualificationRequirements: false })).toEqual([['R1 §10(5)', C.QUALIFICATION_NOT_MET]]);
  });
  it('R1 §10(6): a diplomat without written consent may not be seconded', () => {
    expect(failures({ writtenConsentDate: null })).toEqual([['R1 §10(6)', C.NO_WRITTEN_CONSENT]]);
  });
  it('R1 §10(6): consent dated 16.06.2025 has not been given on 15.06.2025', () => {
    expect(failures({ writtenConsentDate: '2025-06-16' })).toEqual([['R1 §10(6)', C.NO_WRITTEN_CONSENT]]);
  });
  it('R1 §10(6): consent given on asOf counts', () => {
    expect(failures({ writtenConsentDate: '2025-06-15' })).toEqual([]);
  });
  it('R1 §10: a diplomat failing every condition gets all six reasons at once', () => {
    const all = failures(
      {
        senderServiceStart: null,
        unexpungedSanctions: 2,
        actingOrTemporarilyReplacing: true,
        performanceRatings: [],
        meetsQualificationRequirements: false,
        writtenConsentDate: null,
      },
      legalDate('2025-06-15'),
    );
    expect(all.map(([cite]) => cite)).toEqual(['R1 §10(1)', 'R1 §10(2)', 'R1 §10(3)', 'R1 §10(4)', 'R1 §10(5)', 'R1 §10(6)']);
  });
});
