import { z } from 'zod';
import { StepReceiptComponent } from '../../http/api-components';
import { caseReceipts } from '../../receipts/case-receipts';
import type { CaseContext } from '../../context/case-context';
import { loadCaseFor } from '../shared/load-case';

export const TimelineEntrySchema = z.object({
  at: z.string().describe('When this service recorded the entry (ISO 8601, UTC).'),
  event: z.string().describe('What happened: a rules event (e.g. ProposalAgreed), or a record of this service such as DocumentAttached, CandidateReplaced, DeadlineComputed or DeadlineMissed.'),
  actor: z.string().optional().describe('The party role that acted, or that owes the obligation of a deadline entry.'),
  cite: z.string().optional().describe('The paragraph behind the entry, e.g. `R3 §13`.'),
  /** The step's number in the case's shared log, for entries that record a step. */
  seq: z.number().int().optional().describe('The step’s number in the case’s shared log, for entries that record a step.'),
  messageId: z.string().optional().describe('The id of the case message that carried the step to or from this service.'),
  /** The trace the entry was written under (Jaeger: GET /cases/{id}/traces shows it). */
  traceId: z.string().optional().describe('The W3C trace the entry was written under (GET /cases/{caseId}/traces shows it).'),
  spanId: z.string().optional().describe('The span within that trace.'),
  details: z.record(z.string(), z.unknown()).optional().describe('Facts of the entry, by kind: e.g. the obligation id and due date of a deadline entry, the kind, SHA-256 and size of an attached document, or `by`, the official or system who decided a step.'),
  receivedBy: z.array(StepReceiptComponent).optional().describe('For a step: the signed receipts of the parties that applied it, “received by <agency> at <time>”: those this service gave, and those the others sent for the steps this service took.'),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** Every step this service recorded for the case: who, when, under which paragraph, through which message, and who received it when. */
export async function caseTimeline(ctx: CaseContext, agencyId: string, caseId: string): Promise<TimelineEntry[]> {
  const { aggregate } = await loadCaseFor(ctx, caseId, agencyId);
  const receipts = await caseReceipts(aggregate.state, ctx.service, ctx.receipts);
  return aggregate.history.map((h) => {
    const receivedBy = h.seq === undefined ? [] : receipts.filter((r) => r.seq === h.seq);
    return { ...h, details: h.details ? { ...h.details } : undefined, ...(receivedBy.length > 0 ? { receivedBy } : {}) };
  });
}
