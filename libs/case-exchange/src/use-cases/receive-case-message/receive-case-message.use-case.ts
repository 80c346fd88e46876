import type { CaseEventPayload, Envelope, SignedRecord } from '@sx/contracts';
import { RejectMessageError } from '@sx/messaging';
import { alarmRaised, stepReceived } from '@sx/observability';
import type { HistoryEntry, NewLogEntry } from '@sx/persistence';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import { firstDivergence, verifyCaseLog } from '../../event-log/verify-case-log';
import { StepConflictError, takeStep } from '../../event-log/take-step';
import type { CaseContext } from '../shared/case-context';
import { checkPartiesPlausible, checkPartiesUnchanged } from './plausible-parties';
import { emptyViewFrom, readPayload } from './received-case';
import { storeFiles } from './store-files';
import { verifySender } from './verify-sender';

/** Applies the records this copy lacks, through the same rules as the party that took them. */
function replay(ctx: CaseContext, view: CaseView, records: readonly SignedRecord[], messageId: string): NewLogEntry<CaseView> {
  let current = view;
  const history: HistoryEntry[] = [];
  for (const r of records) {
    const advanced = advanceCase(current, r, messageId, ctx.calendar);
    if (!advanced.ok) throw new RejectMessageError('CASE.STEP_REFUSED', advanced.violations.map((v) => `${v.code} (${v.cite})`).join('; '));
    current = advanced.view;
    history.push(advanced.history);
  }
  const last = records.at(-1);
  return { state: { ...current, documents: { ...view.documents, ...current.documents } }, history, ...(last ? { step: last.seq } : {}) };
}

/**
 * Another party took a step. Before anything is believed, the whole signed log is verified (every
 * record's signature, link and actor). Then this copy takes the records it lacks, once: a party that
 * first hears of the case (the approver) takes the whole log, others the new steps, whichever message
 * brought them first. A record that differs from the one this copy holds at the same step is a
 * conflict: dead-lettered as CASE.CONFLICTING_STEP, never silently acknowledged.
 */
export async function receiveCaseMessage(ctx: CaseContext, envelope: Envelope): Promise<'applied' | 'duplicate'> {
  const p: CaseEventPayload = readPayload(envelope.payload);
  verifySender(envelope, p, ctx.service);
  checkPartiesPlausible(p.parties, p.ruleSet, ctx.agencies);
  const check = verifyCaseLog(p.events, p.parties, ctx.keys.publicKeys);
  if (!check.ok) throw new RejectMessageError(check.code === 'CASE.FORGED_ACTOR' ? check.code : 'CASE.CHAIN_INVALID', `${check.code}: ${check.message}`);
  await storeFiles(ctx.files, p, ctx.maxFileBytes);
  let applied: readonly SignedRecord[] = [];

  const result = await takeStep(
    ctx,
    p.caseId,
    (current) => {
      if (!current) {
        applied = p.events;
        return [replay(ctx, emptyViewFrom(p), p.events, envelope.messageId)];
      }
      const ours = current.state;
      const diverged = firstDivergence(ours.events, p.events);
      if (diverged !== null) throw new StepConflictError('CASE.CONFLICTING_STEP', p.caseId, diverged, `case ${p.caseId}: step ${diverged} differs from the one this copy holds`);
      const missing = p.events.slice(ours.events.length);
      // A message older than this copy (a redelivery) may predate the approver; it brings nothing.
      checkPartiesUnchanged(ours.parties, p.parties, missing.length === 0 ? 'older' : 'newer');
      applied = missing;
      if (missing.length === 0) return null;
      // Only a proposal brings documents, those of the candidate it proposes.
      const withDocs = missing.some((r) => r.event.type === 'ProposalSubmitted') ? { ...ours, documents: { ...ours.documents, ...emptyViewFrom(p).documents } } : ours;
      return [replay(ctx, withDocs, missing, envelope.messageId)];
    },
    { onConcurrentStep: 'decide-again' },
  ).catch((err: unknown) => {
    if (!(err instanceof StepConflictError)) throw err;
    alarmRaised(err.code);
    ctx.logger.error({ alarm: true, caseId: p.caseId, seq: err.seq, messageId: envelope.messageId, from: envelope.fromService }, 'ALARM: a message carries a step that conflicts with this copy of the case');
    throw new RejectMessageError(err.code, err.message);
  });
  if (result.outcome !== 'committed') return 'duplicate';
  for (const r of applied) stepReceived(r.event.type, envelope.issuedAt);
  return 'applied';
}
