import { caseEventMessage, createEnvelope, type CaseEventPayload, type Envelope, type EventRecord } from '@sx/contracts';
import { currentTraceContext } from '@sx/messaging';
import { deterministicId } from '@sx/persistence';
import type { CaseView } from '../../case-view/case-view.schema';
import { otherPartyServices } from '../../case-view/parties';
import type { CaseContext } from './case-context';

/**
 * Files travel to a party that does not have them yet: with every proposal (a replacement candidate
 * brings a new package, R1 §14, R2 §15, R3 §14) and to a party the case reaches for the first time
 * (the approver with the approval request, R1 §15, R2 §16, R3 §15). The outbox keeps only the hashes;
 * the relay adds the contents when it publishes (`file-hydrating.outbox.ts`), so a case document
 * never carries megabytes of files.
 */
const needsFiles = (record: EventRecord, isNewParty: boolean): boolean => record.event.type === 'ProposalSubmitted' || isNewParty;

/**
 * One message per other party's service, carrying the whole event log. Message ids are derived from
 * the case, the step and the recipient, so a repeated command can never send a second, different copy.
 */
export function outgoingMessages(ctx: CaseContext, before: CaseView, after: CaseView, record: EventRecord): Envelope[] {
  const recipients = otherPartyServices(after.parties, ctx.service);
  const known = new Set(otherPartyServices(before.parties, ctx.service).map((p) => p.service));
  const envelopes: Envelope[] = [];
  for (const to of recipients) {
    const withFiles = needsFiles(record, !known.has(to.service));
    envelopes.push(createEnvelope(caseEventMessage(record.event.type), {
      caseId: after.caseId,
      messageId: deterministicId(after.caseId, String(record.seq), to.service),
      fromAgency: record.agencyId,
      toAgency: to.agencyId,
      fromService: ctx.service,
      toService: to.service,
      causationId: null,
      payload: payloadFor(after, withFiles),
      ...currentTraceContext(),
    }));
  }
  return envelopes;
}

function payloadFor(view: CaseView, withFiles: boolean): CaseEventPayload {
  const documents = Object.values(view.documents);
  return {
    caseId: view.caseId,
    ruleSet: view.ruleSet,
    reference: view.reference,
    parties: view.parties,
    candidate: { fullName: view.candidate.fullName, position: view.candidate.position },
    documents,
    // Placeholders: the relay fills in each content from the file store at publish time.
    files: withFiles ? [...new Set(documents.map((d) => d.sha256))].map((sha256) => ({ sha256, contentBase64: '' })) : [],
    events: view.events,
  };
}
