import { Refusal } from '@sx/contracts';
import type { DueMark, NewLogEntry } from '@sx/persistence';
import { text } from '@sx/rules';
import type { CaseView } from '../case-view/case-view.schema';
import type { CaseRecord } from '../case-view/case-record';
import { todayOf, type CaseContext } from '../context/case-context';
import { newDueMarks } from './due-marks';

/** TESTS ONLY (`ctx.testStepDelayMs`): both racing requests of an e2e test decide before either appends. */
const widenRaceForTests = (ms = 0): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/** What a change decides to append: one entry or more (a party joining late takes the whole log at once). */
export type Decision = readonly NewLogEntry<CaseView>[];

/** The case's `seq`: the number of its last step (0 before the proposal). */
export const seqOf = (record: CaseRecord | null): number => record?.state.events.length ?? 0;

export interface ChangeOptions {
  /** Whether another writer's step in between ends this change (an act decided on what it saw) or it decides again (a received step, a sweep). */
  readonly onConcurrentStep: 'refuse' | 'decide-again';
  readonly maxAttempts?: number;
  /** The case's `seq` the caller decided on (If-Match): any other on the caught-up case refuses with CASE.STALE_VERSION. */
  readonly expectedSeq?: number;
}

export type ChangeResult = { readonly outcome: 'committed' | 'unchanged'; readonly record: CaseRecord | null };

const concurrentStep = (caseId: string, seq: number): Refusal =>
  new Refusal('conflict', 'CASE.CONCURRENT_STEP', text('Бұл іс бойынша басқа қадам бір уақытта жасалды; істі қайта оқып, шешіміңізді қайталаңыз', 'По делу одновременно сделан другой шаг; перечитайте дело и повторите решение', 'Another step was taken on this case at the same moment; read the case again and decide again'), {
    details: { caseId, seq },
  });

const staleVersion = (caseId: string, seq: number, expected: number): Refusal =>
  new Refusal('stale', 'CASE.STALE_VERSION', text('Іс сіз көрсеткен нұсқадан кейін өзгерді (If-Match); істі қайта оқып, шешіміңізді қайталаңыз', 'Дело изменилось после указанной вами версии (If-Match); перечитайте дело и повторите решение', 'The case changed after the version you named (If-Match); read the case again and decide again'), {
    details: { caseId, seq, expected },
  });

/**
 * Decides, then refuses with CASE.STALE_VERSION when the caller's expected seq is not the caught-up
 * case's: checked on every attempt, so a lost race re-decides on the winner's case and is refused.
 * A "not found" (not a party, no such case) wins over a stale version: an outsider must not learn the seq.
 */
export function decideExpecting(caseId: string, current: CaseRecord | null, decide: (current: CaseRecord | null) => Decision | null, expectedSeq: number | undefined): Decision | null {
  const stale = current !== null && expectedSeq !== undefined && seqOf(current) !== expectedSeq;
  try {
    const entries = decide(current);
    if (!stale) return entries;
  } catch (err) {
    if (!stale || (err instanceof Refusal && err.kind === 'not-found')) throw err;
  }
  throw staleVersion(caseId, seqOf(current), expectedSeq ?? 0);
}

/** An act's read, run beside its first writes, found a step its unread head lacks: decide again on it. */
class HeadMoved extends Error {
  constructor(readonly head: CaseRecord | null) {
    super('the case moved past the cached head');
  }
}

/**
 * The one way a case changes, for an act over HTTP, a step received over AMQP and the sweeper alike:
 * load → decide (pure; a refusal ends it) → commit: the obligations the change opens are indexed for
 * the sweeper (none can be missed: durable before the entry, beside the outbox pointer), the
 * context's commit subscriber adds what rides with the entries (webhook notices), and the append is
 * the compare-and-set. When another writer appended first, an act is refused with
 * CASE.CONCURRENT_STEP (its caller decided on an outdated case); anything else decides again on the
 * caught-up case.
 *
 * The first decision is taken on the head this process last saw, when it has one, so no read waits
 * in front of it (a round trip off the handoff). Anything but a commit on that unread head (a
 * refusal, nothing to do, a lost append) is decided again on the case read from the log: an outdated
 * cache never refuses or skips anything by itself. An act still reads, beside its due marks and
 * outbox pointer, and writes its entry only if the read shows nothing newer than the head it decided
 * on; so a lost append still means a step taken after the act's read.
 */
export async function changeCase(ctx: CaseContext, caseId: string, decide: (current: CaseRecord | null) => Decision | null, options: ChangeOptions): Promise<ChangeResult> {
  const act = options.onConcurrentStep === 'refuse';
  const cached = ctx.cases.cachedHead(caseId);
  let reading: Promise<CaseRecord | null> | undefined = cached && act ? ctx.cases.findCurrent(caseId) : undefined;
  let current = cached ?? (await ctx.cases.findCurrent(caseId));
  let unread = cached !== undefined;
  const read = async (): Promise<CaseRecord | null> => {
    const head = await (reading ?? ctx.cases.findCurrent(caseId));
    [reading, unread] = [undefined, false];
    return head;
  };
  for (let attempt = 1; ; attempt++) {
    let entries: Decision | null;
    try {
      const decided = decideExpecting(caseId, current, decide, options.expectedSeq);
      entries = decided && ctx.beforeCommit ? ctx.beforeCommit(current, decided) : decided;
    } catch (err) {
      if (!unread) throw err;
      current = await read();
      continue;
    }
    if (!entries || entries.length === 0) {
      if (!unread) return { outcome: 'unchanged', record: current };
      current = await read();
      continue;
    }
    const base = current;
    const marks: DueMark[] = newDueMarks(caseId, base?.state ?? null, entries.at(-1)?.state ?? null, (base?.rev ?? 0) + entries.length);
    const check = reading;
    const before = (): Promise<unknown> =>
      Promise.all([
        marks.length > 0 ? ctx.dues.add(marks, todayOf(ctx)) : undefined,
        check?.then((head) => {
          if ((head?.rev ?? 0) !== (base?.rev ?? 0)) throw new HeadMoved(head);
        }),
      ]);
    await widenRaceForTests(ctx.testStepDelayMs);
    let result: Awaited<ReturnType<typeof ctx.cases.append>>;
    try {
      result = await ctx.cases.append(caseId, base, entries, { before });
    } catch (err) {
      if (!(err instanceof HeadMoved)) throw err;
      [current, reading, unread] = [err.head, undefined, false];
      continue;
    }
    if (check) [reading, unread] = [undefined, false]; // the read confirmed the head decided on
    if (result.ok) return { outcome: 'committed', record: result.snapshot };
    const step = result.winners.find((w) => w.step !== undefined);
    if (step && act && options.expectedSeq === undefined) throw concurrentStep(caseId, step.step ?? 0);
    if (attempt >= (options.maxAttempts ?? 8)) throw new Error(`case ${caseId}: still contended after ${attempt} attempts`);
    [current, unread] = [result.snapshot, false];
  }
}
