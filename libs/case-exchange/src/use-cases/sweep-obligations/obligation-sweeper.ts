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
  pass();
  const timer = setInterval(() => {
    if (!stopped) pass();
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
