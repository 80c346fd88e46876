import { trusted, type Connection } from 'mongoose';
import { CaseLogStore, type AppendOptions, type AppendResult, type CaseSnapshot, type NewLogEntry, type PendingMessages } from '@sx/persistence';
import type { CaseStatus, RuleSet } from '@sx/rules';
import { CaseViewSchema, type CaseView } from '../case-view/case-view.schema';
import { stampTrace } from '../tracing/case-trace';
import { CaseArrivals } from './case-arrivals';

export interface CaseListQuery {
  readonly agencyId: string;
  readonly status?: CaseStatus;
  /** Legal date of today: with `overdue`, only cases whose earliest open obligation is due before it. */
  readonly overdueBefore?: string;
  /** Only cases whose earliest open obligation is due before this legal date. */
  readonly dueBefore?: string;
  readonly ruleSet?: RuleSet;
  readonly after?: string;
  readonly limit: number;
}

export type CaseRecord = CaseSnapshot<CaseView>;

/**
 * The cases of one service: each case's log (a `CaseLogStore`, which is also the outbox the relay
 * reads), the requests waiting for a change of a case, and the list query the HTTP API needs.
 */
export class CaseStore {
  /** The case logs with their snapshots and outbox pointers: hand it to the relay as its outbox. */
  readonly log: CaseLogStore<CaseView>;
  /** Requests waiting for a change of a case in this process (GET /cases/{id}?afterSeq=N). */
  readonly arrivals = new CaseArrivals();

  constructor(conn: Connection, clock?: () => Date, onSnapshotError?: (err: unknown, caseId: string) => void, overwriteAppendsForTests = false) {
    this.log = new CaseLogStore(conn, {
      collection: 'cases',
      stateSchema: CaseViewSchema,
      ...(clock ? { clock } : {}),
      ...(onSnapshotError ? { onSnapshotError } : {}),
      ...(overwriteAppendsForTests ? { overwriteAppendsForTests } : {}),
      snapshotIndexes: [{ 'state.partyAgencies': 1, _id: 1 }, { 'state.partyAgencies': 1, 'state.status': 1, _id: 1 }],
    });
  }

  ensureIndexes(): Promise<void> {
    return this.log.ensureIndexes();
  }

  /** The case caught up to its log's last entry; null when it does not exist here. */
  findCurrent(caseId: string): Promise<CaseRecord | null> {
    return this.log.findCurrent(caseId);
  }

  /** The head this process last saw, without a read; may be behind another replica (see CaseLogStore.cachedHead). */
  cachedHead(caseId: string): CaseRecord | undefined {
    return this.log.cachedHead(caseId);
  }

  /** Every history entry written records the trace it was written under (one place for all writers); held reads wake on commit. */
  async append(caseId: string, base: CaseRecord | null, entries: readonly NewLogEntry<CaseView>[], options?: AppendOptions): Promise<AppendResult<CaseView>> {
    const result = await this.log.append(caseId, base, entries.map((e) => ({ ...e, history: stampTrace(e.history) ?? [] })), options);
    if (result.ok) this.arrivals.notify(caseId);
    return result;
  }

  onCommitted(listener: (pending: PendingMessages) => void): void {
    this.log.onCommitted(listener);
  }

  flushSnapshots(): Promise<void> {
    return this.log.flushSnapshots();
  }

  async list(q: CaseListQuery): Promise<CaseRecord[]> {
    const filter: Record<string, unknown> = { 'state.partyAgencies': q.agencyId };
    if (q.status) filter['state.status'] = q.status;
    const dueBefore = [q.overdueBefore, q.dueBefore].filter((d) => d !== undefined).sort()[0];
    if (dueBefore) filter['state.nextDue'] = trusted({ $lt: dueBefore });
    if (q.ruleSet) filter['state.ruleSet'] = q.ruleSet;
    return this.log.findMany(filter, { limit: q.limit, ...(q.after ? { after: q.after } : {}) });
  }
}
