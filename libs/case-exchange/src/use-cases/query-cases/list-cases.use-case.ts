import type { CaseStatus } from '@sx/rules';
import { rolesOfAgency } from '../../case-view/parties';
import { toCaseResponse, type CaseResponse } from '../../http/case-response';
import { todayOf, type CaseContext } from '../shared/case-context';

export interface ListCasesQuery {
  readonly status?: CaseStatus;
  readonly overdue?: boolean;
  readonly cursor?: string;
  readonly limit: number;
}

/** The caller's cases in this service, oldest id first, a page at a time (cursor = last case id seen). */
export async function listCases(ctx: CaseContext, agencyId: string, q: ListCasesQuery): Promise<{ items: CaseResponse[]; nextCursor: string | null }> {
  const today = todayOf(ctx);
  const page = await ctx.cases.list({
    agencyId,
    limit: q.limit,
    ...(q.status ? { status: q.status } : {}),
    ...(q.overdue ? { overdueBefore: today } : {}),
    ...(q.cursor ? { after: q.cursor } : {}),
  });
  const items = page
    .map((a) => ({ a, roles: rolesOfAgency(a.state, agencyId, ctx.service) }))
    .filter((x) => x.roles.length > 0)
    .map((x) => toCaseResponse(x.a, x.roles, today));
  return { items, nextCursor: page.length === q.limit ? (page.at(-1)?.id ?? null) : null };
}
