import type { NewLogEntry } from '@sx/persistence';
import type { CaseView } from '../case-view/case-view.schema';
import type { CaseRecord } from '../persistence/case.store';
import type { DueMark } from '../persistence/due-index';
import { todayOf, type CaseContext } from '../use-cases/shared/case-context';
import { withStepNotices } from '../webhooks/step-notices';
import { newDueMarks } from './due-marks';
import { decideExpecting } from './expected-seq';

/**
 * TESTS ONLY: `SX_TEST_STEP_DELAY_MS` waits between the decision and the append, so an e2e test can
 * make two requests truly concurrent on a busy machine (both decide before either appends). Never
 * read in production.
 */
const TEST_STEP_DELAY_MS = process.env['NODE_ENV'] === 'production' ? 0 : Number(process.env['SX_TEST_STEP_DELAY_MS'] ?? 0) || 0;
const widenRaceForTests = (): Promise<void> => (TEST_STEP_DELAY_MS > 0 ? new Promise((r) => setTimeout(r, TEST_STEP_DELAY_MS)) : Promise.resolve());

/** What a change decides to append: one entry or more (a party joining late takes the whole log at once). */
export type Decision = readonly NewLogEntry<CaseView>[];

/** The codes a change ends with, for each edge to map: HTTP to a status, AMQP to a dead-letter reason. */
export class StepConflictError extends Error {
  constructor(
    readonly code: 'CASE.CONCURRENT_STEP' | 'CASE.CONFLICTING_STEP',
    readonly caseId: string,
    readonly seq: number,
    message: string,
  ) {
    super(message);
    this.name = 'StepConflictError';
  }
}

export interface TakeStepOptions {
  /** Whether another writer's step in between ends this change (an act decided on what it saw) or it decides again (a received step, a sweep). */
  readonly onConcurrentStep: 'refuse' | 'decide-again';
  readonly maxAttempts?: number;
  /** The case's `seq` the caller decided on (If-Match): any other on the caught-up case refuses with CASE.STALE_VERSION. */
  readonly expectedSeq?: number;
}

export type TakeStepResult = { readonly outcome: 'committed' | 'unchanged'; readonly record: CaseRecord | null };

/**
 * The one write path of a case, for an act over HTTP, a step received over AMQP and the sweeper
 * alike: load → decide → append to the log. The append is the compare-and-set; when another writer
 * appended first, an act is refused with CASE.CONCURRENT_STEP (its caller decided on an outdated
 * case), anything else decides again on the caught-up case. Obligations opened by the change are
 * indexed for the sweeper before the append, so none can be missed.
 */
export async function takeStep(
  ctx: CaseContext,
  caseId: string,
  decide: (current: CaseRecord | null) => Decision | null,
  options: TakeStepOptions,
): Promise<TakeStepResult> {
  // Caught up from the log: a snapshot that lags (a crash, a race between two snapshot writes) never decides.
  let current = await ctx.cases.findCurrent(caseId);
  for (let attempt = 1; ; attempt++) {
    const entries = withStepNotices(ctx, current, decideExpecting(caseId, current, decide, options.expectedSeq));
    if (!entries || entries.length === 0) return { outcome: 'unchanged', record: current };
    const marks: DueMark[] = newDueMarks(caseId, current?.state ?? null, entries.at(-1)?.state ?? null);
    if (marks.length > 0) await ctx.dues.add(marks, todayOf(ctx));
    await widenRaceForTests();
    const result = await ctx.cases.append(caseId, current, entries);
    if (result.ok) return { outcome: 'committed', record: result.snapshot };
    const step = result.winners.find((w) => w.step !== undefined);
    if (step && options.onConcurrentStep === 'refuse' && options.expectedSeq === undefined) {
      throw new StepConflictError('CASE.CONCURRENT_STEP', caseId, step.step ?? 0, `case ${caseId}: step ${step.step} was taken concurrently`);
    }
    if (attempt >= (options.maxAttempts ?? 8)) throw new Error(`case ${caseId}: still contended after ${attempt} attempts`);
    current = result.snapshot;
  }
}
