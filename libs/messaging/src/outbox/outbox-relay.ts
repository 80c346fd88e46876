import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import { errorInfo, silentLogger, type Logger } from '../logger';
import type { EnvelopeSink, OutboxStore } from './outbox-store';

export interface OutboxRelayOptions {
  stores: readonly OutboxStore[];
  publisher: EnvelopeSink;
  /** Poll interval; a `kick()` after a save makes the usual latency much lower. */
  intervalMs?: number;
  batchSize?: number;
  logger?: Logger;
}

/**
 * Publishes outbox entries with confirms and removes each after its confirm. Anything still in an
 * outbox (crash between publish and removal, a lost confirm) is published again on the next pass:
 * delivery is at-least-once and the receiver's inbox absorbs the duplicate.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private stopRequested = false;
  private readonly logger: Logger;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  start(): void {
    this.stopped = false;
    this.stopRequested = false;
    this.schedule(0);
  }

  /** Ask for a pass now (after a save that added outbox entries). Never runs two passes at once. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopRequested = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass over every store; returns how many messages were published. */
  async runOnce(): Promise<number> {
    let published = 0;
    for (const store of this.options.stores) {
      const pending = await store.findPendingOutbox(this.options.batchSize ?? 100);
      for (const { caseId, envelopes } of pending) {
        // A case's messages go out in order; their removal is one write, not one per message.
        const confirmed: string[] = [];
        for (const envelope of envelopes) {
          if (this.stopRequested) break;
          try {
            await this.options.publisher.publish(envelope);
          } catch (err) {
            this.logger.warn({ store: store.name, caseId, messageId: envelope.messageId, ...errorInfo(err) }, 'outbox publish failed; will retry');
            break;
          }
          confirmed.push(envelope.messageId);
        }
        if (confirmed.length > 0) await store.markOutboxPublished(caseId, confirmed);
        published += confirmed.length;
        if (this.stopRequested) return published;
      }
    }
    return published;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    // A timer keeps the context it was set in: passes would join whichever request last kicked the
    // relay, and its polling queries would grow that trace every second. Each message's publish span
    // follows the trace stored in its envelope instead, so the polling itself is left untraced.
    this.timer = context.with(suppressTracing(ROOT_CONTEXT), () => setTimeout(() => {
      this.timer = null;
      this.running = this.runOnce()
        .then((n) => void (n > 0 && this.logger.info({ published: n }, 'outbox relayed')))
        .catch((err) => this.logger.error(errorInfo(err), 'outbox relay pass failed'))
        .finally(() => {
          this.running = null;
          const next = this.again ? 0 : this.options.intervalMs ?? 1000;
          this.again = false;
          this.schedule(next);
        });
    }, delayMs));
    this.timer.unref?.();
  }
}
