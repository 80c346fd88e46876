/** What §2 of each rule set looks at: who the candidate is and what the target position is. */
export interface ApplicabilityFacts {
  /** The candidate is a military serviceman or an employee of a law-enforcement or special state body. */
  readonly candidateMilitaryLawEnforcementOrSpecial: boolean;
  /** The position to be filled is one of a military serviceman or of such a body's employee. */
  readonly targetPositionMilitaryLawEnforcementOrSpecial: boolean;
}
