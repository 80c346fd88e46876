import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import type { CaseContext } from '../shared/case-context';
import { sweepObligations } from './sweep-obligations.use-case';

/** Runs the sweeper now and then every `intervalMs`, one pass at a time; `stop` waits for a running pass. */
export function startObligationSweeper(ctx: CaseContext, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = (): void => {
    running = sweepObligations(ctx)
      .then((n) => {
        if (n > 0) ctx.logger.info({ cases: n }, 'obligation sweep changed cases');
      })
      .catch((err: unknown) => ctx.logger.error({ err }, 'obligation sweep failed; next pass retries'));
  };
  // The polling is untraced (a root trace a minute per service says nothing); each case it changes
  // gets a trace of its own, linked to the case's last step (sweepObligations).
  const timer = context.with(suppressTracing(ROOT_CONTEXT), () => {
    pass();
    return setInterval(() => {
      if (!stopped) pass();
    }, intervalMs);
  });
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
