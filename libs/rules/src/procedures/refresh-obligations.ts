import type { Obligation } from '../deadlines/obligation';
import { computeDue, withDue } from '../deadlines/compute-due';
import type { CaseState } from './case-state';
import type { ProcedureContext } from './transition';

/**
 * Fills in the due dates that were null because the calendar lacked their year. Services call it
 * after loading a new calendar year (or on each sweep); it changes nothing else.
 */
export function refreshObligations(state: CaseState, ctx: ProcedureContext = {}): { state: CaseState; refreshed: Obligation[] } {
  const refreshed: Obligation[] = [];
  const obligations: Record<string, Obligation> = { ...state.obligations };
  for (const o of Object.values(state.obligations)) {
    if (o.due !== null) continue;
    const computed = computeDue(o.countsFrom, o.period, o.counting, ctx.calendar);
    if (computed.due === null) continue;
    const updated = withDue(o, computed);
    obligations[o.id] = updated;
    refreshed.push(updated);
  }
  return { state: refreshed.length > 0 ? { ...state, obligations } : state, refreshed };
}
