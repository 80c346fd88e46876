import type { Cite } from './citation';
import type { LocalizedText } from './localized-text';
import type { RuleViolation } from './rule-violation';

/** `notApplicable`: an exception of the law (R2 §11(1), §11(5)) judges this candidate by another condition. */
export type ConditionStatus = 'passed' | 'failed' | 'notApplicable';

/**
 * One condition of the law as a reader sees it: what it requires (worded positively), whether it
 * holds, and, when it does not, the violation a check reports for it.
 */
export interface ConditionResult {
  readonly cite: Cite;
  /** The code the condition's violation carries when it fails. */
  readonly code: string;
  readonly requirement: LocalizedText;
  readonly status: ConditionStatus;
  readonly violation?: RuleViolation;
}

/** The failures among the results, in their order: what a check that only says "no" reports. */
export const violationsOf = (results: readonly ConditionResult[]): RuleViolation[] =>
  results.flatMap((r) => (r.violation ? [r.violation] : []));
