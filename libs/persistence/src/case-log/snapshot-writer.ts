import type { Model } from 'mongoose';
import { DelayedBatch } from '@sx/observability';
import { isDuplicateKey } from '../duplicate-key';
import { retryBusy } from '../transient-retry';
import { driverCollection, type SnapshotDocument } from './case-log.models';
import { plain } from './plain';

/**
 * Writes case snapshots, which are only a cache of the log. A write can wait a moment (`later`): a
 * case changed several times in a row (a package uploaded document by document, a burst of steps)
 * is written once, with its latest state, and off the request's path. Nothing is lost by waiting:
 * the log holds every entry, and a read catches a lagging snapshot up from it. Lists read the
 * snapshots, so they `flush` first: a process always lists what it wrote.
 */
export class SnapshotWriter {
  private readonly waiting: DelayedBatch<string, SnapshotDocument>;

  constructor(
    private readonly model: Model<SnapshotDocument>,
    private readonly delayMs: number,
    private readonly onError: (err: unknown, caseId: string) => void,
  ) {
    this.waiting = new DelayedBatch(delayMs, async (docs) => {
      await Promise.all([...docs.values()].map((d) => this.replace(d).catch((err: unknown) => this.onError(err, d._id))));
    });
  }

  /** Writes now (a repair or a rebuild), replacing any write of the same case still waiting. */
  async now(doc: SnapshotDocument): Promise<void> {
    this.waiting.remove(doc._id);
    await this.replace(doc);
  }

  /** Writes within `delayMs`; a later snapshot of the same case replaces this one if it comes first. */
  later(doc: SnapshotDocument): void {
    if (this.delayMs <= 0) {
      void this.replace(doc).catch((err: unknown) => this.onError(err, doc._id));
      return;
    }
    this.waiting.add(doc._id, doc);
  }

  /** Writes everything waiting; resolves once every earlier write finished too. */
  flush(): Promise<void> {
    return this.waiting.flush();
  }

  private async replace(waiting: SnapshotDocument): Promise<void> {
    // Made plain only now, for the snapshot that is written (most waiting ones were replaced first).
    const doc = { ...waiting, state: plain(waiting.state), history: plain(waiting.history) };
    // Two upserts of a new snapshot can both try the insert (FerretDB v1): the loser then replaces.
    // The driver's replace: mongoose's cast copied the whole snapshot again.
    const replace = (upsert: boolean) => retryBusy(() => driverCollection(this.model).replaceOne({ _id: doc._id }, doc, { upsert }));
    await replace(true).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
      return replace(false);
    });
  }
}
