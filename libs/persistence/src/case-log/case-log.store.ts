import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { trusted, type Connection } from 'mongoose';
import type { z } from 'zod';
import { CaseIdSchema, EnvelopeSchema, type Envelope } from '@sx/contracts';
import { caseLogModels, driverCollection, type CaseLogModels, type LogDocument, type SnapshotDocument } from './case-log.models';
import type { AppendResult, CaseSnapshot, HistoryEntry, LogEntry, NewLogEntry, PendingMessages } from './case-log.types';
import { retryBusy } from '../transient-retry';
import { isDuplicateKey } from '../duplicate-key';
import { isFerretDb } from '../ferretdb';
import { noteAppended } from '../command-counter';
import { plain } from './plain';
import { OutboxPointers } from './outbox-pointers';
import { SnapshotWriter } from './snapshot-writer';

export interface AppendOptions {
  /** Writes that must be durable before the entry is (the sweeper's due marks): run beside the outbox pointer's. */
  readonly before?: () => Promise<unknown>;
}

export interface CaseLogStoreOptions<S> {
  collection: string;
  stateSchema: z.ZodType<S>;
  clock?: () => Date;
  /** Indexes of the snapshot collection for list queries, created on MongoDB only (FerretDB v1 scans anyway). */
  snapshotIndexes?: ReadonlyArray<Record<string, 1 | -1>>;
  /** An outbox pointer whose entry never appeared is dropped after this long (a writer that died mid-append). */
  orphanAfterMs?: number;
  /** How many cases' latest known entries this process keeps (default 2,000; 0 turns the cache off). */
  cachedHeads?: number;
  /** How long a snapshot written after an append may wait to be merged with later ones (default 1 s; 0: at once). */
  snapshotDelayMs?: number;
  /** A delayed snapshot write failed: the snapshot lags until the next read of the case catches it up. */
  onSnapshotError?: (err: unknown, caseId: string) => void;
  /**
   * TESTS ONLY (SX_TEST_MUTANT=no-unique-append, which the service config refuses without dev keys):
   * the append becomes an overwrite, so the chaos suite can prove its detectors fire.
   */
  overwriteAppendsForTests?: boolean;
}


const logId = (caseId: string, rev: number): string => `${caseId}:${rev}`;


/**
 * A case is its log. Every change appends one entry with `_id = "<caseId>:<rev>"`: the unique `_id`
 * makes the append the compare-and-set (of two writers of the same revision exactly one succeeds, on
 * FerretDB v1 and MongoDB alike, across any number of replicas), where a version-guarded `updateOne`
 * is not atomic on FerretDB. The snapshot document is a cache of the latest entry, written after the
 * append and always rebuildable from the log; a stale snapshot is caught up from the log. Every
 * read and write on the hot path is by exact `_id`, the only filter FerretDB v1 pushes down to SQL.
 */
export class CaseLogStore<S> {
  readonly name: string;
  protected readonly models: CaseLogModels;
  private readonly clock: () => Date;
  private readonly committedListeners: Array<(pending: PendingMessages) => void> = [];
  /**
   * The last snapshot this process saw of each recent case. Log entries never change once written, so
   * a cached head can only be behind, never wrong: `findCurrent` probes the log after it (one read by
   * `_id`) instead of reading the snapshot and then probing. Another replica's appends are found by
   * that probe, and a decision on a head that is behind loses its append (the compare-and-set).
   */
  private readonly heads: LRUCache<string, CaseSnapshot<S>> | null;
  private readonly snapshots: SnapshotWriter;
  private readonly outbox: OutboxPointers;

  constructor(conn: Connection, private readonly options: CaseLogStoreOptions<S>) {
    this.name = options.collection;
    this.models = caseLogModels(conn, options.collection);
    this.clock = options.clock ?? (() => new Date());
    const max = options.cachedHeads ?? 2_000;
    this.heads = max > 0 ? new LRUCache({ max }) : null;
    this.outbox = new OutboxPointers(this.models, options.orphanAfterMs ?? 3_600_000);
    this.snapshots = new SnapshotWriter(this.models.snapshots, options.snapshotDelayMs ?? 1_000, options.onSnapshotError ?? (() => undefined));
  }

  /** Writes the snapshots still waiting (call before closing the connection). */
  flushSnapshots(): Promise<void> {
    return this.snapshots.flush();
  }

  async ensureIndexes(): Promise<void> {
    for (const m of [this.models.snapshots, this.models.log, this.models.outbox]) await m.createCollection().catch(() => undefined);
    if (await isFerretDb(this.models.snapshots.db)) return; // no query would use them there, every write would pay for them
    for (const index of this.options.snapshotIndexes ?? []) await this.models.snapshots.collection.createIndex(index).catch(() => undefined);
  }

  /** Called with the messages of every committed entry (wire it to the relay's fast path). */
  onCommitted(listener: (pending: PendingMessages) => void): void {
    this.committedListeners.push(listener);
  }

  /** The cached snapshot as stored (one read by `_id`); may lag the log after a crash or a race. */
  async find(caseId: string): Promise<CaseSnapshot<S> | null> {
    const id = CaseIdSchema.parse(caseId);
    const doc = await retryBusy(() => this.models.snapshots.findById(id).lean<SnapshotDocument>().exec());
    return doc ? this.toSnapshot(doc) : null;
  }

  /**
   * The last head this process saw, without a read: it may be behind another replica's appends (never
   * wrong: log entries never change). A writer may decide on it, since the append is the
   * compare-and-set; anything it refuses must be decided again on `findCurrent`.
   */
  cachedHead(caseId: string): CaseSnapshot<S> | undefined {
    // Only the compare-and-set proves an unread head current: with appends that overwrite (the
    // chaos suite's mutant), a decision on it would overwrite steps no race ever touched.
    if (this.options.overwriteAppendsForTests === true) return undefined;
    return this.heads?.get(caseId);
  }

  /** The snapshot brought up to the log's last entry (one more read when it is current). */
  async findCurrent(caseId: string): Promise<CaseSnapshot<S> | null> {
    const found = this.heads?.get(CaseIdSchema.parse(caseId)) ?? (await this.find(caseId));
    if (found) return (await this.catchUp(found)).snapshot;
    // A writer may have died between its append and its snapshot write.
    return this.rebuild(caseId);
  }

  /**
   * Appends entries after `base` (null: the case is new). Fails without writing anything of its own
   * when another writer appended first, and returns the caught-up snapshot with the winner's entries.
   */
  async append(caseId: string, base: CaseSnapshot<S> | null, entries: readonly NewLogEntry<S>[], options: AppendOptions = {}): Promise<AppendResult<S>> {
    const id = CaseIdSchema.parse(caseId);
    const attempt = randomUUID();
    const now = this.clock();
    const start = base?.rev ?? 0;
    const docs: LogDocument[] = entries.map((e, i) => ({
      _id: logId(id, start + i + 1),
      caseId: id,
      rev: start + i + 1,
      at: now.toISOString(),
      attempt,
      ...(e.step !== undefined ? { step: e.step } : {}),
      state: plain(e.state),
      history: plain([...e.history]),
      ...(e.messages?.length ? { messages: e.messages.map((m) => plain(EnvelopeSchema.parse(m))) } : {}),
    }));
    // The pointer goes first: an entry is never committed without a way for the relay to find its messages.
    // The caller's own before-append writes share its round trip.
    const [pointers] = await Promise.all([this.outbox.note(id, attempt, docs), options.before?.()]);
    try {
      if (this.options.overwriteAppendsForTests === true) {
        // Mutant for the chaos suite's detector check only: last writer wins, as a guarded update would.
        for (const d of docs) await this.models.log.replaceOne({ _id: d._id }, d, { upsert: true }).exec();
      } else {
        // A busy store inserted nothing (SQLITE_BUSY aborts the statement), so trying again is safe.
        // The driver's insert, not mongoose's: the entries are already checked (zod) and plain, and
        // casting them into mongoose documents deep-copied every state on the hot path (profiled).
        await retryBusy(() => driverCollection(this.models.log).insertMany(docs, { ordered: true }));
      }
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return this.lostRace(id, base, attempt, pointers.map((p) => p._id));
    }
    noteAppended(docs.length);
    const committed = docs.map((d) => this.toEntry(d, 'own'));
    const snapshot = await this.writeSnapshot(id, base, committed, now, 'later');
    for (const p of pointers) {
      const entry = committed.find((c) => c.rev === p.rev);
      if (entry?.messages) this.notify({ key: p._id, caseId: id, envelopes: entry.messages });
    }
    return { ok: true, snapshot, entries: committed };
  }

  /** Brings a snapshot up to the log: reads entries after it by `_id` until one is missing. */
  async catchUp(snapshot: CaseSnapshot<S>): Promise<{ snapshot: CaseSnapshot<S>; added: LogEntry<S>[] }> {
    const added: LogEntry<S>[] = [];
    for (let rev = snapshot.rev + 1; ; rev++) {
      const doc = await retryBusy(() => this.models.log.findById(logId(snapshot.id, rev)).lean<LogDocument>().exec());
      if (!doc) break;
      added.push(this.toEntry(doc));
    }
    if (added.length === 0) return { snapshot: this.remember(snapshot), added };
    return { snapshot: await this.writeSnapshot(snapshot.id, snapshot, added, this.clock()), added };
  }

  /** Every entry of a case's log, oldest first. */
  async readLog(caseId: string): Promise<LogEntry<S>[]> {
    const id = CaseIdSchema.parse(caseId);
    const entries: LogEntry<S>[] = [];
    for (let rev = 1; ; rev++) {
      const doc = await retryBusy(() => this.models.log.findById(logId(id, rev)).lean<LogDocument>().exec());
      if (!doc) return entries;
      entries.push(this.toEntry(doc));
    }
  }

  /** Writes the snapshot anew from the log alone; null when the case has no log. */
  async rebuild(caseId: string): Promise<CaseSnapshot<S> | null> {
    const entries = await this.readLog(caseId);
    return entries.length === 0 ? null : this.writeSnapshot(CaseIdSchema.parse(caseId), null, entries, this.clock());
  }

  /** The log read once, and the snapshot written from it (a new case whose first append was lost). */
  private async fromLog(caseId: string): Promise<{ snapshot: CaseSnapshot<S>; added: LogEntry<S>[] }> {
    const added = await this.readLog(caseId);
    if (added.length === 0) throw new Error(`case ${caseId}: append conflicted but the log is empty`);
    return { snapshot: await this.writeSnapshot(caseId, null, added, this.clock()), added };
  }

  // --- the relay's slow path: pointers of committed entries whose messages are not confirmed yet ---

  findPendingOutbox(limit: number, notedBefore?: Date): Promise<PendingMessages[]> {
    return this.outbox.pending(limit, notedBefore);
  }

  /** How many committed changes wait for the broker's confirm, and since when the oldest (operators' relay lag). */
  async outboxBacklog(): Promise<{ readonly depth: number; readonly oldest?: Date }> {
    const all = await this.models.outbox.find({}, { createdAt: 1 }).lean<Array<{ createdAt: Date }>>().exec();
    const oldest = all.reduce<Date | undefined>((min, p) => (!min || new Date(p.createdAt) < min ? new Date(p.createdAt) : min), undefined);
    return { depth: all.length, ...(oldest ? { oldest } : {}) };
  }

  /** Drops the pointers of confirmed messages, in one write. */
  markPublished(keys: readonly string[]): Promise<void> {
    return this.outbox.drop(keys);
  }

  /** Snapshots matching a filter (already sanitized), in `_id` order from `after`, in one round trip. */
  async findMany(filter: Record<string, unknown>, options: { after?: string; limit: number }): Promise<CaseSnapshot<S>[]> {
    await this.snapshots.flush();
    const query = options.after ? { ...filter, _id: trusted({ $gt: CaseIdSchema.parse(options.after) }) } : filter;
    const docs = await this.models.snapshots.find(query).sort({ _id: 1 }).limit(options.limit).lean<SnapshotDocument[]>().exec();
    return docs.map((d) => this.toSnapshot(d));
  }

  private async lostRace(caseId: string, base: CaseSnapshot<S> | null, attempt: string, pointerIds: string[]): Promise<AppendResult<S>> {
    const { snapshot, added } = base ? await this.catchUp(base) : await this.fromLog(caseId);
    // Entries of ours that did get in (an ordered insert stops at the first duplicate) keep their pointers.
    const ours = new Set(added.filter((e) => e.attempt === attempt).map((e) => `${logId(caseId, e.rev)}:${attempt}`));
    await this.markPublished(pointerIds.filter((p) => !ours.has(p)));
    return { ok: false, snapshot, winners: added.filter((e) => e.attempt !== attempt) };
  }

  private async writeSnapshot(caseId: string, base: CaseSnapshot<S> | null, entries: readonly LogEntry<S>[], now: Date, when: 'now' | 'later' = 'now'): Promise<CaseSnapshot<S>> {
    const last = entries.at(-1);
    if (!last) throw new Error('writeSnapshot needs at least one entry');
    const history: HistoryEntry[] = [...(base?.history ?? []), ...entries.flatMap((e) => e.history)];
    // Made plain by the writer, when it writes: most snapshots written behind are replaced by a later one first.
    const doc: SnapshotDocument = { _id: caseId, rev: last.rev, state: last.state, history, createdAt: base?.createdAt ?? now, updatedAt: now };
    if (when === 'later') this.snapshots.later(doc);
    else await this.snapshots.now(doc);
    // The entries' states are already typed: no second parse of what was just written.
    return this.remember({ id: caseId, rev: last.rev, state: last.state, history, createdAt: doc.createdAt, updatedAt: now });
  }

  private remember(snapshot: CaseSnapshot<S>): CaseSnapshot<S> {
    const known = this.heads?.get(snapshot.id);
    if (!known || known.rev <= snapshot.rev) this.heads?.set(snapshot.id, snapshot);
    return snapshot;
  }

  private notify(pending: PendingMessages): void {
    for (const listener of this.committedListeners) listener(pending);
  }

  private toSnapshot(doc: SnapshotDocument): CaseSnapshot<S> {
    return {
      id: doc._id,
      rev: doc.rev,
      state: this.options.stateSchema.parse(doc.state),
      history: (doc.history ?? []) as HistoryEntry[],
      createdAt: new Date(doc.createdAt),
      updatedAt: new Date(doc.updatedAt),
    };
  }

  /** An entry as read (`stored`: parsed, the store is outside this process) or as this process just wrote it (`own`). */
  private toEntry(doc: LogDocument, source: 'stored' | 'own' = 'stored'): LogEntry<S> {
    const own = source === 'own';
    return {
      caseId: doc.caseId,
      rev: doc.rev,
      at: doc.at,
      attempt: doc.attempt,
      ...(doc.step !== undefined && doc.step !== null ? { step: doc.step } : {}),
      state: own ? (doc.state as S) : this.options.stateSchema.parse(doc.state),
      history: (doc.history ?? []) as HistoryEntry[],
      ...(doc.messages?.length ? { messages: own ? (doc.messages as Envelope[]) : doc.messages.map((m) => EnvelopeSchema.parse(m) as Envelope) } : {}),
    };
  }
}
