import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import type { CaseContext } from '../shared/case-context';
import { sweepObligations, type DueCasesDispatch } from './sweep-obligations.use-case';

/** Runs the sweeper now and then every `intervalMs`, one pass at a time; `stop` waits for a running pass. */
export function startObligationSweeper(ctx: CaseContext, intervalMs: number, dispatch: DueCasesDispatch): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = (): void => {
    // A pass still running when the timer fires (a slow store, a long day) is not overlapped: the next tick tries again.
    if (running || stopped) return;
    running = sweepObligations(ctx, dispatch)
      .then((n) => {
        if (n > 0) ctx.logger.info({ cases: n }, 'obligation sweep handed cases to the workers');
      })
      .catch((err: unknown) => ctx.logger.error({ err }, 'obligation sweep failed; next pass retries'))
      .finally(() => {
        running = null;
      });
  };
  // The polling is untraced (a root trace a minute per service says nothing); each case the workers
  // change gets a trace of its own, linked to the case's last step (sweepDueCases).
  const timer = context.with(suppressTracing(ROOT_CONTEXT), () => {
    pass();
    return setInterval(pass, intervalMs);
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
