import type { Connection } from 'mongoose';
import { TypedCollection } from '../typed-collection';

/** One open obligation of one case, as the sweeper looks it up. */
export interface DueMark {
  readonly caseId: string;
  /** The obligation's stored key (`R3~receiver-decision`). */
  readonly key: string;
  /** Null when the calendar cannot give the date yet. */
  readonly due: string | null;
  /**
   * The case's log length once the change that opens the obligation is appended. The mark is written
   * before that append, so a sweep reading the case at an earlier length has not seen the obligation
   * yet: its absence there proves nothing. Absent on marks written before it existed (0).
   */
  readonly rev?: number;
}

const DAY_PREFIX = 'due_';
/** Obligations that need a look on every pass: no date yet (blocked), or already past when indexed. */
const ATTENTION = 'due_attention';
const SWEPT = 'due_swept';

const dayCollection = (due: string): string => `${DAY_PREFIX}${due.replaceAll('-', '')}`;
const dayOf = (collection: string): string | null => {
  const m = /^due_(\d{4})(\d{2})(\d{2})$/.exec(collection);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/**
 * Where the sweeper finds due obligations without reading every case: one small collection per due
 * date (`due_20261130`), whose documents are `_id: "<caseId>:<obligation>"`. A sweep reads the
 * collections of the days that passed since the last sweep, so its cost follows the obligations that
 * came due, not the number of cases; on FerretDB v1 a whole-collection read of one day is cheap where
 * a range filter would scan everything. Marks are insert-only (safe with any number of replicas) and
 * written before the step that opens the obligation, so a crash can leave a stale mark (the sweeper
 * checks the case) but never a missing one.
 */
export class DueIndex {
  constructor(private readonly conn: Connection) {}

  private collection(name: string): TypedCollection<{ _id: string; caseId: string; key: string; due: string | null; rev?: number }> {
    return new TypedCollection(this.conn, name);
  }

  /** Indexes obligations; those without a date or already past `today` also go to the attention list. */
  async add(marks: readonly DueMark[], today: string): Promise<void> {
    const byCollection = new Map<string, DueMark[]>();
    for (const m of marks) {
      const targets = m.due === null ? [ATTENTION] : m.due < today ? [dayCollection(m.due), ATTENTION] : [dayCollection(m.due)];
      for (const t of targets) byCollection.set(t, [...(byCollection.get(t) ?? []), m]);
    }
    await Promise.all([...byCollection].map(([name, ms]) => this.collection(name).insertAllOnce(ms.map((m) => ({ _id: `${m.caseId}:${m.key}`, ...m })))));
  }

  /** The days with an index collection after `after` and before `before` (both exclusive), oldest first. */
  async daysBetween(after: string | null, before: string): Promise<string[]> {
    const db = this.conn.db;
    if (!db) throw new Error('mongo is not connected');
    const names = await db.listCollections({}, { nameOnly: true }).toArray();
    return names
      .map((c) => dayOf(c.name))
      .filter((d): d is string => d !== null && (after === null || d > after) && d < before)
      .sort();
  }

  async dueOn(day: string): Promise<DueMark[]> {
    return (await this.collection(dayCollection(day)).all()).map(({ caseId, key, due }) => ({ caseId, key, due }));
  }

  async needingAttention(limit: number): Promise<DueMark[]> {
    return (await this.collection(ATTENTION).all(limit)).map(({ caseId, key, due, rev }) => ({ caseId, key, due, ...(rev !== undefined ? { rev } : {}) }));
  }

  async resolved(marks: readonly DueMark[]): Promise<void> {
    if (marks.length === 0) return;
    await this.collection(ATTENTION).deleteByIds(marks.map((m) => `${m.caseId}:${m.key}`));
  }

  /** The last day every index collection up to which has been swept. */
  async sweptThrough(): Promise<string | null> {
    const doc = await this.collection(SWEPT).findById('through');
    return doc?.due ?? null;
  }

  async markSweptThrough(day: string): Promise<void> {
    await this.collection(SWEPT).replace({ _id: 'through', caseId: '', key: '', due: day }, { upsert: true });
  }
}
