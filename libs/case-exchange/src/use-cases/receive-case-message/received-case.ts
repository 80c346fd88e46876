import type { CaseEventPayload } from '@sx/contracts';
import type { CaseView } from '../../case-view/case-view.schema';
import { newCaseView } from '../../case-view/new-case-view';

/** The empty view a party builds when a case first reaches it; the event log then fills it in. */
export function emptyViewFrom(p: CaseEventPayload): CaseView {
  return newCaseView({
    caseId: p.caseId,
    ruleSet: p.ruleSet,
    reference: p.reference,
    parties: p.parties,
    // Only the sender keeps the eligibility facts; the other parties see who and for which position.
    candidate: { fullName: p.candidate.fullName, position: p.candidate.position, presidentialAdministrationServant: false },
    proposed: p.candidate,
    documents: Object.fromEntries(p.documents.map((d) => [`${d.proposal}-${d.kind}`, d])),
  });
}
