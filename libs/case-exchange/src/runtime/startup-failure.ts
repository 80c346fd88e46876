import type { ServiceName } from '@sx/contracts';
import { createLogger } from '@sx/observability';

/**
 * The `.catch` of a main.ts: one fatal line naming the service and the cause, then exit 1, so an
 * orchestrator restarts us and `npm start` can show why (a half-started process would hang instead).
 */
export function exitOnStartupFailure(service: ServiceName): (error: unknown) => never {
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    // pino's serializer gives an Error its type, message and stack.
    createLogger({ service }).fatal({ err: error }, `${service} failed to start: ${message}`);
    process.exit(1);
  };
}
