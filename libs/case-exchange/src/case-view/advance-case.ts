import type { SignedRecord } from '@sx/contracts';
import { apply, type HistoryEntry as RulesHistoryEntry, type MessageIntent, type RuleViolation, type WorkingCalendar } from '@sx/rules';
import type { HistoryEntry } from '@sx/persistence';
import { candidateRefOf } from './record-binding';
import { approverParty } from './approver-party';
import type { CaseView } from './case-view.schema';
import { agenciesOf } from './parties';
import { dueDates } from './due-dates';
import { procedureOfStored, storedProcedure } from './stored-procedure';

export type Advanced =
  | { ok: true; view: CaseView; history: HistoryEntry; step: RulesHistoryEntry; emits: readonly MessageIntent[] }
  | { ok: false; violations: readonly RuleViolation[] };

/**
 * Applies one recorded event to a service's view of a case through the rules library. The acting
 * service and every party that receives the message call this same function, so all copies agree.
 */
export function advanceCase(view: CaseView, record: SignedRecord, messageId: string | undefined, calendar?: WorkingCalendar): Advanced {
  const result = apply(procedureOfStored(view.procedure), record.event, calendar ? { calendar } : {});
  if (!result.ok) return result;
  const procedure = result.state;
  // The approving official becomes a party with the approval request (R1 §15, R2 §16, R3 §15), not when
  // the rules first know who it will be (at the receiver's agreement).
  const approver = view.parties.approver ?? (record.event.type === 'ApprovalRequested' ? approverParty(procedure.approvingAuthority) : undefined);
  const parties = approver ? { ...view.parties, approver } : view.parties;
  const dues = dueDates(procedure, view.missedDeadlines);
  const next: CaseView = {
    ...view,
    parties,
    partyAgencies: agenciesOf(parties),
    procedure: storedProcedure(procedure),
    status: procedure.status,
    nextDue: dues.next,
    dueBlocked: dues.blocked,
    nextUnrecordedDue: dues.nextUnrecorded,
    events: [...view.events, record],
    // A proposal fixes the candidate every later step is about (its hash is in the proposal record).
    ...(record.event.type === 'ProposalSubmitted' ? { proposed: candidateRefOf(view) } : {}),
  };
  const step = result.history;
  return {
    ok: true,
    view: next,
    step,
    emits: result.emits,
    history: {
      at: record.at,
      event: record.event.type,
      actor: record.event.actor,
      cite: step.cite,
      seq: record.seq,
      ...(record.traceId ? { traceId: record.traceId } : {}),
      ...(messageId ? { messageId } : {}),
      details: {
        seq: record.seq,
        on: record.event.on,
        agencyId: record.agencyId,
        service: record.service,
        by: record.by,
        from: step.from,
        to: step.to,
        obligationsOpened: result.obligationsOpened.map((o) => ({ id: o.id, actor: o.actor, due: o.due, cite: o.cite })),
        obligationsClosed: step.obligationsClosed,
        late: step.late,
      },
    },
  };
}
