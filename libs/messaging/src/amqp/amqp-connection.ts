import { connect, type Channel, type ConfirmChannel, type RecoveringChannelModel } from 'amqplib';
import { errorInfo, silentLogger, type LogSink } from '@sx/observability';

export interface AmqpConnectionOptions {
  url: string;
  logger?: LogSink;
  /** Connection name shown in the management UI. */
  name?: string;
  /** Reconnect backoff (amqplib's built-in recovery). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up at startup after this many attempts (steady-state recovery retries forever). */
  initialMaxRetries?: number;
}

/**
 * One recovering AMQP connection per process. amqplib 2 reconnects with backoff; the channels of
 * the dead connection are gone, so every user of a channel goes through `ManagedChannel`, which
 * reopens it (and reruns its setup) on the new connection.
 */
export class AmqpConnection {
  /**
   * Whether a live AMQP connection is up right now. Set on amqplib's `connect`; cleared on
   * `disconnect` (the connection closed; recovery is scheduled), on `error` (amqplib emits a
   * connection error only on the way to closing it), on `connect-failed` / `reconnect-failed` and
   * on our own `close()` (which amqplib does not report as a `disconnect`).
   */
  private connected = false;

  private constructor(private readonly model: RecoveringChannelModel, readonly logger: LogSink) {
    model.on('connect', () => {
      this.connected = true;
      logger.info({}, 'amqp connected');
    });
    model.on('disconnect', (err: Error) => {
      this.connected = false;
      logger.warn(errorInfo(err), 'amqp disconnected; reconnecting');
    });
    model.on('error', (err: Error) => {
      this.connected = false;
      logger.warn(errorInfo(err), 'amqp connection error');
    });
    model.on('connect-failed', () => {
      this.connected = false;
    });
    model.on('reconnect-scheduled', (i: { attempt: number; delay: number }) =>
      logger.info({ attempt: i.attempt, delayMs: i.delay }, 'amqp reconnect scheduled'));
    model.on('reconnect-failed', (err: Error) => {
      this.connected = false;
      logger.error(errorInfo(err), 'amqp recovery gave up');
    });
    model.on('blocked', (reason: string) => logger.warn({ reason }, 'amqp connection blocked by broker'));
  }

  static async open(options: AmqpConnectionOptions): Promise<AmqpConnection> {
    const logger = options.logger ?? silentLogger;
    const model = await connect(options.url, {
      clientProperties: { connection_name: options.name ?? 'sx' },
      recovery: {
        initialDelay: options.initialDelayMs ?? 200,
        maxDelay: options.maxDelayMs ?? 15_000,
        initialMaxRetries: options.initialMaxRetries ?? 10,
        waitForConnect: false,
      },
    });
    // With `waitForConnect: false` the first attempt is deferred (setImmediate), so the listeners
    // the constructor attaches see the initial `connect` as well.
    const connection = new AmqpConnection(model, logger);
    await model.waitForConnect();
    return connection;
  }

  /** True while a live connection is up; false while recovering, after recovery gave up, and after `close()`. */
  isConnected(): boolean {
    return this.connected;
  }

  createChannel(): Promise<Channel> {
    return this.model.createChannel();
  }

  createConfirmChannel(): Promise<ConfirmChannel> {
    return this.model.createConfirmChannel();
  }

  async close(): Promise<void> {
    this.connected = false;
    await this.model.close();
  }
}
