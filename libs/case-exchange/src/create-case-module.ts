import type { Route } from '@sx/http-kit';
import type { CaseModule, CaseModuleDeps } from './case-module';
import { CaseViewRepository } from './persistence/case-view.repository';
import { fileHydratingOutbox } from './persistence/file-hydrating.outbox';
import { FileStore } from './persistence/file.store';
import { DEFAULT_JAEGER_QUERY_URL } from './runtime/service-defaults';
import { actOnCaseRoute } from './use-cases/act-on-case/act-on-case.http';
import { attachDocumentRoute } from './use-cases/attach-document/attach-document.http';
import { downloadDocumentRoute } from './use-cases/attach-document/download-document.http';
import { caseTracesRoute } from './use-cases/case-traces/case-traces.http';
import { openCaseRoute } from './use-cases/open-case/open-case.http';
import { caseTimelineRoute, getCaseRoute, listCasesRoute } from './use-cases/query-cases/query-cases.http';
import { caseMessageConsumer } from './use-cases/receive-case-message/receive-case-message.consumer';
import { agenciesRoute, messageCatalogRoute, procedureRoute } from './use-cases/reference/reference.http';
import { replaceCandidateRoute } from './use-cases/replace-candidate/replace-candidate.http';
import type { CaseContext } from './use-cases/shared/case-context';
import { startObligationSweeper } from './use-cases/sweep-obligations/obligation-sweeper';
import { checkProposalRoute, submitProposalRoute } from './use-cases/submit-proposal/submit-proposal.http';

/** The case module every service runs; what differs between services is which roles they play. */
export function createCaseModule(deps: CaseModuleDeps): CaseModule {
  const cases = new CaseViewRepository(deps.connection);
  const files = new FileStore(deps.connection);
  const ctx: CaseContext = { ...deps, cases, files };
  const routes: Route[] = [
    listCasesRoute(ctx),
    openCaseRoute(ctx),
    getCaseRoute(ctx),
    caseTimelineRoute(ctx),
    caseTracesRoute(ctx, deps.jaegerQueryUrl ?? DEFAULT_JAEGER_QUERY_URL),
    checkProposalRoute(ctx),
    attachDocumentRoute(ctx),
    downloadDocumentRoute(ctx),
    replaceCandidateRoute(ctx),
    submitProposalRoute(ctx),
    actOnCaseRoute(ctx),
    procedureRoute(),
    messageCatalogRoute(),
    agenciesRoute(ctx),
  ];
  return {
    routes,
    handleMessage: caseMessageConsumer(ctx),
    outboxStores: [fileHydratingOutbox(cases, files)],
    init: async () => {
      await cases.ensureIndexes();
      await files.init();
    },
    startSweeper: (intervalMs) => startObligationSweeper(ctx, intervalMs),
    onOutboxAdded: (listener) => cases.onOutboxAdded(listener),
  };
}
