import { legalDate } from '../common/legal-date';
import { aCandidate, ELIGIBLE_AS_OF } from '../samples/candidate.fixture';
import { ELIGIBILITY_CODES as C } from '../eligibility/eligibility-codes';
import { checkR3Eligibility } from './p10-eligibility';

const ctx = { asOf: ELIGIBLE_AS_OF };
const failures = (overrides: Parameters<typeof aCandidate>[0], asOf = ELIGIBLE_AS_OF) =>
  checkR3Eligibility(aCandidate(overrides), { asOf }).map((v) => [v.cite, v.code]);

describe('R3 §10 eligibility of civil servants', () => {
  it('R3 §10: a civil servant who meets all six conditions may be seconded', () => {
    expect(checkR3Eligibility(aCandidate(), ctx)).toEqual([]);
  });
  it('R3 §10(1): a civil servant who joined the sending body on 15.06.2022 has three years of service on 15.06.2025', () => {
    expect(failures({ senderServiceStart: '2022-06-15' })).toEqual([]);
  });
  it('R3 §10(1): a civil servant who joined the sending body on 16.06.2022 is one day short of three years on 15.06.2025', () => {
    expect(failures({ senderServiceStart: '2022-06-16' })).toEqual([['R3 §10(1)', C.SERVICE_TOO_SHORT]]);
  });
  it('R3 §10(1): the shortfall is explained as service in the sending body in kk, ru and en', () => {
    const [v] = checkR3Eligibility(aCandidate({ senderServiceStart: '2024-01-01' }), ctx);
    expect(v?.text).toEqual({
      kk: 'Кандидаттың жіберуші мемлекеттік органда кемінде 3 жыл мемлекеттік қызмет өтілі жоқ',
      ru: 'Стаж государственной службы кандидата в направляющем государственном органе менее 3 лет',
      en: 'The candidate has less than 3 years of civil service in the sending state body',
    });
    expect(v?.details).toEqual({ serviceStart: '2024-01-01', requiredYears: 3 });
  });
  it('R3 §10(2): a civil servant with an unexpunged disciplinary sanction may not be seconded', () => {
    expect(failures({ unexpungedSanctions: 1 })).toEqual([['R3 §10(2)', C.UNEXPUNGED_SANCTION]]);
  });
  it('R3 §10(3): a civil servant acting in a position or replacing an absent employee may not be seconded', () => {
    expect(failures({ actingOrTemporarilyReplacing: true })).toEqual([['R3 §10(3)', C.ACTING_OR_REPLACING]]);
  });
  it('R3 §10(4): a civil servant rated "satisfactory" in one of the last two years may not be seconded', () => {
    const ratings = [
      { year: 2023, rating: 'effective' },
      { year: 2024, rating: 'satisfactory' },
    ];
    expect(failures({ performanceRatings: ratings })).toEqual([['R3 §10(4)', C.PERFORMANCE_NOT_EFFECTIVE]]);
  });
  it('R3 §10(4): a missing rating for 2023 on 15.06.2025 fails the condition', () => {
    const [v] = checkR3Eligibility(aCandidate({ performanceRatings: [{ year: 2024, rating: 'effective' }] }), ctx);
    expect(v?.details).toEqual({ yearsNotRatedEffective: '2023' });
  });
  it('R3 §10(5): a civil servant who does not meet the qualification requirements may not be seconded', () => {
    expect(failures({ meetsQualificationRequirements: false })).toEqual([['R3 §10(5)', C.QUALIFICATION_NOT_MET]]);
  });
  it('R3 §10(6): a civil servant without written consent may not be seconded', () => {
    expect(failures({ writtenConsentDate: null })).toEqual([['R3 §10(6)', C.NO_WRITTEN_CONSENT]]);
  });
  it('R3 §10(6): consent dated 16.06.2025 has not been given on 15.06.2025', () => {
    expect(failures({ writtenConsentDate: '2025-06-16' })).toEqual([['R3 §10(6)', C.NO_WRITTEN_CONSENT]]);
  });
  it('R3 §10(6): consent given on asOf counts', () => {
    expect(failures({ writtenConsentDate: '2025-06-15' })).toEqual([]);
  });
  it('R3 §10: a civil servant failing every condition gets all six reasons at once', () => {
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
    expect(all.map(([cite]) => cite)).toEqual(['R3 §10(1)', 'R3 §10(2)', 'R3 §10(3)', 'R3 §10(4)', 'R3 §10(5)', 'R3 §10(6)']);
  });
});

describe('R3 §10 has no exceptions of R2 §11', () => {
  it('R3 §10(1): a political civil servant with 6 months in the political position still needs three years in the sending body', () => {
    expect(
      failures({ politicalCivilServant: true, politicalPositionStart: '2024-12-15', senderServiceStart: '2024-12-15' }),
    ).toEqual([['R3 §10(1)', 'ELIGIBILITY.SERVICE_TOO_SHORT']]);
  });
});
