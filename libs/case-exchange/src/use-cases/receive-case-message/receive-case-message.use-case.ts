import { createEnvelope, isRefusal, StepReceiptMessage, type CaseEventPayload, type Envelope, type ServiceName, type SignedRecord, type StepReceipt } from '@sx/contracts';
import { currentTraceContext } from '@sx/messaging';
import { stepReceived } from '@sx/observability';
import { deterministicId, receiptKey, type HistoryEntry, type NewLogEntry } from '@sx/persistence';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import { checkBinding } from '../../case-view/record-binding';
import { startOnOwnReceipt } from '../../case-view/start-on-receipt';
import { changeCase } from '../../event-log/change-case';
import { firstDivergence, verifyCaseLog } from '../../event-log/verify-case-log';
import { raiseAlarm } from '../../receipts/alarms';
import { issueReceipt } from '../../receipts/step-receipt';
import { alarmSeqOf, messageRefused } from '../shared/message-refusals';
import { recipientsOf } from '../shared/outgoing-messages';
import type { CaseContext } from '../../context/case-context';
import { checkPartiesPlausible, checkPartiesUnchanged } from './plausible-parties';
import { emptyViewFrom } from './received-case';
import { storeFiles } from './store-files';
import { verifySender } from './verify-sender';

/** Refuses the message; the alarm is raised by `alarmOnRefusal` once the refusal is final. */
function refuseWithAlarm(code: string, seq: number, message: string): never {
  throw messageRefused(code, message, { alarmSeq: seq });
}

/**
 * Raises the alarm of a refusal that ends the message. Not where it is found: a decision on this
 * process's unread head is taken again on the case read from the log (changeCase), and an outdated
 * head must not alarm anyone.
 */
async function alarmOnRefusal<T>(ctx: CaseContext, envelope: Envelope, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const seq = isRefusal(err) ? alarmSeqOf(err) : undefined;
    if (isRefusal(err) && seq !== undefined) {
      raiseAlarm(ctx.logger, err.code, { caseId: envelope.caseId, seq, messageId: envelope.messageId, from: envelope.fromService }, err.message);
    }
    throw err;
  }
}

/**
 * Applies the records this copy lacks, through the same rules as the party that took them, and signs a
 * receipt for each step another service took; the receipts ride in the entry's outbox to the steps'
 * authors, so a receipt leaves exactly when the step is kept.
 */
function replay(ctx: CaseContext, view: CaseView, records: readonly SignedRecord[], envelope: Envelope): NewLogEntry<CaseView> {
  let current = view;
  const history: HistoryEntry[] = [];
  const receipts = { ...view.receipts };
  const messages: Envelope[] = [];
  const now = ctx.clock();
  for (const r of records) {
    const advanced = advanceCase(current, r, envelope.messageId, ctx.calendar);
    if (!advanced.ok) throw messageRefused('CASE.STEP_REFUSED', advanced.violations.map((v) => `${v.code} (${v.cite})`).join('; '), { violations: advanced.violations });
    current = advanced.view;
    history.push(advanced.history);
    if (r.service === ctx.service) continue;
    const receipt = issueReceipt(view.caseId, r, envelope.toAgency, now, ctx.keys.signingKey);
    receipts[receiptKey(receipt)] = receipt;
    const receiptTo = (to: { agencyId: string; service: ServiceName }, variant: string): Envelope<StepReceipt> =>
      createEnvelope(StepReceiptMessage, {
        caseId: view.caseId,
        messageId: deterministicId(view.caseId, String(r.seq), `${ctx.service}:receipt${variant}`),
        fromAgency: envelope.toAgency,
        toAgency: to.agencyId,
        fromService: ctx.service,
        toService: to.service,
        causationId: envelope.messageId,
        payload: receipt,
        ...currentTraceContext(),
      });
    messages.push(receiptTo({ agencyId: r.agencyId, service: r.service }, ''));
    // The law counts this party's period from its own receipt: a later receipt than the author declared
    // moves it here, and the receipt goes to every other party too so their copies count the same.
    const started = startOnOwnReceipt(current, receipt, ctx.calendar);
    if (!started) continue;
    current = started.view;
    history.push(started.history);
    // Only to those told of the step (its emits): a copy never told of it would wait for it in vain.
    for (const p of recipientsOf(advanced.emits, current, r.service)) if (p.service !== ctx.service) messages.push(receiptTo(p, `:${p.service}:${p.agencyId}`));
  }
  const last = records.at(-1);
  return { state: { ...current, documents: { ...view.documents, ...current.documents }, receipts }, history, messages, ...(last ? { step: last.seq } : {}) };
}

/** The copy this party starts from when the message brings a proposal: its candidate and package, as the proposal record binds them. */
function withProposal(view: CaseView, p: CaseEventPayload): CaseView {
  const fresh = emptyViewFrom(p);
  return { ...view, candidate: fresh.candidate, proposed: p.candidate, documents: { ...view.documents, ...fresh.documents } };
}

/**
 * Another party took a step. Before anything is believed: the message's records must be about the
 * case it names (CASE.RECORD_NOT_BOUND), the whole signed log must verify (every record's signature,
 * link and actor), and no record may claim this very service unless this copy holds it
 * (CASE.UNKNOWN_OWN_RECORD). Then this copy takes the records it lacks, once: a party that first
 * hears of the case (the approver) takes the whole log, others the new steps, whichever message
 * brought them first. A record that differs from the one this copy holds at the same step is a
 * conflict: dead-lettered as CASE.CONFLICTING_STEP, never silently acknowledged.
 */
export function receiveCaseMessage(ctx: CaseContext, envelope: Envelope<CaseEventPayload>): Promise<'applied' | 'duplicate'> {
  return alarmOnRefusal(ctx, envelope, () => receive(ctx, envelope));
}

async function receive(ctx: CaseContext, envelope: Envelope<CaseEventPayload>): Promise<'applied' | 'duplicate'> {
  const p = envelope.payload;
  verifySender(envelope, p, ctx.service);
  if (ctx.testMutant !== 'no-binding-check') {
    const bound = checkBinding(envelope.caseId, p);
    if (!bound.ok) refuseWithAlarm(bound.code, bound.seq, bound.message);
  }
  checkPartiesPlausible(p.parties, p.ruleSet, ctx.agencies);
  const check = verifyCaseLog(p.events, p.parties, ctx.keys.publicKeys);
  if (!check.ok) throw messageRefused(check.code === 'CASE.FORGED_ACTOR' ? check.code : 'CASE.CHAIN_INVALID', `${check.code}: ${check.message}`);
  await storeFiles(ctx.files, p, ctx.maxFileBytes);

  let applied: readonly SignedRecord[] = [];
  const result = await changeCase(
    ctx,
    p.caseId,
    (current) => {
      const held = current?.state.events.length ?? 0;
      const missing = p.events.slice(held);
      const own = missing.find((r) => r.service === ctx.service);
      const restoredSteps = ctx.restores?.restoredSteps(p.caseId);
      if (own && (restoredSteps === undefined || own.seq <= restoredSteps)) {
        refuseWithAlarm('CASE.UNKNOWN_OWN_RECORD', own.seq, `step ${own.seq} is signed as ${ctx.service}, but this service never recorded it`);
      }
      // Its store was restored from a backup older than this step: the step comes back from the other
      // parties, signed with this service's own key (the chain was verified above).
      if (own) ctx.logger.warn({ caseId: p.caseId, seq: own.seq, restoredSteps }, 'own step recovered from another party after a restore');
      if (!current) {
        applied = p.events;
        return [replay(ctx, withProposal(emptyViewFrom(p), p), p.events, envelope)];
      }
      const ours = current.state;
      const diverged = firstDivergence(ours.events, p.events);
      if (diverged !== null) refuseWithAlarm('CASE.CONFLICTING_STEP', diverged, `case ${p.caseId}: step ${diverged} differs from the one this copy holds`);
      // A message older than this copy (a redelivery) may predate the approver; it brings nothing.
      checkPartiesUnchanged(ours.parties, p.parties, missing.length === 0 ? 'older' : 'newer');
      applied = missing;
      if (missing.length === 0) return null;
      // Only a proposal brings a candidate and documents: those of the candidate it proposes.
      const base = missing.some((r) => r.event.type === 'ProposalSubmitted') ? withProposal(ours, p) : ours;
      return [replay(ctx, base, missing, envelope)];
    },
    { onConcurrentStep: 'decide-again' },
  );
  if (result.outcome !== 'committed') return 'duplicate';
  for (const r of applied) stepReceived(r.event.type, envelope.issuedAt);
  return 'applied';
}
