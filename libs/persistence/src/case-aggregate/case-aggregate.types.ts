import { z } from 'zod';
import type { Envelope } from '@sx/contracts';

export interface HistoryEntry {
  /** ISO instant. */
  readonly at: string;
  readonly event: string;
  readonly actor?: string;
  readonly cite?: string;
  readonly messageId?: string;
  /** W3C trace (and span) the entry was written under: the step's request, message or sweep. */
  readonly traceId?: string;
  readonly spanId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A case as the repository returns it: plain data, never a mongoose document. */
export interface CaseAggregate<S> {
  readonly id: string;
  readonly version: number;
  readonly state: S;
  /** Messages saved with the state, not yet confirmed by the broker, keyed by messageId. */
  readonly outbox: Readonly<Record<string, Envelope>>;
  /** Ids of messages (or idempotency keys) already applied, with when they were applied. */
  readonly inbox: Readonly<Record<string, Date>>;
  readonly hasPendingOutbox: boolean;
  readonly history: readonly HistoryEntry[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Everything one save writes atomically: the new state, messages to send, the message consumed. */
export interface CaseChange<S> {
  readonly state: S;
  readonly outbox?: readonly Envelope[];
  readonly inboxMessageId?: string;
  readonly history?: readonly HistoryEntry[];
}

/** Keys of the outbox/inbox maps become field names: no dots, no `$`. */
export const MapKeySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_:-]{0,127}$/, 'unsafe map key');
