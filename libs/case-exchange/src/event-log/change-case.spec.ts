import { Refusal } from '@sx/contracts';
import type { AppendOptions, AppendResult, NewLogEntry } from '@sx/persistence';
import { text } from '@sx/rules';
import type { CaseView } from '../case-view/case-view.schema';
import type { CaseContext } from '../context/case-context';
import type { CaseRecord } from '../case-view/case-record';
import { changeCase } from './change-case';

// The log of one case as the store holds it, and what this process last saw of it (its cached head).
// Only the store's contract matters here: the append is the compare-and-set on the log's length.
const recordAt = (rev: number): CaseRecord => ({ id: 'c1', rev, state: { n: rev, events: [], procedure: { obligations: {} } } as unknown as CaseView, history: [], createdAt: new Date(0), updatedAt: new Date(0) });

function fakeContext(logLength: number, cachedRev: number | undefined) {
  const calls: string[] = [];
  let length = logLength;
  const cases = {
    cachedHead: () => (cachedRev === undefined ? undefined : recordAt(cachedRev)),
    findCurrent: async () => (calls.push('read'), recordAt(length)),
    append: async (_id: string, base: CaseRecord | null, entries: readonly NewLogEntry<CaseView>[], options: AppendOptions = {}): Promise<AppendResult<CaseView>> => {
      await options.before?.();
      if ((base?.rev ?? 0) !== length) {
        calls.push('append lost');
        return { ok: false, snapshot: recordAt(length), winners: [{ caseId: 'c1', rev: length, at: '', attempt: 'other', step: length, state: recordAt(length).state, history: [] }] };
      }
      length += entries.length;
      calls.push('append');
      return { ok: true, snapshot: recordAt(length), entries: [] };
    },
  };
  const dues = { add: async () => void calls.push('marks') };
  const ctx = { cases, dues, clock: () => new Date('2026-03-18T05:00:00Z') } as unknown as CaseContext;
  return { ctx, calls };
}

const next = (current: CaseRecord | null): NewLogEntry<CaseView>[] => [{ state: { ...(current?.state as CaseView), n: (current?.rev ?? 0) + 1 } as unknown as CaseView, history: [] }];
/** A rule that allows the step only on the case at `rev` (as a transition allowed in one state only). */
const onlyAt = (rev: number) => (current: CaseRecord | null) => {
  if ((current?.rev ?? 0) !== rev) throw new Refusal('conflict', 'CASE.ILLEGAL_TRANSITION', text('x', 'x', 'x'));
  return next(current);
};

describe('a received step or a sweep decides on the head this process last saw, and the append proves it current', () => {
  const received = { onConcurrentStep: 'decide-again' } as const;
  it('a current cached head: no read before the decision, one append', async () => {
    const { ctx, calls } = fakeContext(4, 4);
    await expect(changeCase(ctx, 'c1', next, received)).resolves.toMatchObject({ outcome: 'committed', record: { rev: 5 } });
    expect(calls).toEqual(['append']);
  });
  it('a cached head behind the log never refuses by itself: the refusal is decided again on the case read', async () => {
    const { ctx, calls } = fakeContext(5, 4);
    await expect(changeCase(ctx, 'c1', onlyAt(5), received)).resolves.toMatchObject({ outcome: 'committed', record: { rev: 6 } });
    expect(calls).toEqual(['read', 'append']);
  });
  it('a refusal on the case read is final', async () => {
    const { ctx } = fakeContext(5, 4);
    await expect(changeCase(ctx, 'c1', onlyAt(3), received)).rejects.toMatchObject({ code: 'CASE.ILLEGAL_TRANSITION' });
  });
  it('an append lost from a cached head is decided again on the caught-up case', async () => {
    const { ctx, calls } = fakeContext(5, 4);
    await expect(changeCase(ctx, 'c1', next, received)).resolves.toMatchObject({ outcome: 'committed', record: { rev: 6 } });
    expect(calls).toEqual(['append lost', 'append']);
  });
});

describe('an act reads the case before its entry is written: a lost append then means a step taken meanwhile', () => {
  it('decides on a current cached head while the read runs beside its first writes: one read, one append', async () => {
    const { ctx, calls } = fakeContext(4, 4);
    let decisions = 0;
    await expect(changeCase(ctx, 'c1', (c) => (decisions++, next(c)), { onConcurrentStep: 'refuse' })).resolves.toMatchObject({ outcome: 'committed', record: { rev: 5 } });
    expect([calls, decisions]).toEqual([['read', 'append'], 1]);
  });
  it('a read showing a step the cached head lacks stops the entry before it is written: decided again on the read case', async () => {
    const { ctx, calls } = fakeContext(4, 3);
    const seen: number[] = [];
    await expect(changeCase(ctx, 'c1', (c) => (seen.push(c?.rev ?? 0), next(c)), { onConcurrentStep: 'refuse' })).resolves.toMatchObject({ outcome: 'committed', record: { rev: 5 } });
    expect([calls, seen]).toEqual([['read', 'append'], [3, 4]]);
  });
  it('is refused CASE.CONCURRENT_STEP when another writer appended after its read', async () => {
    const raced = fakeContext(5, undefined);
    // Another writer appends between this writer's read and its append.
    const racing = { ...raced.ctx, cases: { ...raced.ctx.cases, findCurrent: async () => recordAt(4) } } as unknown as CaseContext;
    await expect(changeCase(racing, 'c1', next, { onConcurrentStep: 'refuse' })).rejects.toMatchObject({ code: 'CASE.CONCURRENT_STEP' });
  });
  it('nothing to do on a cached head is checked on the case read', async () => {
    const { ctx, calls } = fakeContext(5, 4);
    await expect(changeCase(ctx, 'c1', () => null, { onConcurrentStep: 'decide-again' })).resolves.toMatchObject({ outcome: 'unchanged', record: { rev: 5 } });
    expect(calls).toEqual(['read']);
  });
  it('the due marks a step opens are written before its append', async () => {
    const { ctx, calls } = fakeContext(0, undefined);
    const opens = (): NewLogEntry<CaseView>[] => [{ state: { procedure: { obligations: { 'R3~receiver-decision': { due: '2026-04-01' } } } } as unknown as CaseView, history: [] }];
    await changeCase(ctx, 'c1', opens, { onConcurrentStep: 'refuse' });
    expect(calls).toEqual(['read', 'marks', 'append']);
  });
});
