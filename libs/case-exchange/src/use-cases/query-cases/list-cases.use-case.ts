import { addWorkingDays, type CaseStatus, type LegalDate, type RuleSet, type WorkingCalendar } from '@sx/rules';
import { rolesOfAgency } from '../../case-view/parties';
import { toCaseResponse, type CaseResponse } from '../../http/case-response';
import { todayOf, type CaseContext } from '../../context/case-context';
import { hasObligationFilter, obligationMatches, type ObligationFilter } from './obligation-filter';

export interface ListCasesQuery extends ObligationFilter {
  readonly status?: CaseStatus;
  readonly procedure?: RuleSet;
  readonly cursor?: string;
  readonly limit: number;
}

/**
 * The store narrows by the earliest due date: an obligation due within N working days is due before
 * the (N+1)-th working day. Past the calendar's years there is no such day: no narrowing, then.
 */
function dueBefore(today: LegalDate, dueWithin: number | undefined, calendar: WorkingCalendar | undefined): string | undefined {
  if (dueWithin === undefined) return undefined;
  try {
    return addWorkingDays(today, dueWithin + 1, calendar);
  } catch {
    return undefined;
  }
}

/**
 * The caller's cases in this service, oldest id first, a page at a time (cursor = last case id seen).
 * Each page reads at most `limit` cases; the obligation filters (owedBy, dueWithin) then keep those
 * with a matching open obligation, so a page may hold fewer items: follow `nextCursor` until null.
 */
export async function listCases(ctx: CaseContext, agencyId: string, q: ListCasesQuery): Promise<{ items: CaseResponse[]; nextCursor: string | null }> {
  const today = todayOf(ctx);
  const before = dueBefore(today, q.dueWithin, ctx.calendar);
  const page = await ctx.cases.list({
    agencyId,
    limit: q.limit,
    ...(q.status ? { status: q.status } : {}),
    ...(q.procedure ? { ruleSet: q.procedure } : {}),
    ...(q.overdue ? { overdueBefore: today } : {}),
    ...(before ? { dueBefore: before } : {}),
    ...(q.cursor ? { after: q.cursor } : {}),
  });
  const items = page
    .map((a) => ({ a, roles: rolesOfAgency(a.state, agencyId, ctx.service) }))
    .filter((x) => x.roles.length > 0)
    .map((x) => toCaseResponse(x.a, x.roles, today))
    .filter((c) => !hasObligationFilter(q) || c.obligations.some((o) => obligationMatches(o, c.yourRoles, q)));
  return { items, nextCursor: page.length === q.limit ? (page.at(-1)?.id ?? null) : null };
}
