import type { Envelope } from '@sx/contracts';

/** Messages of one committed change, waiting for the broker's confirm. */
export interface PendingOutbox {
  /** Handed back to `markPublished` once every envelope is confirmed. */
  readonly key: string;
  readonly caseId: string;
  readonly envelopes: readonly Envelope[];
}

/**
 * What the relay needs from a store (the persistence lib's case log implements it). Declared here so
 * messaging never imports persistence.
 */
export interface OutboxStore {
  readonly name: string;
  /**
   * Committed changes whose messages are not confirmed yet (the recovery path after a crash or outage),
   * leaving out those noted at or after `notedBefore` (a fast path, of this replica or another, is on them).
   */
  findPendingOutbox(limit: number, notedBefore?: Date): Promise<readonly PendingOutbox[]>;
  /** Forgets confirmed changes, in one write; idempotent. */
  markPublished(keys: readonly string[]): Promise<void>;
}

export interface EnvelopeSink {
  /** Publishes every envelope, in order, and resolves once the broker confirmed them all. */
  publishAll(envelopes: readonly Envelope[]): Promise<void>;
}
