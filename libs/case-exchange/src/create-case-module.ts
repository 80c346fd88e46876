import type { Route } from '@sx/http-kit';
import type { CaseModule, CaseModuleDeps } from './case-module';
import { CaseStore } from './persistence/case.store';
import { DueIndex } from './persistence/due-index';
import { FileStore } from './persistence/file.store';
import { hydrateFiles } from './persistence/hydrate-files';
import { MongoIdempotencyStore } from './persistence/idempotency.store';
import { caseAuditRoute } from './use-cases/audit-case/audit-case.http';
import { DEFAULT_JAEGER_QUERY_URL } from './runtime/service-defaults';
import { actOnCaseRoute } from './use-cases/act-on-case/act-on-case.http';
import { attachDocumentRoute } from './use-cases/attach-document/attach-document.http';
import { downloadDocumentRoute } from './use-cases/attach-document/download-document.http';
import { caseEligibilityRoute } from './use-cases/case-eligibility/case-eligibility.http';
import { caseTracesRoute } from './use-cases/case-traces/case-traces.http';
import { openCaseRoute } from './use-cases/open-case/open-case.http';
import { caseTimelineRoute, getCaseRoute, listCasesRoute } from './use-cases/query-cases/query-cases.http';
import { caseMessageConsumer } from './use-cases/receive-case-message/receive-case-message.consumer';
import { metricsRoute } from './use-cases/reference/metrics.http';
import { agenciesRoute, messageCatalogRoute, procedureRoute } from './use-cases/reference/reference.http';
import { replaceCandidateRoute } from './use-cases/replace-candidate/replace-candidate.http';
import { withCalendarSource, type CaseContext } from './use-cases/shared/case-context';
import { startObligationSweeper } from './use-cases/sweep-obligations/obligation-sweeper';
import { checkProposalRoute, submitProposalRoute } from './use-cases/submit-proposal/submit-proposal.http';
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
  const routes: Route[] = [
    listCasesRoute(ctx),
    openCaseRoute(ctx),
    getCaseRoute(ctx),
    caseTimelineRoute(ctx),
    caseAuditRoute(ctx),
    caseTracesRoute(ctx, deps.jaegerQueryUrl ?? DEFAULT_JAEGER_QUERY_URL),
    checkProposalRoute(ctx),
    caseEligibilityRoute(ctx),
    attachDocumentRoute(ctx),
    downloadDocumentRoute(ctx),
    replaceCandidateRoute(ctx),
    submitProposalRoute(ctx),
    actOnCaseRoute(ctx),
    procedureRoute(),
    messageCatalogRoute(),
    agenciesRoute(ctx),
    metricsRoute(ctx),
    ...webhooks.routes,
  ];
  return {
    routes,
    handleMessage: webhooks.inbox(caseMessageConsumer(ctx)),
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
    startSweeper: (intervalMs) => startObligationSweeper(ctx, intervalMs),
    flush: () => cases.flushSnapshots(),
    releaseHeldReads: () => cases.arrivals.close(),
    onCommitted: (listener) => cases.onCommitted(listener),
  };
}
