import type { CaseDocument, Parties, RuleSetId } from '@sx/contracts';
import { newCase } from '@sx/rules';
import type { CandidateRecord, CaseView } from './case-view.schema';
import { agenciesOf } from './parties';

/** A case before its first step, as the sender opens it or as a party first hears of it. */
export function newCaseView(init: {
  caseId: string;
  ruleSet: RuleSetId;
  reference: string;
  parties: Parties;
  candidate: CandidateRecord;
  /** The candidate as a received proposal bound it (parties other than the sender). */
  proposed?: CaseView['proposed'];
  documents?: Record<string, CaseDocument>;
}): CaseView {
  const procedure = newCase(init.ruleSet);
  return {
    caseId: init.caseId,
    ruleSet: init.ruleSet,
    reference: init.reference,
    parties: init.parties,
    partyAgencies: agenciesOf(init.parties),
    candidate: init.candidate,
    ...(init.proposed ? { proposed: init.proposed } : {}),
    documents: init.documents ?? {},
    procedure,
    status: procedure.status,
    nextDue: null,
    dueBlocked: false,
    nextUnrecordedDue: null,
    missedDeadlines: {},
    events: [],
    receipts: {},
  };
}
