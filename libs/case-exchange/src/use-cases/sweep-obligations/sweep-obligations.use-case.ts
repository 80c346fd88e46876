import type { DueMark } from '@sx/persistence';
import { todayOf, type CaseContext } from '../../context/case-context';
import type { DueCases } from './sweep-due-cases';

/** Where a pass hands the cases it found: the service's workers, over its own inbox. */
export type DueCasesDispatch = (cases: DueCases) => Promise<void>;

/**
 * One pass of the sweeper. It reads the due-date index of the days that passed since the last pass,
 * and the short list of obligations needing attention (no date yet, or past when indexed), never
 * every case: its cost follows what came due. It hands the cases found to `dispatch` and marks the
 * days swept only once that succeeded (a confirmed publish), so a failed pass is read again by the
 * next. Returns how many cases it handed over.
 */
export async function sweepObligations(ctx: CaseContext, dispatch: DueCasesDispatch, attentionBatch = 500): Promise<number> {
  const today = todayOf(ctx);
  const days = await ctx.dues.daysBetween(await ctx.dues.sweptThrough(), today);
  const byCase = new Map<string, DueMark[]>();
  for (const day of days) {
    for (const m of await ctx.dues.dueOn(day)) if (!byCase.has(m.caseId)) byCase.set(m.caseId, []);
  }
  for (const m of await ctx.dues.needingAttention(attentionBatch)) byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);
  if (byCase.size > 0) await dispatch(byCase);
  const last = days.at(-1);
  if (last) await ctx.dues.markSweptThrough(last);
  return byCase.size;
}
