import { z } from 'zod';
import type { CaseContext } from '../shared/case-context';
import { loadCaseFor } from '../shared/load-case';

export const TimelineEntrySchema = z.object({
  at: z.string(),
  event: z.string(),
  actor: z.string().optional(),
  cite: z.string().optional(),
  /** The step's number in the case's shared log, for entries that record a step. */
  seq: z.number().int().optional(),
  messageId: z.string().optional(),
  /** The trace the entry was written under (Jaeger: GET /cases/{id}/traces shows it). */
  traceId: z.string().optional(),
  spanId: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** Every step this service recorded for the case: who, when, under which paragraph, through which message. */
export async function caseTimeline(ctx: CaseContext, agencyId: string, caseId: string): Promise<TimelineEntry[]> {
  const { aggregate } = await loadCaseFor(ctx, caseId, agencyId);
  return aggregate.history.map((h) => ({ ...h, details: h.details ? { ...h.details } : undefined }));
}
