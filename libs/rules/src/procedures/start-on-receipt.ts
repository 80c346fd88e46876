import type { LegalDate } from '../common/legal-date';
import { computeDue, withDue } from '../deadlines/compute-due';
import type { Obligation } from '../deadlines/obligation';
import type { PartyRole } from '../deadlines/party-role';
import type { CaseState } from './case-state';
import type { ProcedureContext } from './procedure-context';

/** A party's own word that its service received a step: the roles it holds in the case and the day. */
export interface OwnReceipt {
  /** The roles of the receiving party: only the periods it owes start on its receipt. */
  readonly roles: readonly PartyRole[];
  /** The day the step's author declared the period to run from (`receivedOn`, else `on`). */
  readonly declaredOn: LegalDate;
  /** The legal date on which the owing party's service received the step. */
  readonly receivedOn: LegalDate;
}

/**
 * Where the law counts a period from receipt (R1 §13–§17, R2 §14–§18, R3 §13–§17, R1 §19), the owing
 * party's own receipt starts it: a step received later than its author declared moves the period on,
 * so the author's date alone can never make the other side late. Never earlier than declared (a
 * letter received on paper before the electronic copy arrived counts from the letter).
 */
export function startOnReceipt(state: CaseState, receipt: OwnReceipt, ctx: ProcedureContext = {}): { state: CaseState; restarted: Obligation[] } {
  const restarted: Obligation[] = [];
  const obligations: Record<string, Obligation> = { ...state.obligations };
  for (const [key, o] of Object.entries(state.obligations)) {
    if (o.countsFromReceipt !== true || !receipt.roles.includes(o.actor)) continue;
    if (o.countsFrom !== receipt.declaredOn || receipt.receivedOn <= o.countsFrom) continue;
    const updated = withDue({ ...o, countsFrom: receipt.receivedOn }, computeDue(receipt.receivedOn, o.period, o.counting, ctx.calendar));
    obligations[key] = updated;
    restarted.push(updated);
  }
  return { state: restarted.length > 0 ? { ...state, obligations } : state, restarted };
}
