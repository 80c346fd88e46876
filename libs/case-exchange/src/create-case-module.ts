import { CASE_EVENT_MESSAGES } from '@sx/contracts';
import { MessageRouter } from '@sx/messaging';
import type { CaseModule, CaseModuleDeps } from './case-module';
import { caseRoutes } from './api-surface/case-routes';
import { serviceSurface } from './api-surface/service-surface';
import { CaseStore } from './persistence/case.store';
import { DueIndex } from './persistence/due-index';
import { FileStore } from './persistence/file.store';
import { hydrateFiles } from './persistence/hydrate-files';
import { MongoIdempotencyStore } from './persistence/idempotency.store';
import { DEFAULT_JAEGER_QUERY_URL } from './runtime/service-defaults';
import { observeCaseGauges } from './runtime/operator-gauges';
import { caseMessageConsumer } from './use-cases/receive-case-message/receive-case-message.consumer';
import { withCalendarSource, type CaseContext } from './use-cases/shared/case-context';
import { dispatchToWorkers, dueCasesWorker } from './use-cases/sweep-obligations/due-cases.dispatch';
import { ObligationsDueNotice } from './use-cases/sweep-obligations/obligations-due.message';
import { StepsCommittedNotice } from './webhooks/step-notice.message';
import { startObligationSweeper } from './use-cases/sweep-obligations/obligation-sweeper';
import { SubscriptionStore } from './webhooks/subscription.store';
import { createWebhooks } from './webhooks/webhook-module';
import { DEFAULT_WEBHOOK_SETTINGS } from './webhooks/webhook-settings';

/** The stores and settings every use case of a service works with. */
export function caseContextOf(deps: CaseModuleDeps, extra: Pick<CaseContext, 'subscribedAgencies'> = {}): CaseContext {
  const { calendarSource, ...rest } = deps;
  const snapshotLagging = (err: unknown, caseId: string) => deps.logger.warn({ caseId, err }, 'case snapshot write failed; the next read catches it up from the log');
  const cases = new CaseStore(deps.connection, deps.clock, snapshotLagging);
  return withCalendarSource({ ...rest, ...extra, cases, files: new FileStore(deps.connection), dues: new DueIndex(deps.connection) }, calendarSource);
}

/** The case module every service runs; what differs between services is which roles they play. */
export function createCaseModule(deps: CaseModuleDeps): CaseModule {
  const subscriptions = new SubscriptionStore(deps.connection);
  const ctx = caseContextOf(deps, { subscribedAgencies: () => subscriptions.subscribedAgencies() });
  const webhooks = createWebhooks(ctx, deps.connection, subscriptions, deps.webhooks ?? DEFAULT_WEBHOOK_SETTINGS);
  const { cases, files } = ctx;
  const idempotency = new MongoIdempotencyStore(deps.connection);
  const routes = [...caseRoutes(ctx, deps.jaegerQueryUrl ?? DEFAULT_JAEGER_QUERY_URL), ...webhooks.routes.map((route) => ({ route }))];
  const surface = serviceSurface(deps.service, routes);
  // The inbox takes what serviceMessageCatalog lists: the parties' case messages and its notes to itself.
  const inbox = new MessageRouter().on(StepsCommittedNotice, webhooks.onStepsCommitted).on(ObligationsDueNotice, dueCasesWorker(ctx));
  for (const def of CASE_EVENT_MESSAGES) inbox.on(def, caseMessageConsumer(ctx));
  return {
    routes: surface.served,
    withheldRoutes: surface.withheld,
    handleMessage: inbox.handle,
    outbox: cases,
    idempotency,
    prepareMessage: hydrateFiles(files),
    init: async () => {
      await cases.ensureIndexes();
      await files.init();
      await webhooks.init();
      await idempotency.init();
    },
    startWebhooks: (amqp) => webhooks.start(amqp),
    startSweeper: (intervalMs, publishAll) => startObligationSweeper(ctx, intervalMs, dispatchToWorkers(ctx, publishAll)),
    flush: () => cases.flushSnapshots(),
    releaseHeldReads: () => cases.arrivals.close(),
    onCommitted: (listener) => cases.onCommitted(listener),
    observeGauges: () => observeCaseGauges(ctx),
  };
}
