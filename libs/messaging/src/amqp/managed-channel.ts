import type { ConfirmChannel } from 'amqplib';
import { backOff } from 'exponential-backoff';
import { errorInfo, type LogSink } from '@sx/observability';
import type { AmqpConnection } from './amqp-connection';

export interface ManagedChannelOptions {
  name: string;
  logger: LogSink;
  /** Runs on every (re)opened channel: prefetch, consume, declarations. */
  setup?: (ch: ConfirmChannel) => Promise<void>;
  retryDelayMs?: number;
}

/**
 * A confirm channel that is reopened after it closes (channel error, broker cancel, reconnect).
 * `isCurrent(ch)` lets a consumer refuse to ack a delivery from a channel that has since closed:
 * the broker has already requeued it, and acking on the new channel would be a protocol error.
 */
export class ManagedChannel {
  private channel: ConfirmChannel | null = null;
  private opening: Promise<ConfirmChannel> | null = null;
  private stopped = false;

  constructor(private readonly conn: AmqpConnection, private readonly options: ManagedChannelOptions) {}

  isCurrent(ch: ConfirmChannel): boolean {
    return this.channel === ch;
  }

  /** The open channel, or null while (re)opening. */
  current(): ConfirmChannel | null {
    return this.channel;
  }

  get(): Promise<ConfirmChannel> {
    if (this.stopped) return Promise.reject(new Error(`channel ${this.options.name} is stopped`));
    if (this.channel) return Promise.resolve(this.channel);
    this.opening ??= this.openWithRetry().finally(() => (this.opening = null));
    return this.opening;
  }

  /** Drops the current channel (e.g. after a server-side cancel) so the next `get` reopens it. */
  async reset(): Promise<void> {
    const ch = this.channel;
    this.channel = null;
    if (ch) await ch.close().catch(() => undefined);
    if (!this.stopped) void this.get().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.stopped = true;
    const ch = this.channel;
    this.channel = null;
    if (ch) await ch.close().catch(() => undefined);
  }

  private openWithRetry(): Promise<ConfirmChannel> {
    const { logger, name } = this.options;
    // Until it opens or is stopped: a broker restart or a failover takes as long as it takes.
    return backOff(() => this.open(), {
      numOfAttempts: Number.POSITIVE_INFINITY,
      startingDelay: this.options.retryDelayMs ?? 250,
      timeMultiple: 2,
      maxDelay: 15_000,
      retry: (err: unknown, attempt: number) => {
        if (this.stopped) return false;
        logger.warn({ channel: name, attempt, ...errorInfo(err) }, 'amqp channel open failed; retrying');
        return true;
      },
    });
  }

  private async open(): Promise<ConfirmChannel> {
    const { logger, name } = this.options;
    if (this.stopped) throw new Error(`channel ${name} is stopped`);
    const ch = await this.conn.createConfirmChannel();
    ch.on('error', (err: Error) => logger.warn({ channel: name, ...errorInfo(err) }, 'amqp channel error'));
    ch.on('close', () => this.onClosed(ch));
    await this.options.setup?.(ch);
    if (this.stopped) {
      await ch.close().catch(() => undefined);
      throw new Error(`channel ${name} is stopped`);
    }
    this.channel = ch;
    return ch;
  }

  private onClosed(ch: ConfirmChannel): void {
    if (this.channel !== ch) return;
    this.channel = null;
    if (this.stopped) return;
    this.options.logger.warn({ channel: this.options.name }, 'amqp channel closed; reopening');
    void this.get().catch(() => undefined);
  }
}
