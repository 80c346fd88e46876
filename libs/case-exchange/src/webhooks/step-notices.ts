import { createEnvelope, type Envelope, type SignedRecord, type WebhookEvent } from '@sx/contracts';
import { currentTraceContext } from '@sx/messaging';
import { deterministicId, type NewLogEntry } from '@sx/persistence';
import type { CaseView } from '../case-view/case-view.schema';
import type { CaseRecord } from '../case-view/case-record';
import type { CaseContext } from '../context/case-context';
import { StepsCommittedNotice } from './step-notice.message';

/** The `webhook-id` of a step's event: the same at every (re)delivery, so receivers can deduplicate. */
export const stepWebhookId = (caseId: string, seq: number): string => `${caseId}:${seq}`;

export function stepEvent(view: CaseView, record: SignedRecord): WebhookEvent {
  return {
    type: 'case.step',
    timestamp: record.at,
    data: {
      caseId: view.caseId, ruleSet: view.ruleSet, seq: record.seq, event: record.event.type, agencyId: record.agencyId, by: record.by, service: record.service, at: record.at,
      // Several steps can arrive in one entry (a party joining late gets the whole log): each carries the status they led to.
      status: view.status,
      ...(record.traceId ? { traceId: record.traceId } : {}),
    },
  };
}

function notice(ctx: CaseContext, view: CaseView, fresh: readonly SignedRecord[], agencies: readonly string[]): Envelope {
  const last = fresh.at(-1) as SignedRecord;
  const agencyId = agencies[0] as string;
  return createEnvelope(StepsCommittedNotice, {
    caseId: view.caseId,
    messageId: deterministicId(view.caseId, String(last.seq), `${ctx.service}:webhooks`),
    fromAgency: agencyId,
    toAgency: agencyId,
    fromService: ctx.service,
    toService: ctx.service,
    causationId: null,
    payload: { agencies: [...agencies], events: fresh.map((r) => stepEvent(view, r)) },
    ...currentTraceContext(),
  });
}

/**
 * Adds the webhook notice to each entry that records steps of a case a subscribed agency is a party
 * to here. The notice rides in the entry's outbox messages, so it is committed with the step and
 * published by the relay at least once. Costs nothing when no agency served here subscribes: the
 * set of subscribed agencies is held in memory, and the entries are returned untouched.
 */
export function withStepNotices(ctx: CaseContext, current: CaseRecord | null, entries: readonly NewLogEntry<CaseView>[]): readonly NewLogEntry<CaseView>[] {
  const subscribed = ctx.subscribedAgencies?.();
  if (!subscribed || subscribed.size === 0) return entries;
  let before = current?.state.events.length ?? 0;
  return entries.map((entry) => {
    const view = entry.state;
    const fresh = entry.step === undefined ? [] : view.events.filter((r) => r.seq > before);
    before = Math.max(before, view.events.length);
    const agencies = [...new Set(Object.values(view.parties).flatMap((p) => (p && p.service === ctx.service && subscribed.has(p.agencyId) ? [p.agencyId] : [])))];
    if (fresh.length === 0 || agencies.length === 0) return entry;
    return { ...entry, messages: [...(entry.messages ?? []), notice(ctx, view, fresh, agencies)] };
  });
}
