import { connect, type Channel, type ConfirmChannel, type RecoveringChannelModel } from 'amqplib';
import { errorInfo, silentLogger, type Logger } from '../logger';

export interface AmqpConnectionOptions {
  url: string;
  logger?: Logger;
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
  private constructor(private readonly model: RecoveringChannelModel, readonly logger: Logger) {}

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
    model.on('error', (err: Error) => logger.warn(errorInfo(err), 'amqp connection error'));
    model.on('disconnect', (err: Error) => logger.warn(errorInfo(err), 'amqp disconnected; reconnecting'));
    model.on('reconnect-scheduled', (i: { attempt: number; delay: number }) =>
      logger.info({ attempt: i.attempt, delayMs: i.delay }, 'amqp reconnect scheduled'));
    model.on('connect', () => logger.info({}, 'amqp connected'));
    model.on('reconnect-failed', (err: Error) => logger.error(errorInfo(err), 'amqp recovery gave up'));
    model.on('blocked', (reason: string) => logger.warn({ reason }, 'amqp connection blocked by broker'));
    await model.waitForConnect();
    return new AmqpConnection(model, logger);
  }

  createChannel(): Promise<Channel> {
    return this.model.createChannel();
  }

  createConfirmChannel(): Promise<ConfirmChannel> {
    return this.model.createConfirmChannel();
  }

  async close(): Promise<void> {
    await this.model.close();
  }
}
