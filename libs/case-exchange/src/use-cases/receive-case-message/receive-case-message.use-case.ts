import type { CaseEventPayload, Envelope, EventRecord } from '@sx/contracts';
import { RejectMessageError } from '@sx/messaging';
import { updateCase, type CaseChange, type HistoryEntry } from '@sx/persistence';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import type { CaseContext } from '../shared/case-context';
import { emptyViewFrom, readPayload } from './received-case';
import { storeFiles } from './store-files';
import { verifySender } from './verify-sender';

/** A step that arrived before the one it follows: retried later, never applied out of order. */
export class SequenceGapError extends Error {
  constructor(caseId: string, have: number, got: number) {
    super(`case ${caseId}: have ${have} steps, message carries step ${got}`);
    this.name = 'SequenceGapError';
  }
}

function replay(ctx: CaseContext, view: CaseView, records: readonly EventRecord[], messageId: string): CaseChange<CaseView> {
  let current = view;
  const history: HistoryEntry[] = [];
  for (const r of records) {
    const advanced = advanceCase(current, r, messageId, ctx.calendar);
    if (!advanced.ok) throw new RejectMessageError('CASE.STEP_REFUSED', advanced.violations.map((v) => `${v.code} (${v.cite})`).join('; '));
    current = advanced.view;
    history.push(advanced.history);
  }
  return { state: { ...current, documents: { ...view.documents, ...current.documents } }, history };
}

/**
 * Another party took a step: apply it to this service's copy through the same rules, once. A party
 * that first hears of the case (the approver) rebuilds it from the log; others apply the last step.
 */
export async function receiveCaseMessage(ctx: CaseContext, envelope: Envelope): Promise<'applied' | 'duplicate'> {
  const p: CaseEventPayload = readPayload(envelope.payload);
  verifySender(envelope, p, ctx.service);
  await storeFiles(ctx.files, p, ctx.maxFileBytes);
  const last = p.events.at(-1) as EventRecord;

  if (!(await ctx.cases.findById(p.caseId))) {
    const change = replay(ctx, emptyViewFrom(p), p.events, envelope.messageId);
    const created = await ctx.cases.create(p.caseId, { ...change, inboxMessageId: envelope.messageId });
    if (created.created) return 'applied';
  }
  const result = await updateCase(
    ctx.cases,
    p.caseId,
    ({ state }) => {
      const have = state.events.length;
      if (last.seq <= have) return null;
      if (last.seq > have + 1) throw new SequenceGapError(p.caseId, have, last.seq);
      // The parties stay as this copy knows them (the approver is added by the rules' own step); only a
      // proposal brings documents, those of the candidate it proposes.
      const view: CaseView = last.event.type === 'ProposalSubmitted' ? { ...state, documents: { ...state.documents, ...emptyViewFrom(p).documents } } : state;
      return replay(ctx, view, [last], envelope.messageId);
    },
    { inboxMessageId: envelope.messageId },
  );
  return result.outcome === 'saved' ? 'applied' : 'duplicate';
}
