import { updateCase } from '@sx/persistence';
import { inLinkedCaseTrace } from '../../tracing/case-trace';
import { todayOf, type CaseContext } from '../shared/case-context';
import { sweepCase } from './sweep-case';

/** One pass of the sweeper over the cases that may need it; returns how many cases it changed. */
export async function sweepObligations(ctx: CaseContext, batch = 100): Promise<number> {
  const today = todayOf(ctx);
  let changed = 0;
  for (const id of await ctx.cases.needingSweep(today, batch)) {
    // No request or message started this: a trace of its own, linked to the case's last step.
    const result = await inLinkedCaseTrace('obligations sweep', id, (link) =>
      updateCase(ctx.cases, id, ({ state, history }) => {
        link(history);
        return sweepCase(state, today, ctx.clock().toISOString(), ctx.calendar);
      }),
    );
    if (result.outcome !== 'saved') continue;
    changed++;
    for (const h of result.aggregate.history.slice(-5).filter((e) => e.event === 'DeadlineMissed')) {
      ctx.logger.warn({ caseId: id, ...h.details, actor: h.actor, cite: h.cite }, 'deadline missed');
    }
  }
  return changed;
}
