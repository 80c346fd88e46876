import type { HistoryEntry, NewLogEntry } from '@sx/persistence';
import { refreshObligations, type LegalDate, type WorkingCalendar } from '@sx/rules';
import type { CaseView } from '../../case-view/case-view.schema';
import { dueDates } from '../../case-view/due-dates';
import { procedureOfStored, storedKey, storedProcedure } from '../../case-view/stored-procedure';

/**
 * What the sweeper changes in one case on `today`: due dates the calendar now covers are computed
 * (a new year's data was loaded), and each obligation past its due date is recorded once as missed
 * (`DEADLINE.MISSED`, with the paragraph that set it). Pure, so every party's sweeper agrees.
 */
export function sweepCase(view: CaseView, today: LegalDate, at: string, calendar?: WorkingCalendar): NewLogEntry<CaseView> | null {
  const { state: procedure, refreshed } = refreshObligations(procedureOfStored(view.procedure), calendar ? { calendar } : {});
  const history: HistoryEntry[] = refreshed.map((o) => ({ at, event: 'DeadlineComputed', actor: o.actor, cite: o.cite, details: { obligationId: o.id, due: o.due } }));
  const missed: Record<string, string> = { ...view.missedDeadlines };
  for (const o of Object.values(procedure.obligations)) {
    const key = storedKey(o.id);
    if (o.due === null || o.due >= today || missed[key]) continue;
    missed[key] = o.due;
    history.push({ at, event: 'DeadlineMissed', actor: o.actor, cite: o.cite, details: { code: 'DEADLINE.MISSED', obligationId: o.id, due: o.due, text: o.text.en } });
  }
  if (history.length === 0) return null;
  const dues = dueDates(procedure, missed);
  return {
    state: { ...view, procedure: storedProcedure(procedure), nextDue: dues.next, dueBlocked: dues.blocked, nextUnrecordedDue: dues.nextUnrecorded, missedDeadlines: missed },
    history,
  };
}
