import type { CaseModule, CaseModuleDeps } from './case-module';
import { caseRoutes } from './api-surface/case-routes';
import { serviceSurface } from './api-surface/service-surface';
import { CaseStore } from './persistence/case.store';
import { DueIndex } from './persistence/due-index';
import { FileStore } from './persistence/file.store';
import { hydrateFiles } from './persistence/hydrate-files';
import { DEFAULT_JAEGER_QUERY_URL } from './runtime/service-defaults';
import { caseMessageConsumer } from './use-cases/receive-case-message/receive-case-message.consumer';
import { withCalendarSource, type CaseContext } from './use-cases/shared/case-context';
import { startObligationSweeper } from './use-cases/sweep-obligations/obligation-sweeper';

/** The stores and settings every use case of a service works with. */
export function caseContextOf(deps: CaseModuleDeps): CaseContext {
  const { calendarSource, ...rest } = deps;
  return withCalendarSource({ ...rest, cases: new CaseStore(deps.connection, deps.clock), files: new FileStore(deps.connection), dues: new DueIndex(deps.connection) }, calendarSource);
}

/** The case module every service runs; what differs between services is which roles they play. */
export function createCaseModule(deps: CaseModuleDeps): CaseModule {
  const ctx = caseContextOf(deps);
  const { cases, files } = ctx;
  const surface = serviceSurface(deps.service, caseRoutes(ctx, deps.jaegerQueryUrl ?? DEFAULT_JAEGER_QUERY_URL));
  return {
    routes: surface.served,
    withheldRoutes: surface.withheld,
    handleMessage: caseMessageConsumer(ctx),
    outbox: cases,
    prepareMessage: hydrateFiles(files),
    init: async () => {
      await cases.ensureIndexes();
      await files.init();
    },
    startSweeper: (intervalMs) => startObligationSweeper(ctx, intervalMs),
    onCommitted: (listener) => cases.onCommitted(listener),
  };
}
