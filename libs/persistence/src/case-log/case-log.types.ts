import type { Envelope } from '@sx/contracts';

/** One line of a case's timeline as this service recorded it. */
export interface HistoryEntry {
  /** ISO instant. */
  readonly at: string;
  readonly event: string;
  readonly actor?: string;
  readonly cite?: string;
  /** The step's number in the case's shared log, for entries that record a step. */
  readonly seq?: number;
  /** W3C trace (and span) the entry was written under: the step's request, message or sweep. */
  readonly traceId?: string;
  readonly spanId?: string;
  readonly messageId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The cached projection of a case's log: the state after revision `rev`, and the timeline so far. */
export interface CaseSnapshot<S> {
  readonly id: string;
  /** How many log entries (steps and local changes) the snapshot includes. */
  readonly rev: number;
  readonly state: S;
  readonly history: readonly HistoryEntry[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What one change appends to a case's log. */
export interface NewLogEntry<S> {
  /** The case after the change: the log holds every state it went through, so any snapshot can be rebuilt. */
  readonly state: S;
  readonly history: readonly HistoryEntry[];
  /** Set when the entry records a step of the case's shared, signed log (its `seq`). */
  readonly step?: number;
  /** Messages the change sends: committed with it, published by the relay after. */
  readonly messages?: readonly Envelope[];
}

export interface LogEntry<S> extends NewLogEntry<S> {
  readonly caseId: string;
  readonly rev: number;
  readonly at: string;
  /** The writer's attempt id: tells a committed entry's outbox pointer from a losing writer's. */
  readonly attempt: string;
}

export type AppendResult<S> =
  | { readonly ok: true; readonly snapshot: CaseSnapshot<S>; readonly entries: readonly LogEntry<S>[] }
  /** Another writer appended first: `snapshot` is caught up, `winners` are the entries it appended. */
  | { readonly ok: false; readonly snapshot: CaseSnapshot<S>; readonly winners: readonly LogEntry<S>[] };

/** A case's messages waiting for the broker's confirm. */
export interface PendingMessages {
  /** The outbox pointer's id, handed back once the messages are confirmed. */
  readonly key: string;
  readonly caseId: string;
  readonly envelopes: readonly Envelope[];
}
