import { caseEventMessage, createEnvelope, type CaseEventPayload, type Envelope, type PartyRef, type SignedRecord } from '@sx/contracts';
import { currentTraceContext } from '@sx/messaging';
import { deterministicId } from '@sx/persistence';
import type { MessageIntent } from '@sx/rules';
import type { CaseView } from '../../case-view/case-view.schema';
import { partyOf } from '../../case-view/parties';
import { candidateRefOf } from '../../case-view/record-binding';
import type { CaseContext } from '../../context/case-context';

/**
 * Files travel to a party that does not have them yet: with every proposal (a replacement candidate
 * brings a new package, R1 §14, R2 §15, R3 §14) and to a party the case reaches for the first time
 * (the approver with the approval request, R1 §15, R2 §16, R3 §15). The log keeps only the hashes;
 * the relay adds the contents when it publishes (`hydrate-files.ts`), so no log entry carries
 * megabytes of files.
 */
const needsFiles = (record: SignedRecord, isNewParty: boolean): boolean => record.event.type === 'ProposalSubmitted' || isNewParty;

/** The parties the rules say must be told of the step (its `emits`), one per service, never ourselves. */
export function recipientsOf(emits: readonly MessageIntent[], view: CaseView, self: CaseContext['service']): PartyRef[] {
  const byService = new Map<string, PartyRef>();
  for (const role of emits.flatMap((m) => m.to)) {
    const p = partyOf(view.parties, role);
    if (p && p.service !== self && !byService.has(p.service)) byService.set(p.service, p);
  }
  return [...byService.values()];
}

/** A party the case had before this step (the approver joins with the approval request). */
const wasParty = (before: CaseView, service: string): boolean => Object.values(before.parties).some((p) => p?.service === service);

/**
 * One message per party the rules name, carrying the whole signed log. Message ids derive from the
 * case, the step and the recipient, so a repeated command can never send a second, different copy.
 */
export function outgoingMessages(ctx: CaseContext, before: CaseView, after: CaseView, record: SignedRecord, emits: readonly MessageIntent[]): Envelope[] {
  // One payload per variant (with the files for a party new to the case, or without), shared by the
  // recipients: createEnvelope checks each payload object once.
  const payloads = new Map<boolean, CaseEventPayload>();
  const payloadOf = (withFiles: boolean): CaseEventPayload => payloads.get(withFiles) ?? (payloads.set(withFiles, payloadFor(after, withFiles)).get(withFiles) as CaseEventPayload);
  return recipientsOf(emits, after, ctx.service).map((to) =>
    createEnvelope(caseEventMessage(record.event.type), {
      caseId: after.caseId,
      messageId: deterministicId(after.caseId, String(record.seq), to.service),
      fromAgency: record.agencyId,
      toAgency: to.agencyId,
      fromService: ctx.service,
      toService: to.service,
      causationId: null,
      payload: payloadOf(needsFiles(record, !wasParty(before, to.service))),
      ...currentTraceContext(),
    }),
  );
}

function payloadFor(view: CaseView, withFiles: boolean): CaseEventPayload {
  const documents = Object.values(view.documents);
  return {
    caseId: view.caseId,
    ruleSet: view.ruleSet,
    reference: view.reference,
    parties: view.parties,
    // The candidate the last proposal bound (a replacement in preparation is not sent before its proposal).
    candidate: view.proposed ?? candidateRefOf(view),
    documents,
    // Placeholders: the relay fills in each content from the file store at publish time.
    files: withFiles ? [...new Set(documents.map((d) => d.sha256))].map((sha256) => ({ sha256, contentBase64: '' })) : [],
    events: view.events,
  };
}
