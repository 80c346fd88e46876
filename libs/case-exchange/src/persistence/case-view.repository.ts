import { trusted, type Connection } from 'mongoose';
import { CaseAggregateRepository, type CaseAggregate, type CaseChange, type CreateResult } from '@sx/persistence';
import type { CaseStatus } from '@sx/rules';
import { CaseViewSchema, type CaseView } from '../case-view/case-view.schema';
import { stampTrace } from '../tracing/case-trace';

export interface CaseListQuery {
  readonly agencyId: string;
  readonly status?: CaseStatus;
  /** Legal date of today: with `overdue`, only cases whose earliest open obligation is due before it. */
  readonly overdueBefore?: string;
  readonly after?: string;
  readonly limit: number;
}

/** The cases of one service, with the list query the HTTP API needs (cursor by case id). */
export class CaseViewRepository extends CaseAggregateRepository<CaseView> {
  constructor(conn: Connection) {
    super(conn, { collection: 'cases', stateSchema: CaseViewSchema });
  }

  /** Every history entry written records the trace it was written under (one place for all writers). */
  override create(caseId: string, init: CaseChange<CaseView>): Promise<CreateResult<CaseView>> {
    return super.create(caseId, withTrace(init));
  }

  override save(current: Pick<CaseAggregate<CaseView>, 'id' | 'version'>, change: CaseChange<CaseView>): Promise<CaseAggregate<CaseView>> {
    return super.save(current, withTrace(change));
  }

  /** Ids of cases with an obligation past due on `today` and not yet recorded as missed, or one whose due date the calendar could not give. */
  async needingSweep(today: string, limit: number): Promise<string[]> {
    const filter = { $or: [{ 'state.nextUnrecordedDue': trusted({ $lt: today }) }, { 'state.dueBlocked': true }] };
    const docs = await this.model.find(trusted(filter), { _id: 1 }).limit(limit).lean<{ _id: string }[]>().exec();
    return docs.map((d) => d._id);
  }

  async list(q: CaseListQuery): Promise<CaseAggregate<CaseView>[]> {
    const filter: Record<string, unknown> = { 'state.partyAgencies': q.agencyId };
    if (q.status) filter['state.status'] = q.status;
    if (q.overdueBefore) filter['state.nextDue'] = trusted({ $lt: q.overdueBefore });
    return this.findMany(filter, { limit: q.limit, ...(q.after ? { after: q.after } : {}) });
  }
}

function withTrace(change: CaseChange<CaseView>): CaseChange<CaseView> {
  const history = stampTrace(change.history);
  return history ? { ...change, history } : change;
}
