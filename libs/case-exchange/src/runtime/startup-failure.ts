import type { ServiceName } from '@sx/contracts';
import { createLogger } from '@sx/observability';

/**
 * The `.catch` of a main.ts: one fatal line naming the service and the cause, then exit 1, so an
 * orchestrator restarts us and `npm start` can show why (a half-started process would hang instead).
 */
export function exitOnStartupFailure(service: ServiceName): (error: unknown) => never {
  return (error) => {
    const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
    createLogger({ service }).fatal({ err }, `${service} failed to start: ${err.message}`);
    process.exit(1);
  };
}
