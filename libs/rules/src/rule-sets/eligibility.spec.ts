import type { Cite } from '../common/citation';
import type { ConditionResult, ConditionStatus } from '../common/condition-result';
import { aCandidate, ELIGIBLE_AS_OF } from '../samples/candidate.fixture';
import { checkEligibility, eligibilityConditions, evaluateEligibility } from './eligibility';

/** The verdicts grouped by the point of the law that states them, in order: a point's branches stand side by side. */
const byPoint = (results: readonly ConditionResult[]): [Cite, [string, ConditionStatus][]][] =>
  results.reduce<[Cite, [string, ConditionStatus][]][]>((points, r) => {
    const last = points[points.length - 1];
    if (last?.[0] === r.cite) last[1].push([r.code, r.status]);
    else points.push([r.cite, [[r.code, r.status]]]);
    return points;
  }, []);

describe('eligibility by rule set', () => {
  it('R1 §3/§10, R2 §3/§11, R3 §3/§10: each rule set checks its own paragraphs, §3 first', () => {
    expect(eligibilityConditions('R1').every((c) => c.cite === 'R1 §3' || c.cite.startsWith('R1 §10('))).toBe(true);
    expect(eligibilityConditions('R2').every((c) => c.cite === 'R2 §3' || c.cite.startsWith('R2 §11('))).toBe(true);
    expect(eligibilityConditions('R3').every((c) => c.cite === 'R3 §3' || c.cite.startsWith('R3 §10('))).toBe(true);
  });

  it('R3 §3: the first heads’ agreement and a vacant position are conditions the sender declares, each cited to §3', () => {
    const v = checkEligibility('R3', aCandidate({ firstHeadsAgreed: false, vacantPosition: false }), { asOf: ELIGIBLE_AS_OF });
    expect(v.map((x) => [x.code, x.cite])).toEqual([
      ['ELIGIBILITY.NO_FIRST_HEADS_AGREEMENT', 'R3 §3'],
      ['ELIGIBILITY.NO_VACANT_POSITION', 'R3 §3'],
    ]);
  });

  it('R1 §3: a vacant position is required, but R1 asks no first heads’ agreement', () => {
    expect(checkEligibility('R1', aCandidate({ firstHeadsAgreed: false }), { asOf: ELIGIBLE_AS_OF })).toEqual([]);
    expect(checkEligibility('R1', aCandidate({ vacantPosition: false }), { asOf: ELIGIBLE_AS_OF }).map((x) => [x.code, x.cite])).toEqual([['ELIGIBILITY.NO_VACANT_POSITION', 'R1 §3']]);
  });

  it('R2 §3: the first heads’ agreement is required for a secondment to a foreign institution', () => {
    expect(checkEligibility('R2', aCandidate({ firstHeadsAgreed: false }), { asOf: ELIGIBLE_AS_OF }).map((x) => [x.code, x.cite])).toEqual([['ELIGIBILITY.NO_FIRST_HEADS_AGREEMENT', 'R2 §3']]);
  });
  it('R2 §11(4): the same fact is cited by the paragraph of the rule set in force', () => {
    const c = aCandidate({ actingOrTemporarilyReplacing: true });
    expect(['R1', 'R2', 'R3'].map((r) => checkEligibility(r as 'R1', c, { asOf: ELIGIBLE_AS_OF })[0]?.cite)).toEqual([
      'R1 §10(3)',
      'R2 §11(4)',
      'R3 §10(3)',
    ]);
  });
  it('R2 §11: a National Bank employee is judged by the Bank branches; the civil-servant ones do not apply', () => {
    const c = aCandidate({ nationalBankEmployee: true, nationalBankWorkStart: '2010-01-01', nationalBankKpi: [{ year: 2023, percent: 90 }, { year: 2024, percent: 70 }] });
    const results = evaluateEligibility('R2', c, { asOf: ELIGIBLE_AS_OF });
    expect(byPoint(results)).toEqual([
      ['R2 §3', [['ELIGIBILITY.NO_FIRST_HEADS_AGREEMENT', 'passed'], ['ELIGIBILITY.NO_VACANT_POSITION', 'passed']]],
      ['R2 §11(1)', [['ELIGIBILITY.SERVICE_TOO_SHORT', 'notApplicable'], ['ELIGIBILITY.SERVICE_TOO_SHORT', 'notApplicable'], ['ELIGIBILITY.SERVICE_TOO_SHORT', 'passed']]],
      ['R2 §11(2)', [['ELIGIBILITY.QUALIFICATION_NOT_MET', 'passed']]],
      ['R2 §11(3)', [['ELIGIBILITY.UNEXPUNGED_SANCTION', 'passed']]],
      ['R2 §11(4)', [['ELIGIBILITY.ACTING_OR_REPLACING', 'passed']]],
      ['R2 §11(5)', [['ELIGIBILITY.PERFORMANCE_NOT_EFFECTIVE', 'notApplicable'], ['ELIGIBILITY.ATTESTATION_NOT_POSITIVE', 'notApplicable'], ['ELIGIBILITY.KPI_BELOW_THRESHOLD', 'failed']]],
      ['R2 §11(6)', [['ELIGIBILITY.NO_WRITTEN_CONSENT', 'passed']]],
    ]);
    expect(results[4]?.requirement.en).toBe('The National Bank employee has at least 3 years of work in the National Bank');
    expect(results[10]?.violation?.details).toEqual({ yearsBelowThreshold: '2024', minPercent: 80 });
  });
  it('R3 §10: a requirement reads as what the law asks, its failure as what is wrong', () => {
    const [, , service] = evaluateEligibility('R3', aCandidate({ senderServiceStart: '2024-01-01' }), { asOf: ELIGIBLE_AS_OF });
    expect(service?.requirement.ru).toBe('Стаж государственной службы кандидата в направляющем государственном органе не менее 3 лет');
    expect(service?.violation?.text.ru).toBe('Стаж государственной службы кандидата в направляющем государственном органе менее 3 лет');
  });
});
