import { caseEventMessage, createEnvelope, type CaseEventPayload, type Envelope, type EventRecord } from '@sx/contracts';
import { currentTraceContext } from '@sx/messaging';
import { deterministicId } from '@sx/persistence';
import type { CaseView } from '../../case-view/case-view.schema';
import { otherPartyServices } from '../../case-view/parties';
import type { CaseContext } from './case-context';

/** Steps that hand the document package over (R1 §12/§15, R2 §13/§16, R3 §12/§15): files go with them. */
const PACKAGE_STEPS = new Set(['ProposalSubmitted', 'ApprovalRequested']);

/**
 * One message per other party's service, carrying the whole event log. Message ids are derived from
 * the case, the step and the recipient, so a repeated command can never send a second, different copy.
 */
export async function outgoingMessages(ctx: CaseContext, before: CaseView, after: CaseView, record: EventRecord): Promise<Envelope[]> {
  const recipients = otherPartyServices(after.parties, ctx.service);
  const known = new Set(otherPartyServices(before.parties, ctx.service).map((p) => p.service));
  const envelopes: Envelope[] = [];
  for (const to of recipients) {
    const withFiles = PACKAGE_STEPS.has(record.event.type) || !known.has(to.service);
    envelopes.push(createEnvelope(caseEventMessage(record.event.type), {
      caseId: after.caseId,
      messageId: deterministicId(after.caseId, String(record.seq), to.service),
      fromAgency: record.agencyId,
      toAgency: to.agencyId,
      fromService: ctx.service,
      toService: to.service,
      causationId: null,
      payload: await payloadFor(ctx, after, withFiles),
      ...currentTraceContext(),
    }));
  }
  return envelopes;
}

async function payloadFor(ctx: CaseContext, view: CaseView, withFiles: boolean): Promise<CaseEventPayload> {
  const documents = Object.values(view.documents);
  const files = [];
  if (withFiles) {
    for (const d of documents) {
      const content = await ctx.files.get(d.sha256);
      if (content) files.push({ sha256: d.sha256, contentBase64: content.toString('base64') });
    }
  }
  return {
    caseId: view.caseId,
    ruleSet: view.ruleSet,
    reference: view.reference,
    parties: view.parties,
    candidate: { fullName: view.candidate.fullName, position: view.candidate.position },
    documents,
    files,
    events: view.events,
  };
}
