// Stable codes for "this rule set does not govern this secondment".
export const APPLICABILITY_CODES = {
  /** R1 §2, R3 §2(2): the target position is one of a military / law-enforcement / special body. */
  MILITARY_POSITION_EXCLUDED: 'APPLICABILITY.MILITARY_POSITION_EXCLUDED',
  /** R3 §2(1): the candidate is a military serviceman or an employee of such a body. */
  MILITARY_SERVANT_EXCLUDED: 'APPLICABILITY.MILITARY_SERVANT_EXCLUDED',
  /** No rule set of Resolution 755 covers this sender, receiver and candidate. */
  NO_RULE_SET: 'APPLICABILITY.NO_RULE_SET',
  /** The parties fall under another rule set than the one the proposal was made under. */
  WRONG_RULE_SET: 'APPLICABILITY.WRONG_RULE_SET',
} as const;

export type ApplicabilityCode = (typeof APPLICABILITY_CODES)[keyof typeof APPLICABILITY_CODES];
