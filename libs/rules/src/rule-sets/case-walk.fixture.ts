import type { RuleSet } from '../common/citation';
import type { RuleViolation } from '../common/rule-violation';
import type { PartyRole } from '../deadlines/party-role';
import { apply, type ApplyResult } from './apply';
import { newCase, type CaseState } from '../procedures/case-state';
import type { CaseEvent, CaseEventType } from '../procedures/events.schema';
import type { ProcedureContext } from '../procedures/transition';

// Test helpers: events are written as plain data, the way a service receives them.

export const ev = (type: CaseEventType, actor: PartyRole, on: string, extra: Record<string, unknown> = {}): CaseEvent =>
  ({ type, actor, on, ...extra }) as unknown as CaseEvent;

export type Applied = Extract<ApplyResult, { ok: true }>;

export function step(state: CaseState, event: CaseEvent, ctx?: ProcedureContext): Applied {
  const r = apply(state, event, ctx);
  if (!r.ok) throw new Error(`${event.type} rejected: ${JSON.stringify(r.violations.map((v) => [v.code, v.cite, v.details]))}`);
  return r;
}

export function rejected(state: CaseState, event: CaseEvent, ctx?: ProcedureContext): readonly RuleViolation[] {
  const r = apply(state, event, ctx);
  if (r.ok) throw new Error(`${event.type} was accepted in ${state.status}`);
  return r.violations;
}

/** Applies the events in order from a new case; returns the final state. */
export function walk(ruleSet: RuleSet, events: readonly CaseEvent[], ctx?: ProcedureContext): CaseState {
  return events.reduce((s, e) => step(s, e, ctx).state, newCase(ruleSet));
}

export const dues = (state: CaseState): Record<string, string | null> =>
  Object.fromEntries(Object.values(state.obligations).map((o) => [o.id, o.due]));

/** One row of a scenario table: the event, and what the law says must follow. */
export interface ScenarioRow {
  readonly says: string;
  readonly event: CaseEvent;
  readonly status: CaseState['status'];
  readonly opens?: Readonly<Record<string, string | null>>;
  readonly closes?: readonly string[];
  readonly late?: readonly string[];
  readonly emits?: readonly (readonly [string, readonly PartyRole[]])[];
}

/** Walks a case through the rows in order, one `it` per row, each asserting every obligation's due date. */
export function assertScenario(ruleSet: RuleSet, rows: readonly ScenarioRow[], ctx?: ProcedureContext): void {
  let state = newCase(ruleSet);
  for (const row of rows) {
    it(row.says, () => {
      const r = step(state, row.event, ctx);
      expect(r.state.status).toBe(row.status);
      expect(Object.fromEntries(r.obligationsOpened.map((o) => [o.id, o.due]))).toEqual(row.opens ?? {});
      expect(r.obligationsClosed.map((o) => o.id).sort()).toEqual([...(row.closes ?? [])].sort());
      expect(r.history.late).toEqual(row.late ?? []);
      if (row.emits) expect(r.emits.map((m) => [m.type, m.to])).toEqual(row.emits);
      state = r.state;
    });
  }
}

const law = { kind: 'law', act: 'Law of the RK on civil service', article: 'art. 39' };

/** The approval round every rule set walks: the reviewer agrees, the sender asks the routed official, who approves. */
const approvalRound = (reviewer: PartyRole, on: { readonly agreed: string; readonly requested: string; readonly granted: string }): CaseEvent[] => [
  ev('ProposalAgreed', reviewer, on.agreed),
  ev('ApprovalRequested', 'sender', on.requested),
  ev('ApprovalGranted', 'approver', on.granted),
];

/** Event lists that bring a case to `active`, with a term that ends inside the loaded calendar. */
export const TO_ACTIVE: Readonly<Record<RuleSet, readonly CaseEvent[]>> = {
  // Term 2 years by a recorded law: 2 September 2025 – 1 September 2027 (last day).
  R1: [
    ev('ProposalSubmitted', 'sender', '2025-06-16', { receiverKind: 'other-state-body' }),
    ev('OverrideRecorded', 'sender', '2025-06-16', { target: 'term', basis: law, value: { amount: 2, unit: 'years' } }),
    ...approvalRound('receiver', { agreed: '2025-06-20', requested: '2025-06-23', granted: '2025-06-30' }),
    ev('AppointmentDecided', 'receiver', '2025-07-03', { startsOn: '2025-09-02' }),
    ev('OrderIssued', 'sender', '2025-07-08', { effectiveFrom: '2025-09-02' }),
  ],
  // 1 April 2024 – 31 March 2027 (last day).
  R2: [
    ev('ProposalSubmitted', 'sender', '2024-01-08', { receiverKind: 'foreign-institution' }),
    ev('CandidateInterviewed', 'mfa', '2024-01-24'),
    ...approvalRound('mfa', { agreed: '2024-02-26', requested: '2024-02-27', granted: '2024-02-29' }),
    ev('OrderIssued', 'mfa', '2024-03-04', { effectiveFrom: '2024-04-01' }),
    ev('SenderOrderIssued', 'sender', '2024-03-07', { dispatchedOn: '2024-04-01' }),
  ],
  // 3 June 2024 – 2 June 2027 (last day).
  R3: [
    ev('ProposalSubmitted', 'sender', '2024-03-19', { receiverKind: 'other-state-body' }),
    ...approvalRound('receiver', { agreed: '2024-04-04', requested: '2024-04-08', granted: '2024-05-03' }),
    ev('AppointmentDecided', 'receiver', '2024-05-10', { startsOn: '2024-06-03' }),
    ev('OrderIssued', 'sender', '2024-05-14', { effectiveFrom: '2024-06-03' }),
  ],
};

/** The party that releases on expiry and the party that hosts the person, per rule set. */
export const HOST: Readonly<Record<RuleSet, PartyRole>> = { R1: 'receiver', R2: 'mfa', R3: 'receiver' };

export const active = (ruleSet: RuleSet): CaseState => walk(ruleSet, TO_ACTIVE[ruleSet]);
