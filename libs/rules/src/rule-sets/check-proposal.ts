import type { RuleSet } from '../common/citation';
import { text } from '../common/localized-text';
import type { Checked, RuleViolation } from '../common/rule-violation';
import { APPLICABILITY_CODES } from '../applicability/applicability-codes';
import { selectRuleSet, type SecondmentParties } from './select-rule-set';
import { checkDocumentPackage } from './check-document-package';
import type { DocumentKind } from '../documents/document-kind';
import { checkEligibility } from './eligibility';
import type { Candidate } from '../eligibility/candidate.schema';
import type { EligibilityContext } from '../eligibility/condition';

export interface ProposalContext extends EligibilityContext {
  readonly parties: Omit<SecondmentParties, 'candidate'>;
}

export interface ProposalAccepted {
  readonly ruleSet: RuleSet;
}

/**
 * Everything the sender must get right before the letter leaves: the rule set governs these
 * parties (§2 included), the candidate is eligible, the package is complete. All failures at once.
 */
export function checkProposal(
  ruleSet: RuleSet,
  candidate: Candidate,
  documents: Iterable<DocumentKind>,
  ctx: ProposalContext,
): Checked<ProposalAccepted> {
  const violations: RuleViolation[] = [
    ...applicability(ruleSet, candidate, ctx),
    ...checkEligibility(ruleSet, candidate, ctx),
    ...checkDocumentPackage(ruleSet, documents),
  ];
  return violations.length === 0 ? { ok: true, value: { ruleSet } } : { ok: false, violations };
}

function applicability(ruleSet: RuleSet, candidate: Candidate, ctx: ProposalContext): readonly RuleViolation[] {
  const selected = selectRuleSet({ ...ctx.parties, candidate });
  if (!selected.ok) return selected.violations;
  if (selected.value === ruleSet) return [];
  return [
    {
      code: APPLICABILITY_CODES.WRONG_RULE_SET,
      cite: `${ruleSet} §1`,
      text: text(
        `Бұл іссапарға бару ${ruleSet} емес, ${selected.value} қағидаларымен реттеледі`,
        `Данное прикомандирование регулируется правилами ${selected.value}, а не ${ruleSet}`,
        `This secondment is governed by ${selected.value}, not ${ruleSet}`,
      ),
      details: { requested: ruleSet, applicable: selected.value },
    },
  ];
}
