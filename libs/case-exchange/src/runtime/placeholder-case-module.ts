import type { CaseModule, CaseModuleDeps } from '../case-module';

/** TEMPORARY: stands in for the lead's `createCaseModule` until it lands; serves no routes. */
export function createCaseModule(deps: CaseModuleDeps): CaseModule {
  return {
    routes: [],
    handleMessage: async (envelope) => deps.logger.warn({ messageId: envelope.messageId, type: envelope.type }, 'placeholder case module: message ignored'),
    outboxStores: [],
    init: async () => undefined,
    onOutboxAdded: () => undefined,
  };
}
