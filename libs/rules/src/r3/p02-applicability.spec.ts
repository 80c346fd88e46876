import { checkR3Applicability } from './p02-applicability';

describe('R3 §2 applicability', () => {
  it('R3 §2: R3 applies to a civilian civil servant going to a civilian position', () => {
    expect(checkR3Applicability({ candidateMilitaryLawEnforcementOrSpecial: false, targetPositionMilitaryLawEnforcementOrSpecial: false })).toEqual([]);
  });
  it('R3 §2(1): R3 does not apply to a military serviceman or an employee of a law-enforcement or special body', () => {
    const vs = checkR3Applicability({ candidateMilitaryLawEnforcementOrSpecial: true, targetPositionMilitaryLawEnforcementOrSpecial: false });
    expect(vs.map((v) => [v.cite, v.code])).toEqual([['R3 §2(1)', 'APPLICABILITY.MILITARY_SERVANT_EXCLUDED']]);
  });
  it('R3 §2(2): R3 does not apply to secondment of a civil servant into a military, law-enforcement or special position', () => {
    const vs = checkR3Applicability({ candidateMilitaryLawEnforcementOrSpecial: false, targetPositionMilitaryLawEnforcementOrSpecial: true });
    expect(vs.map((v) => [v.cite, v.code])).toEqual([['R3 §2(2)', 'APPLICABILITY.MILITARY_POSITION_EXCLUDED']]);
  });
  it('R3 §2: when both exclusions hold, both are reported', () => {
    const vs = checkR3Applicability({ candidateMilitaryLawEnforcementOrSpecial: true, targetPositionMilitaryLawEnforcementOrSpecial: true });
    expect(vs.map((v) => v.cite)).toEqual(['R3 §2(1)', 'R3 §2(2)']);
  });
});
