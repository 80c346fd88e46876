import { startPeriodicPass, type PeriodicPass } from '@sx/observability';
import type { CaseContext } from '../../context/case-context';
import { sweepObligations, type DueCasesDispatch } from './sweep-obligations.use-case';

/**
 * Runs the sweeper now and then every `intervalMs`, one pass at a time. Each case the workers change
 * gets a trace of its own, linked to the case's last step (sweepDueCases).
 */
export function startObligationSweeper(ctx: CaseContext, intervalMs: number, dispatch: DueCasesDispatch): PeriodicPass {
  return startPeriodicPass('obligation sweep', intervalMs, async () => {
    const n = await sweepObligations(ctx, dispatch);
    if (n > 0) ctx.logger.info({ cases: n }, 'obligation sweep handed cases to the workers');
  }, ctx.logger);
}
