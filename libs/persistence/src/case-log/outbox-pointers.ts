import { trusted } from 'mongoose';
import { EnvelopeSchema, type Envelope } from '@sx/contracts';
import { retryBusy } from '../transient-retry';
import type { CaseLogModels, LogDocument } from './case-log.models';
import type { PendingMessages } from './case-log.types';

interface OutboxPointer {
  readonly _id: string;
  readonly caseId: string;
  readonly rev: number;
  readonly attempt: string;
  readonly createdAt: Date;
}

const logId = (caseId: string, rev: number): string => `${caseId}:${rev}`;

/**
 * The outbox: a pointer per log entry that carries messages, written before the entry and dropped
 * once the broker confirmed its messages. The relay's slow path reads the pointers left (a crash, a
 * broker outage) and finds each entry's messages in the log; a pointer whose entry belongs to another
 * writer's attempt, or never came, is an orphan and is dropped.
 */
export class OutboxPointers {
  constructor(
    private readonly models: CaseLogModels,
    private readonly orphanAfterMs: number,
  ) {}

  /** Notes the entries of one append attempt that carry messages; returns their pointers' ids by revision. */
  async note(caseId: string, attempt: string, docs: readonly LogDocument[]): Promise<Array<{ _id: string; rev: number }>> {
    // Wall time, not the service clock (tests fix that one): the relay compares it with its own.
    const createdAt = new Date();
    const pointers: OutboxPointer[] = docs.filter((d) => d.messages?.length).map((d) => ({ _id: `${d._id}:${attempt}`, caseId, rev: d.rev, attempt, createdAt }));
    if (pointers.length) await retryBusy(() => this.models.outbox.insertMany(pointers, { ordered: true }));
    return pointers;
  }

  async pending(limit: number, notedBefore?: Date): Promise<PendingMessages[]> {
    // The outbox holds only unconfirmed changes, so reading it whole stays small.
    const all = await this.models.outbox.find({}).lean<OutboxPointer[]>().exec();
    const pointers = all.filter((p) => !notedBefore || new Date(p.createdAt) < notedBefore).slice(0, limit);
    const pending: PendingMessages[] = [];
    const orphans: string[] = [];
    for (const p of pointers) {
      const entry = await this.models.log.findById(logId(p.caseId, p.rev)).lean<LogDocument>().exec();
      if (entry && entry.attempt === p.attempt) {
        pending.push({ key: p._id, caseId: p.caseId, envelopes: (entry.messages ?? []).map((m) => EnvelopeSchema.parse(m) as Envelope) });
      } else if (entry || Date.now() - new Date(p.createdAt).getTime() > this.orphanAfterMs) {
        orphans.push(p._id); // another writer's entry holds that revision, or ours never came
      }
    }
    await this.drop(orphans);
    return pending;
  }

  /** Drops pointers (confirmed messages, a losing writer's, orphans), in one write. */
  async drop(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await retryBusy(() => this.models.outbox.deleteMany({ _id: trusted({ $in: [...keys] }) }).exec());
  }
}
