import type { LegalDate } from '@sx/rules';
import { changeCase } from '../../event-log/change-case';
import { inLinkedCaseTrace } from '../../tracing/case-trace';
import type { CaseRecord } from '../../case-view/case-record';
import type { DueMark } from '@sx/persistence';
import { todayOf, type CaseContext } from '../../context/case-context';
import { sweepCase } from './sweep-case';

/** Cases one worker sweeps at once: their round trips to the store overlap. */
const CASES_AT_ONCE = 8;

/** Cases whose obligations came due, each with its marks on the attention list (dropped once settled). */
export type DueCases = ReadonlyMap<string, readonly DueMark[]>;

/**
 * An attention mark is done once its obligation is closed, or dated and either still ahead or recorded
 * as missed. An obligation absent from a case read before the change that opens it was appended (the
 * mark is written first) is not closed but not yet visible: the mark stays.
 */
export function settled(record: CaseRecord | null, mark: DueMark, today: LegalDate): boolean {
  const o = record?.state.procedure.obligations[mark.key];
  if (!o) return (record?.rev ?? 0) >= (mark.rev ?? 0);
  return o.due !== null && (o.due >= today || record?.state.missedDeadlines[mark.key] !== undefined);
}

/**
 * Records what came due in each case: every obligation past its date once as missed, and due dates a
 * newly loaded calendar allows (sweepCase). Safe to run twice or on two replicas at once: a case
 * already swept today decides nothing, and a concurrent writer makes it decide again on the new head.
 * Returns how many cases it changed.
 */
export async function sweepDueCases(ctx: CaseContext, cases: DueCases): Promise<number> {
  const today = todayOf(ctx);
  let changed = 0;
  const done: DueMark[] = [];
  const sweepOne = async (caseId: string, attention: readonly DueMark[]): Promise<void> => {
    const at = ctx.clock().toISOString();
    // No request started this: a trace of its own, linked to the case's last step.
    const result = await inLinkedCaseTrace('obligations sweep', caseId, (link) =>
      changeCase(ctx, caseId, (current) => {
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
    done.push(...attention.filter((m) => settled(result.record, m, today)));
  };
  const queue = [...cases];
  // Every worker finishes before this reports, even when one fails: nothing writes after it returns.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(CASES_AT_ONCE, queue.length) }, async () => {
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) await sweepOne(next[0], next[1]);
  }));
  await ctx.dues.resolved(done);
  const failed = outcomes.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return changed;
}
