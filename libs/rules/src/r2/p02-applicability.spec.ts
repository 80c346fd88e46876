import { checkR2Applicability } from './p02-applicability';

describe('R2 §2 applicability', () => {
  it('R2 §2: R2 applies also to military servicemen and employees of law-enforcement and special bodies, in such positions too', () => {
    expect(checkR2Applicability({ candidateMilitaryLawEnforcementOrSpecial: true, targetPositionMilitaryLawEnforcementOrSpecial: true })).toEqual([]);
  });
});
