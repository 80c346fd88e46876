import { aCandidate, ELIGIBLE_AS_OF } from './candidate.fixture';
import { checkEligibility, eligibilityConditions } from './by-rule-set';

describe('eligibility by rule set', () => {
  it('R1 §10, R2 §11, R3 §10: each rule set checks its own paragraph', () => {
    expect(eligibilityConditions('R1').every((c) => c.cite.startsWith('R1 §10('))).toBe(true);
    expect(eligibilityConditions('R2').every((c) => c.cite.startsWith('R2 §11('))).toBe(true);
    expect(eligibilityConditions('R3').every((c) => c.cite.startsWith('R3 §10('))).toBe(true);
  });
  it('R2 §11(4): the same fact is cited by the paragraph of the rule set in force', () => {
    const c = aCandidate({ actingOrTemporarilyReplacing: true });
    expect(['R1', 'R2', 'R3'].map((r) => checkEligibility(r as 'R1', c, { asOf: ELIGIBLE_AS_OF })[0]?.cite)).toEqual([
      'R1 §10(3)',
      'R2 §11(4)',
      'R3 §10(3)',
    ]);
  });
});
