import { checkR1Applicability } from './p02-applicability';

describe('R1 §2 applicability', () => {
  it('R1 §2: R1 applies to secondment of a diplomat into a civilian position', () => {
    expect(checkR1Applicability({ candidateMilitaryLawEnforcementOrSpecial: false, targetPositionMilitaryLawEnforcementOrSpecial: false })).toEqual([]);
  });
  it('R1 §2: R1 does not apply to secondment of a diplomat into a military, law-enforcement or special position', () => {
    const [v] = checkR1Applicability({ candidateMilitaryLawEnforcementOrSpecial: false, targetPositionMilitaryLawEnforcementOrSpecial: true });
    expect([v?.cite, v?.code]).toEqual(['R1 §2', 'APPLICABILITY.MILITARY_POSITION_EXCLUDED']);
  });
});
