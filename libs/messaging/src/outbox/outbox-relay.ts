import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import type { Envelope } from '@sx/contracts';
import { DelayedBatch, errorInfo, silentLogger, startPeriodicPass, type LogSink, type PeriodicPass } from '@sx/observability';
import type { EnvelopeSink, OutboxStore, PendingOutbox } from './outbox-store';

export interface OutboxRelayOptions {
  stores: readonly OutboxStore[];
  publisher: EnvelopeSink;
  /** How often the relay looks for messages the fast path did not confirm (crash, broker outage). */
  intervalMs?: number;
  /**
   * How old a change must be before the slow path takes it (default: five intervals). Younger ones
   * belong to a fast path, of this replica or another; taking them too would publish them twice.
   */
  graceMs?: number;
  batchSize?: number;
  /** Completes an envelope just before it is published (e.g. adds file contents kept out of the store). */
  prepare?: (envelope: Envelope) => Promise<Envelope>;
  logger?: LogSink;
}

/** How long a confirmed change's pointer waits to be dropped together with the next ones. */
const FORGET_AFTER_MS = 100;

interface Queued {
  readonly store: OutboxStore;
  readonly pending: PendingOutbox;
}

interface Confirmed {
  readonly store: OutboxStore;
  readonly key: string;
}

/**
 * Publishes committed messages with publisher confirms, then forgets them. The fast path takes what
 * a write just committed (`enqueue`) and publishes it before the writer's caller goes on (a step's
 * response is built after its messages left), the changes committed together as one batch; a batch
 * never waits for an earlier one's confirms (they are pipelined on the channel). The
 * slow path looks in the stores on a timer, so anything a crash or a broker outage left behind goes
 * out without a restart. Delivery is at-least-once; receivers recognise a step they already hold.
 */
export class OutboxRelay {
  private queue: Queued[] = [];
  private readonly inFlight = new Set<string>();
  private flushScheduled = false;
  /** Fast-path batches waiting for their confirms (stop waits for them). */
  private readonly publishing = new Set<Promise<number>>();
  private sweeps: PeriodicPass | null = null;
  private stopped = true;
  private readonly logger: LogSink;
  /** Confirmed changes whose pointers are not dropped yet: dropped together, in one write per store. */
  private readonly confirmed = new DelayedBatch<string, Confirmed>(FORGET_AFTER_MS, (done) => this.forgetConfirmed([...done.values()]));

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  start(): void {
    this.stopped = false;
    this.sweeps = startPeriodicPass('outbox relay pass', this.options.intervalMs ?? 2000, async () => {
      const n = await this.runOnce();
      if (n > 0) this.logger.info({ published: n }, 'outbox relayed from the store');
    }, this.logger);
  }

  /** Fast path: messages a write just committed. */
  enqueue(store: OutboxStore, pending: PendingOutbox): void {
    if (this.stopped) return; // the slow path of the next start finds them
    this.queue.push({ store, pending });
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // A microtask: after the writes committed in this turn, before the writer's caller continues.
    queueMicrotask(() => this.flush());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.publishing, this.sweeps?.stop()]);
    this.sweeps = null;
    await this.confirmed.flush();
  }

  /** One slow-path pass over every store; returns how many messages were confirmed. */
  async runOnce(): Promise<number> {
    let published = 0;
    for (const store of this.options.stores) {
      const grace = this.options.graceMs ?? 5 * (this.options.intervalMs ?? 2000);
      const found = await store.findPendingOutbox(this.options.batchSize ?? 200, new Date(Date.now() - grace));
      const fresh = found.filter((p) => !this.inFlight.has(p.key));
      published += await this.publish(fresh.map((pending) => ({ store, pending })));
    }
    return published;
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0 && !this.stopped) {
      const batch = this.queue.splice(0, this.options.batchSize ?? 200).filter((q) => !this.inFlight.has(q.pending.key));
      // Each publish span follows the trace stored in its envelope; the relay's own store calls are
      // left untraced, so they never join (and grow) the trace of whichever request handed it work.
      const sent = context.with(suppressTracing(ROOT_CONTEXT), () => this.publish(batch));
      this.publishing.add(sent);
      void sent.finally(() => this.publishing.delete(sent));
    }
  }

  private async publish(batch: readonly Queued[]): Promise<number> {
    if (batch.length === 0) return 0;
    for (const q of batch) this.inFlight.add(q.pending.key);
    try {
      const prepare = this.options.prepare ?? (async (e: Envelope) => e);
      const envelopes = await Promise.all(batch.flatMap((q) => q.pending.envelopes.map(prepare)));
      await this.options.publisher.publishAll(envelopes);
      for (const q of batch) this.forget(q.store, q.pending.key);
      return envelopes.length;
    } catch (err) {
      // Nothing is lost: the pointers stay, and the slow path publishes them again.
      for (const q of batch) this.inFlight.delete(q.pending.key);
      this.logger.warn({ changes: batch.length, ...errorInfo(err) }, 'outbox publish failed; the relay retries');
      return 0;
    }
  }

  /**
   * Drops a confirmed change's pointer a moment later, with the others confirmed meanwhile: one write
   * instead of one per change. Until then it counts as in flight, so this relay never sends it again;
   * a crash in between means one more publish, which receivers absorb.
   */
  private forget(store: OutboxStore, key: string): void {
    this.confirmed.add(`${this.options.stores.indexOf(store)}:${key}`, { store, key });
  }

  private async forgetConfirmed(done: readonly Confirmed[]): Promise<void> {
    const work = new Map<OutboxStore, string[]>();
    for (const { store, key } of done) work.set(store, [...(work.get(store) ?? []), key]);
    await Promise.all(
      [...work].map(async ([store, keys]) => {
        try {
          await store.markPublished(keys);
        } catch (err) {
          this.logger.warn({ changes: keys.length, ...errorInfo(err) }, 'outbox pointers not dropped; the slow path publishes them again');
        } finally {
          for (const k of keys) this.inFlight.delete(k);
        }
      }),
    );
  }
}
