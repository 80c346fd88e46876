import { z } from 'zod';
import { CaseEventPayloadSchema, LocalizedTextSchema, RuleSetSchema } from '@sx/contracts';
import { workingDaysBetween, type LegalDate, type PartyRole } from '@sx/rules';
import type { CaseRecord } from '../case-view/case-record';
import { CaseDocumentComponent, PartiesComponent, SignedRecordComponent } from './api-components';

export const ObligationResponseSchema = z.object({
  id: z.string().describe('Stable id of the obligation within the case, e.g. `R3.receiver-decision`.'),
  actor: z.string().describe('The party role that owes it (sender, receiver, mfa, approver).'),
  action: z.string().describe('What is owed, as the rules name it.'),
  due: z.string().nullable().describe('The last day to act (Asia/Almaty); null when the date falls outside the calendar’s years: see `dueBlockedBy`.'),
  dueBlockedBy: z.unknown().optional().describe('Why no due date can be given yet (the calendar year that is missing).'),
  cite: z.string().describe('The paragraph that sets the obligation, e.g. `R3 §13`.'),
  text: LocalizedTextSchema.describe('The obligation in kk, ru and en.'),
  openedOn: z.string().describe('The legal date of the step that opened it.'),
  countsFrom: z.string().describe('The legal date the period runs from (for `before` periods, the date it ends at). Where the law counts from receipt, the owing party’s own receipt when later than the date the acting party declared.'),
  countsFromReceipt: z.literal(true).optional().describe('The law counts this period from the owing party’s receipt of the step (R1 §13, R3 §13 and the like): that party’s signed receipt moves `countsFrom` and `due` on every copy.'),
  overdue: z.boolean().describe('The due date has passed without the step.'),
  workingDaysLeft: z.number().int().nullable().describe('Working days from today to the due date; negative when overdue.'),
  override: z.object({ basis: z.string().describe('The legal basis of the changed term.'), value: z.unknown().describe('The term it sets.') }).optional()
    .describe('A term changed by a decision of the parties, where the rules allow it.'),
});
export type ObligationResponse = z.infer<typeof ObligationResponseSchema>;

export const CaseResponseSchema = z.object({
  caseId: z.string().describe('The case id, the same at every party.'),
  version: z.number().int().describe('How many changes this service’s copy has been through (its log’s revision).'),
  seq: z.number().int().describe('The number of the case’s last step: the `seq` of its newest record, the same at every party.'),
  ruleSet: RuleSetSchema.describe('R1, R2 or R3: the rules that govern the case.'),
  reference: z.string().describe('The sender’s registration number of its letter.'),
  status: z.string().describe('The state of the procedure (GET /procedures/{ruleSet} lists them).'),
  yourRoles: z.array(z.string()).describe('Your agency’s roles in this case.'),
  parties: PartiesComponent,
  candidate: z.object({ fullName: z.string().describe('The candidate’s full name.'), position: z.string().describe('The position the candidate is proposed for.') })
    .describe('The candidate (the eligibility facts stay with the sender).'),
  proposed: CaseEventPayloadSchema.shape.candidate.optional()
    .describe('The candidate as the last proposal bound it: the SHA-256 of its canonical JSON is every later record’s `candidateHash`. Absent before the proposal.'),
  documents: z.array(CaseDocumentComponent).describe('The package: each document with its kind, file name, SHA-256 and the proposal it belongs to.'),
  obligations: z.array(ObligationResponseSchema).describe('The open obligations, earliest due first.'),
  nextDue: z.string().nullable().describe('The earliest due date of an open obligation.'),
  steps: z.number().int().describe('How many steps the case has taken.'),
  events: z.array(SignedRecordComponent).describe('The case’s signed event log, identical at every party: each step with who took it, through which service, when.'),
  procedure: z.record(z.string(), z.unknown()).describe('The rules library’s state of the procedure, as stored.'),
  updatedAt: z.string().describe('When this service’s copy last changed (ISO 8601).'),
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
    ...(v.proposed ? { proposed: v.proposed } : {}),
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
