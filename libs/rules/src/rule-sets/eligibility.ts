import type { RuleSet } from '../common/citation';
import type { ConditionResult } from '../common/condition-result';
import type { RuleViolation } from '../common/rule-violation';
import { r1p03 } from '../r1/p03-purpose';
import { r1p10 } from '../r1/p10-eligibility';
import { r2p03 } from '../r2/p03-purpose';
import { r2p11 } from '../r2/p11-eligibility';
import { r3p03 } from '../r3/p03-purpose';
import { r3p10 } from '../r3/p10-eligibility';
import type { Candidate } from '../eligibility/candidate.schema';
import { checkAll, evaluateAll, type Condition, type EligibilityContext } from '../eligibility/condition';

/** §3's declared conditions, then the eligibility paragraph, in the order of the law. */
const CONDITIONS: Readonly<Record<RuleSet, readonly Condition[]>> = { R1: [...r1p03, ...r1p10], R2: [...r2p03, ...r2p11], R3: [...r3p03, ...r3p10] };

/** The conditions on the candidate of each rule set: §3 (declared by the sender) and R1 §10, R2 §11, R3 §10. */
export const eligibilityConditions = (ruleSet: RuleSet): readonly Condition[] => CONDITIONS[ruleSet];

export const checkEligibility = (ruleSet: RuleSet, candidate: Candidate, ctx: EligibilityContext): RuleViolation[] =>
  checkAll(CONDITIONS[ruleSet], candidate, ctx);

/** Every eligibility condition of the rule set with its verdict: passed, failed, or not applicable to this candidate. */
export const evaluateEligibility = (ruleSet: RuleSet, candidate: Candidate, ctx: EligibilityContext): ConditionResult[] =>
  evaluateAll(CONDITIONS[ruleSet], candidate, ctx);
