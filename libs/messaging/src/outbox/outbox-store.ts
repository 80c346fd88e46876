import type { Envelope } from '@sx/contracts';

/** The outbox entries of one case document, oldest first. */
export interface PendingOutbox {
  caseId: string;
  envelopes: Envelope[];
}

/**
 * What the relay needs from a repository (the persistence lib's case repository implements it).
 * Declared here so messaging never imports persistence.
 */
export interface OutboxStore {
  readonly name: string;
  findPendingOutbox(limit: number): Promise<PendingOutbox[]>;
  /** Removes entries of one case after their publishes were confirmed, in one write; idempotent. */
  markOutboxPublished(caseId: string, messageIds: readonly string[]): Promise<void>;
}

export interface EnvelopeSink {
  publish(envelope: Envelope): Promise<void>;
}
