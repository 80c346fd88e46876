import { CASE_EVENT_MESSAGES, StepReceiptMessage, type CaseEventPayload, type Envelope } from '@sx/contracts';
import { receiptsOutstanding } from '@sx/observability';
import { MessageRouter } from '@sx/messaging';
import type { CaseModule, CaseModuleDeps } from './case-module';
import { caseRoutes } from './api-surface/case-routes';
import { serviceSurface } from './api-surface/service-surface';
import { CaseStore, DueIndex, FileStore, hydrateFiles, MongoIdempotencyStore, ReceiptStore, RestoreMarkers, SubscriptionStore } from '@sx/persistence';
import { CaseViewSchema } from './case-view/case-view.schema';
import { stampTrace } from './tracing/case-trace';
import { ReceiptWatch } from './receipts/receipt-watch';
import { receiveReceipt } from './use-cases/receive-receipt/receive-receipt.use-case';
import { withStepNotices } from './webhooks/step-notices';
import { DEFAULT_JAEGER_QUERY_URL } from './runtime/service-defaults';
import { observeCaseGauges } from './runtime/operator-gauges';
import { caseMessageConsumer } from './use-cases/receive-case-message/receive-case-message.consumer';
import { withCalendarSource, type CaseContext } from './context/case-context';
import { dispatchToWorkers, dueCasesWorker } from './use-cases/sweep-obligations/due-cases.dispatch';
import { ObligationsDueNotice } from './use-cases/sweep-obligations/obligations-due.message';
import { StepsCommittedNotice } from './webhooks/step-notice.message';
import { startObligationSweeper } from './use-cases/sweep-obligations/obligation-sweeper';
import { createWebhooks } from './webhooks/webhook-module';
import { DEFAULT_WEBHOOK_SETTINGS } from './webhooks/webhook-settings';

/** The stores and settings every use case of a service works with. */
export function caseContextOf(deps: CaseModuleDeps, extra: Pick<CaseContext, 'subscribedAgencies' | 'beforeCommit'> = {}): CaseContext {
  const { calendarSource, receiptAlarmAfterMs, ...rest } = deps;
  const snapshotLagging = (err: unknown, caseId: string) => deps.logger.warn({ caseId, err }, 'case snapshot write failed; the next read catches it up from the log');
  // The store is generic (@sx/persistence sits below this module): it gets this module's view schema, and every
  // history entry it writes records the trace it was written under.
  const cases = new CaseStore(deps.connection, {
    stateSchema: CaseViewSchema,
    stampHistory: (history) => stampTrace(history) ?? [],
    clock: deps.clock,
    onSnapshotError: snapshotLagging,
    overwriteAppendsForTests: deps.testMutant === 'no-unique-append',
  });
  const receipts = new ReceiptStore(deps.connection);
  const receiptWatch = new ReceiptWatch(receipts, receiptAlarmAfterMs ?? DEFAULT_RECEIPT_ALARM_MS, deps.logger);
  return withCalendarSource({ ...rest, ...extra, cases, receipts, receiptWatch, restores: new RestoreMarkers(deps.connection), files: new FileStore(deps.connection), dues: new DueIndex(deps.connection) }, calendarSource);
}

/** A step told to another party must be receipted within this long, or RECEIPT.OVERDUE is raised. */
export const DEFAULT_RECEIPT_ALARM_MS = 10 * 60_000;

/** The receipts a committed change waits for: one per case message to another party. */
function expectReceipts(ctx: CaseContext, envelopes: readonly Envelope[]): void {
  for (const e of envelopes) {
    if (e.toService === ctx.service || !CASE_EVENT_MESSAGES.some((d) => d.type === e.type)) continue;
    const seq = (e.payload as Pick<CaseEventPayload, 'events'>).events.length;
    ctx.receiptWatch?.expect(e.caseId, seq, e.toService);
  }
}

/** The case module every service runs; what differs between services is which roles they play. */
export function createCaseModule(deps: CaseModuleDeps): CaseModule {
  const subscriptions = new SubscriptionStore(deps.connection);
  // The commit subscriber: a committed step carries its webhook notice in its outbox.
  const ctx: CaseContext = caseContextOf(deps, { subscribedAgencies: () => subscriptions.subscribedAgencies(), beforeCommit: (current, entries) => withStepNotices(ctx, current, entries) });
  const webhooks = createWebhooks(ctx, deps.connection, subscriptions, deps.webhooks ?? DEFAULT_WEBHOOK_SETTINGS);
  const { cases, files } = ctx;
  const idempotency = new MongoIdempotencyStore(deps.connection);
  const routes = [...caseRoutes(ctx, deps.jaegerQueryUrl ?? DEFAULT_JAEGER_QUERY_URL), ...webhooks.routes.map((route) => ({ route }))];
  const surface = serviceSurface(deps.service, routes);
  // The inbox takes what serviceMessageCatalog lists: the parties' case messages and its notes to itself.
  const inbox = new MessageRouter()
    .on(StepsCommittedNotice, webhooks.onStepsCommitted)
    .on(ObligationsDueNotice, dueCasesWorker(ctx))
    .on(StepReceiptMessage, async (envelope) => void (await receiveReceipt(ctx, envelope)));
  cases.onCommitted((pending) => expectReceipts(ctx, pending.envelopes));
  receiptsOutstanding(() => ctx.receiptWatch?.outstanding ?? 0);
  for (const def of CASE_EVENT_MESSAGES) inbox.on(def, caseMessageConsumer(ctx));
  return {
    routes: surface.served,
    withheldRoutes: surface.withheld,
    handleMessage: inbox.handle,
    outbox: cases.log,
    idempotency,
    prepareMessage: hydrateFiles(files),
    init: async () => {
      await cases.ensureIndexes();
      await files.init();
      await ctx.receipts.init();
      await ctx.restores?.load(deps.connection);
      await webhooks.init();
      await idempotency.init();
    },
    startWebhooks: (amqp) => webhooks.start(amqp),
    startSweeper: (intervalMs, publishAll) => startObligationSweeper(ctx, intervalMs, dispatchToWorkers(ctx, publishAll)),
    startReceiptWatch: (intervalMs) => (ctx.receiptWatch as ReceiptWatch).start(intervalMs),
    receiptsOutstanding: () => ctx.receiptWatch?.outstanding ?? 0,
    flush: () => cases.flushSnapshots(),
    releaseHeldReads: () => cases.arrivals.close(),
    onCommitted: (listener) => cases.onCommitted(listener),
    observeGauges: () => observeCaseGauges(ctx),
  };
}
