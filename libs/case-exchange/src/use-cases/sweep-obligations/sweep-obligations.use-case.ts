import type { LegalDate } from '@sx/rules';
import { takeStep } from '../../event-log/take-step';
import { inLinkedCaseTrace } from '../../tracing/case-trace';
import type { CaseRecord } from '../../persistence/case.store';
import type { DueMark } from '../../persistence/due-index';
import { todayOf, type CaseContext } from '../shared/case-context';
import { sweepCase } from './sweep-case';

const SWEEP_CONCURRENCY = 8;

/** An attention mark is done once its obligation is closed, or dated and either still ahead or recorded as missed. */
function settled(record: CaseRecord | null, mark: DueMark, today: LegalDate): boolean {
  const o = record?.state.procedure.obligations[mark.key];
  return !o || (o.due !== null && (o.due >= today || record?.state.missedDeadlines[mark.key] !== undefined));
}

/**
 * One pass of the sweeper. It reads the due-date index of the days that passed since the last pass,
 * and the short list of obligations needing attention (no date yet, or past when indexed), never
 * every case: its cost follows what came due. Returns how many cases it changed.
 */
export async function sweepObligations(ctx: CaseContext, attentionBatch = 500): Promise<number> {
  const today = todayOf(ctx);
  const days = await ctx.dues.daysBetween(await ctx.dues.sweptThrough(), today);
  const marks: DueMark[] = [];
  for (const day of days) marks.push(...(await ctx.dues.dueOn(day)));
  const attention = await ctx.dues.needingAttention(attentionBatch);
  const byCase = new Map<string, DueMark[]>();
  for (const m of [...marks, ...attention]) byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);

  let changed = 0;
  const done: DueMark[] = [];
  const sweepOne = async (caseId: string): Promise<void> => {
    const at = ctx.clock().toISOString();
    // No request or message started this: a trace of its own, linked to the case's last step.
    const result = await inLinkedCaseTrace('obligations sweep', caseId, (link) =>
      takeStep(ctx, caseId, (current) => {
        if (current) link(current.history);
        const entry = current ? sweepCase(current.state, today, at, ctx.calendar) : null;
        return entry ? [entry] : null;
      }, { onConcurrentStep: 'decide-again' }),
    );
    if (result.outcome === 'committed') {
      changed++;
      for (const h of result.record?.history.slice(-10).filter((e) => e.event === 'DeadlineMissed' && e.at === at) ?? []) {
        ctx.logger.warn({ caseId, ...h.details, actor: h.actor, cite: h.cite }, 'deadline missed');
      }
    }
    done.push(...attention.filter((m) => m.caseId === caseId && settled(result.record, m, today)));
  };
  // A few cases at a time: the store's round trips overlap, and a day with many due dates stays short.
  const ids = [...byCase.keys()];
  // Every worker finishes before the pass reports, even when one fails: nothing writes after the pass.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(SWEEP_CONCURRENCY, ids.length) }, async () => {
    for (let id = ids.pop(); id !== undefined; id = ids.pop()) await sweepOne(id);
  }));
  const failed = outcomes.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  await ctx.dues.resolved(done);
  const last = days.at(-1);
  if (last) await ctx.dues.markSweptThrough(last);
  return changed;
}
