import {
  eligibilityConditions, evaluateDocumentPackage, evaluateEligibility, requirementOf,
  type ConditionResult, type DocumentKind, type LegalDate,
} from '@sx/rules';
import type { CaseView } from '../../case-view/case-view.schema';
import { currentPackage } from '../../case-view/sender-draft';
import type { CaseEligibility, ConditionRow } from './case-eligibility.schema';

const verified = (group: ConditionRow['group'], r: ConditionResult): ConditionRow => ({
  group,
  cite: r.cite,
  code: r.code,
  status: r.status,
  source: 'verified',
  requirement: r.requirement,
  ...(r.violation ? { violation: r.violation.text } : {}),
});

/** The sender's signed step that put the current candidate forward: it is taken only when every check passes. */
function declarationOf(view: CaseView): CaseEligibility['declaration'] {
  const submitted = view.events.findLast((r) => r.event.type === 'ProposalSubmitted' && r.event.actor === 'sender');
  return submitted ? { seq: submitted.seq, agencyId: submitted.agencyId, service: submitted.service, on: submitted.event.on } : null;
}

/**
 * Every condition the law sets for the current candidate, with its verdict. The package is checked
 * here from the documents this service holds; the eligibility facts stay with the sender (the other
 * parties' copies never receive them), so elsewhere each condition shows as the sender's declaration.
 */
export function caseEligibility(view: CaseView, asOf: LegalDate): CaseEligibility {
  const declaration = declarationOf(view);
  const facts = view.candidate.eligibility;
  const eligibility: ConditionRow[] = facts
    ? evaluateEligibility(view.ruleSet, facts, { asOf }).map((r) => verified('eligibility', r))
    : eligibilityConditions(view.ruleSet).map((c) => ({
        group: 'eligibility',
        cite: c.cite,
        code: c.code,
        status: declaration ? 'declared' : 'unknown',
        source: 'senderDeclaration',
        requirement: requirementOf(c, { asOf }),
      }));
  const kinds = currentPackage(view).map((d) => d.kind as DocumentKind);
  const documents = evaluateDocumentPackage(view.ruleSet, kinds).map((r) => verified('package', r));
  return { caseId: view.caseId, ruleSet: view.ruleSet, asOf, declaration, conditions: [...eligibility, ...documents] };
}
