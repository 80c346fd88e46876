import { z } from 'zod';
import { CaseDocumentSchema, LocalizedTextSchema, PartiesSchema, RuleSetSchema, SignedRecordSchema } from '@sx/contracts';
import { workingDaysBetween, type LegalDate, type PartyRole } from '@sx/rules';
import type { CaseRecord } from '../persistence/case.store';

export const ObligationResponseSchema = z.object({
  id: z.string(),
  actor: z.string(),
  action: z.string(),
  /** Null when the due date falls outside the calendar's years: see `dueBlockedBy`. */
  due: z.string().nullable(),
  dueBlockedBy: z.unknown().optional(),
  cite: z.string(),
  text: LocalizedTextSchema,
  openedOn: z.string(),
  overdue: z.boolean(),
  /** Working days from today to the due date; negative when overdue. */
  workingDaysLeft: z.number().int().nullable(),
  override: z.object({ basis: z.string(), value: z.unknown() }).optional(),
});

export type ObligationResponse = z.infer<typeof ObligationResponseSchema>;

export const CaseResponseSchema = z.object({
  caseId: z.string(),
  /** How many changes this service's copy has been through (its log's revision). */
  version: z.number().int(),
  /** The number of the case's last step: the `seq` of its newest record, the same at every party. */
  seq: z.number().int(),
  ruleSet: RuleSetSchema,
  reference: z.string(),
  status: z.string(),
  yourRoles: z.array(z.string()),
  parties: PartiesSchema,
  candidate: z.object({ fullName: z.string(), position: z.string() }),
  documents: z.array(CaseDocumentSchema),
  obligations: z.array(ObligationResponseSchema),
  nextDue: z.string().nullable(),
  steps: z.number().int(),
  /** The case's signed event log, identical at every party: each step with who took it, through which service, when. */
  events: z.array(SignedRecordSchema),
  procedure: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
}).meta({ id: 'CaseResponse' });
export type CaseResponse = z.infer<typeof CaseResponseSchema>;

function daysLeft(today: LegalDate, due: LegalDate): number | null {
  try {
    return due >= today ? workingDaysBetween(today, due) : -workingDaysBetween(due, today);
  } catch {
    return null; // a date outside the calendar's years: shown without a count rather than guessed
  }
}

/** What an agency sees of a case: its state, its documents, and every open obligation with its due date. */
export function toCaseResponse(a: CaseRecord, roles: readonly PartyRole[], today: LegalDate): CaseResponse {
  const v = a.state;
  return {
    caseId: v.caseId,
    version: a.rev,
    seq: v.events.length,
    ruleSet: v.ruleSet,
    reference: v.reference,
    status: v.status,
    yourRoles: [...roles],
    parties: v.parties,
    candidate: { fullName: v.candidate.fullName, position: v.candidate.position },
    documents: Object.values(v.documents),
    obligations: Object.values(v.procedure.obligations)
      .sort((x, y) => (x.due ?? '9999') .localeCompare(y.due ?? '9999'))
      .map((o) => ({ ...o, overdue: o.due !== null && o.due < today, workingDaysLeft: o.due === null ? null : daysLeft(today, o.due) })),
    nextDue: v.nextDue,
    steps: v.events.length,
    events: v.events,
    procedure: v.procedure as unknown as Record<string, unknown>,
    updatedAt: a.updatedAt.toISOString(),
  };
}
