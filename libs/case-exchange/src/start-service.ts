import type { ServiceName } from '@sx/contracts';
import { createHttpApp, listen, onShutdown, type Agency, type Shutdown } from '@sx/http-kit';
import { createMessaging } from '@sx/messaging';
import { createLogger, mapStackTraces, shutdownTelemetry, type Logger } from '@sx/observability';
import { connectMongo, disconnectMongo, pingMongo } from '@sx/persistence';
import { consoleAssets } from './console/console-assets';
import { serviceHttpApi } from './api-surface/service-api';
import { createCaseModule } from './create-case-module';
import { consoleSignIn, officialTokens } from './runtime/official-tokens';
import { serviceMessageCatalog } from './runtime/service-message-catalog';
import { amqpReadiness } from './runtime/amqp-readiness';
import { createCalendarSource } from './runtime/calendar-source';
import { createClock } from './runtime/clock';
import { loadServiceConfig, type ServiceConfig } from './runtime/service-config';

export interface RunningService {
  readonly service: ServiceName;
  /** Base URL the HTTP server answers on. */
  readonly url: string;
  readonly port: number;
  readonly logger: Logger;
  /** The same graceful sequence as SIGTERM; ends the process when done. */
  readonly shutdown: Shutdown;
}

/** SX_TEST_MUTANT=no-auth: every caller is the first agency this service serves. */
function unverifiedAs(config: ServiceConfig): { unverifiedAs?: Agency } {
  const first = config.agencies.servedBy(config.service)[0];
  return config.testMutant === 'no-auth' && first ? { unverifiedAs: { agencyId: first.id, roles: [] } } : {};
}

/**
 * The composition root of every service: config → logger → mongo → messaging → case module →
 * relay → consumer → HTTP. Consuming starts only after `init()`, so no message meets a database
 * without its indexes; HTTP listens last, so `/ready` never answers before the service can work.
 */
export async function startService(service: ServiceName, env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  mapStackTraces();
  const config = loadServiceConfig(service, env);
  const logger = createLogger({ service, level: config.logLevel });
  if (config.devKeys) logger.warn('SX_DEV_KEYS=1: signing and API keys are derived from public seeds; local runs and tests only');
  if (config.testMutant) logger.warn({ mutant: config.testMutant }, 'SX_TEST_MUTANT: a security check is switched OFF (tests only)');
  // The calendar first: bad year files stop the service before it connects to anything.
  const calendar = createCalendarSource({ dir: config.calendarDir, logger, live: true });
  const connection = await connectMongo({ url: config.mongoUrl, deployment: config.mongoDeployment, logger });
  const messaging = await createMessaging({
    url: config.amqpUrl, service, keys: config.keyRing, prefix: config.amqpPrefix, catalog: serviceMessageCatalog, logger, retryDelaysMs: config.retryDelaysMs,
  });

  const module = createCaseModule({
    service, connection, agencies: config.agencies, keys: config.keyRing, logger, clock: createClock(config.clock), maxFileBytes: config.maxFileBytes, calendarSource: calendar,
    ...(config.testMutant && config.testMutant !== 'no-auth' ? { testMutant: config.testMutant } : {}),
    ...(config.testStepDelayMs > 0 ? { testStepDelayMs: config.testStepDelayMs } : {}),
    jaegerQueryUrl: config.jaegerQueryUrl, webhooks: config.webhooks, receiptAlarmAfterMs: config.receiptAlarmAfterMs,
  });
  await module.init();
  module.observeGauges();
  const relay = messaging.createRelay([module.outbox], { prepare: module.prepareMessage, intervalMs: config.relayIntervalMs });
  module.onCommitted((pending) => relay.enqueue(module.outbox, pending));
  relay.start();
  const webhooks = await module.startWebhooks({ connection: messaging.connection, prefix: config.amqpPrefix });
  await messaging.consume(module.handleMessage);
  const sweeper = module.startSweeper(config.sweepIntervalMs, (envelopes) => messaging.publisher.publishAll(envelopes));
  const receiptWatch = module.startReceiptWatch(Math.min(30_000, Math.max(1_000, Math.floor(config.receiptAlarmAfterMs / 4))));

  const { app } = createHttpApp({
    service,
    logger,
    auth: { keys: config.apiKeys, elsewhere: config.apiKeysElsewhere, ...unverifiedAs(config), tokens: officialTokens(service, config.agencies) },
    rateLimits: config.rateLimits,
    trustedProxies: config.trustedProxies,
    ...serviceHttpApi(service, module),
    idempotency: { store: module.idempotency },
    mount: [consoleAssets(service, undefined, consoleSignIn(service, config.agencies))],
    readiness: [
      { name: 'mongo', check: () => pingMongo(connection) },
      amqpReadiness(messaging),
    ],
  });
  const http = await listen(app, config.port, config.host);
  const url = `http://${config.host}:${http.port}`;

  // Stop taking work first (deliveries, relay), then requests, then the stores they write to.
  const shutdown = onShutdown(['SIGTERM', 'SIGINT'], [
    { name: 'stop sweeper', run: () => sweeper.stop() },
    { name: 'stop receipt watch', run: () => receiptWatch.stop() },
    { name: 'stop webhooks', run: () => webhooks.stop() },
    { name: 'stop calendar reloads', run: () => calendar.close() },
    { name: 'stop messaging', run: () => messaging.stop() },
    { name: 'release held reads', run: () => module.releaseHeldReads() },
    { name: 'close http', run: () => http.close() },
    { name: 'write waiting snapshots', run: () => module.flush() },
    { name: 'disconnect mongo', run: () => disconnectMongo(connection) },
    { name: 'flush telemetry', run: () => shutdownTelemetry() },
  ], { logger });

  logger.info({ url, docs: `${url}/docs`, console: `${url}/console/`, clock: config.clock.kind }, `${service} listening on ${url} (API docs: ${url}/docs, console: ${url}/console/)`);
  return { service, url, port: http.port, logger, shutdown };
}
