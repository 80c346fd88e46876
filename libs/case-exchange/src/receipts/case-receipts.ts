import type { ServiceName, StepReceipt } from '@sx/contracts';
import type { CaseView } from '../case-view/case-view.schema';
import { receiptKey, type ReceiptStore } from '@sx/persistence';

/** The services that should receipt a step this service took: every other party's. */
const otherServices = (view: CaseView, self: ServiceName): ServiceName[] => [...new Set(Object.values(view.parties).flatMap((p) => (p && p.service !== self ? [p.service] : [])))];

/**
 * Every receipt this copy of the case knows: those it gave (kept in the case) and those the other
 * parties sent for the steps this service took (in the receipt store), each only if it is about the
 * very record this copy holds at its step.
 */
export async function caseReceipts(view: CaseView, self: ServiceName, store: ReceiptStore): Promise<StepReceipt[]> {
  const others = otherServices(view, self);
  const keys = view.events.filter((r) => r.service === self).flatMap((r) => others.map((service) => receiptKey({ seq: r.seq, service })));
  const received = keys.length > 0 ? await store.find(view.caseId, keys) : [];
  const bound = received.filter((r) => view.events[r.seq - 1]?.hash === r.recordHash);
  return [...Object.values(view.receipts), ...bound].sort((a, b) => a.seq - b.seq || a.service.localeCompare(b.service));
}
