import type { PartyRole } from '@sx/rules';
import { seqOf } from '../../event-log/change-case';
import type { CaseRecord } from '../../case-view/case-record';
import type { CaseContext } from '../../context/case-context';
import { caseNotFound } from '../shared/case-errors';
import { rolesOfAgency } from '../../case-view/parties';
import { partyRoles } from '../shared/load-case';

/** Another replica's commit is not notified in this process: read again by `_id` this often. */
export const POLL_MS = 250;

export interface AwaitedCase {
  readonly aggregate: CaseRecord;
  readonly roles: PartyRole[];
  /** False when the wait ended before the copy had a step after `afterSeq`. */
  readonly arrived: boolean;
}

/**
 * Holds a read until this service's copy of the case has a step after `afterSeq` (a step received
 * from another party, or taken here), or `waitMs` pass. Woken at once by a commit in this process;
 * polls by `_id` for the other replicas'. A case not here yet is waited for too; 404 only when the
 * wait ends without it. To an agency that is not a party the case does not exist, in the answer and
 * in its time: it waits the whole wait like an unknown id, then gets the same 404.
 */
export async function awaitCase(ctx: CaseContext, caseId: string, agencyId: string, afterSeq: number, waitMs: number, signal?: AbortSignal): Promise<AwaitedCase> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const left = deadline - Date.now();
    // Listening before reading: a commit between the read and the wait still wakes us.
    const next = ctx.cases.arrivals.next(caseId, Math.max(0, Math.min(POLL_MS, left)), signal);
    const found = await ctx.cases.findCurrent(caseId);
    const visible = found !== null && (rolesOfAgency(found.state, agencyId, ctx.service).length > 0 || ctx.testMutant === 'no-party-check');
    if (found && visible && seqOf(found) > afterSeq) return { aggregate: found, roles: partyRoles(ctx, found, agencyId), arrived: true };
    if (left <= 0 || signal?.aborted || ctx.cases.arrivals.stopping) {
      if (!found || !visible) throw caseNotFound(caseId);
      return { aggregate: found, roles: partyRoles(ctx, found, agencyId), arrived: false };
    }
    await next;
  }
}
