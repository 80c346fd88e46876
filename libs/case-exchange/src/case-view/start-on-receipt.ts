import type { StepReceipt } from '@sx/contracts';
import type { HistoryEntry } from '@sx/persistence';
import { legalDate, startOnReceipt, type WorkingCalendar } from '@sx/rules';
import type { CaseView } from './case-view.schema';
import { dueDates } from './due-dates';
import { rolesOfAgency } from './parties';
import { procedureOfStored, storedKey, storedProcedure } from './stored-procedure';

/** What of a receipt starts a period: the step, the receiving party and the day (the receipt's own signed fields). */
export type ReceiptStart = Pick<StepReceipt, 'seq' | 'recordHash' | 'receivedAt' | 'receivedOn' | 'agencyId' | 'service'>;

/**
 * The case with the periods the receiving party owes from `receipt`'s step counted from its own
 * receipt (rules: startOnReceipt), or null when the receipt moves nothing: a receipt for another record
 * than this copy holds at that step, or by a party that owes nothing from it, or received on the day
 * the author declared. A miss recorded on the earlier date is withdrawn: it was counted too early.
 * The receiving party calls this as it applies the step; the author and the other parties when its
 * receipt comes, so every copy counts from the same day.
 */
export function startOnOwnReceipt(view: CaseView, receipt: ReceiptStart, calendar?: WorkingCalendar): { view: CaseView; history: HistoryEntry } | null {
  const record = view.events[receipt.seq - 1];
  if (!record || record.hash !== receipt.recordHash) return null;
  const roles = rolesOfAgency(view, receipt.agencyId, receipt.service);
  if (roles.length === 0) return null;
  const declaredOn = ('receivedOn' in record.event ? record.event.receivedOn : undefined) ?? record.event.on;
  const { state, restarted } = startOnReceipt(procedureOfStored(view.procedure), { roles, declaredOn: legalDate(declaredOn), receivedOn: legalDate(receipt.receivedOn) }, calendar ? { calendar } : {});
  const [first] = restarted;
  if (!first) return null;
  const missed = { ...view.missedDeadlines };
  for (const o of restarted) delete missed[storedKey(o.id)];
  const dues = dueDates(state, missed);
  return {
    view: { ...view, procedure: storedProcedure(state), missedDeadlines: missed, nextDue: dues.next, dueBlocked: dues.blocked, nextUnrecordedDue: dues.nextUnrecorded },
    history: {
      at: receipt.receivedAt,
      event: 'PeriodStartedOnReceipt',
      actor: first.actor,
      cite: first.cite,
      // `step`, not `seq`: the entry is about step seq's receipt, not that step itself (timelines key steps by `seq`).
      details: {
        step: receipt.seq,
        receivedBy: { agencyId: receipt.agencyId, service: receipt.service },
        receivedOn: receipt.receivedOn,
        declaredOn,
        obligations: restarted.map((o) => ({ id: o.id, actor: o.actor, countsFrom: o.countsFrom, due: o.due, cite: o.cite })),
      },
    },
  };
}
