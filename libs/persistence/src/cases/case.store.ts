import { trusted, type Connection } from 'mongoose';
import type { CaseStatus, RuleSet } from '@sx/rules';
import { CaseLogStore, type AppendOptions, type CaseLogStoreOptions } from '../case-log/case-log.store';
import type { AppendResult, CaseSnapshot, HistoryEntry, NewLogEntry, PendingMessages } from '../case-log/case-log.types';
import { CaseArrivals } from './case-arrivals';

/** What the store knows of a case's state: the fields its list query filters on and its snapshot indexes cover. */
export interface ListedCaseState {
  readonly partyAgencies: readonly string[];
  readonly status: CaseStatus;
  readonly nextDue: string | null;
  readonly ruleSet: RuleSet;
}

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

/**
 * The case module injects what is its own: the schema of its case view (`stateSchema`) and how a
 * history entry records the trace it was written under (`stampHistory`). This library sits below the
 * case module and may not import it, so the store is generic over the state and knows only its
 * listed fields.
 */
export interface CaseStoreOptions<S> extends Pick<CaseLogStoreOptions<S>, 'stateSchema' | 'clock' | 'onSnapshotError' | 'overwriteAppendsForTests'> {
  /** Applied to the history of every entry appended. Required, so no writer can forget the trace. */
  readonly stampHistory: (history: readonly HistoryEntry[]) => readonly HistoryEntry[];
}

/**
 * The cases of one service: each case's log (a `CaseLogStore`, which is also the outbox the relay
 * reads), the requests waiting for a change of a case, and the list query the HTTP API needs.
 */
export class CaseStore<S extends ListedCaseState> {
  /** The case logs with their snapshots and outbox pointers: hand it to the relay as its outbox. */
  readonly log: CaseLogStore<S>;
  /** Requests waiting for a change of a case in this process (GET /cases/{id}?afterSeq=N). */
  readonly arrivals = new CaseArrivals();
  private readonly stampHistory: (history: readonly HistoryEntry[]) => readonly HistoryEntry[];

  constructor(conn: Connection, { stampHistory, ...options }: CaseStoreOptions<S>) {
    this.stampHistory = stampHistory;
    this.log = new CaseLogStore(conn, {
      ...options,
      collection: 'cases',
      snapshotIndexes: [{ 'state.partyAgencies': 1, _id: 1 }, { 'state.partyAgencies': 1, 'state.status': 1, _id: 1 }],
    });
  }

  ensureIndexes(): Promise<void> {
    return this.log.ensureIndexes();
  }

  /** The case caught up to its log's last entry; null when it does not exist here. */
  findCurrent(caseId: string): Promise<CaseSnapshot<S> | null> {
    return this.log.findCurrent(caseId);
  }

  /** The head this process last saw, without a read; may be behind another replica (see CaseLogStore.cachedHead). */
  cachedHead(caseId: string): CaseSnapshot<S> | undefined {
    return this.log.cachedHead(caseId);
  }

  /** Every history entry written is stamped here (one place for all writers); held reads wake on commit. */
  async append(caseId: string, base: CaseSnapshot<S> | null, entries: readonly NewLogEntry<S>[], options?: AppendOptions): Promise<AppendResult<S>> {
    const result = await this.log.append(caseId, base, entries.map((e) => ({ ...e, history: this.stampHistory(e.history) })), options);
    if (result.ok) this.arrivals.notify(caseId);
    return result;
  }

  onCommitted(listener: (pending: PendingMessages) => void): void {
    this.log.onCommitted(listener);
  }

  flushSnapshots(): Promise<void> {
    return this.log.flushSnapshots();
  }

  async list(q: CaseListQuery): Promise<CaseSnapshot<S>[]> {
    const filter: Record<string, unknown> = { 'state.partyAgencies': q.agencyId };
    if (q.status) filter['state.status'] = q.status;
    const dueBefore = [q.overdueBefore, q.dueBefore].filter((d) => d !== undefined).sort()[0];
    if (dueBefore) filter['state.nextDue'] = trusted({ $lt: dueBefore });
    if (q.ruleSet) filter['state.ruleSet'] = q.ruleSet;
    return this.log.findMany(filter, { limit: q.limit, ...(q.after ? { after: q.after } : {}) });
  }
}
