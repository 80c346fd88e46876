import type { Parties, StepReceipt } from '@sx/contracts';
import type { AppendOptions, AppendResult, NewLogEntry } from '@sx/persistence';
import { buildCalendar, shippedCalendarYears } from '@sx/rules';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import { newCaseView } from '../../case-view/new-case-view';
import type { CaseContext } from '../../context/case-context';
import type { CaseRecord } from '../../case-view/case-record';
import { sealedStep } from '../../testing/sealed-record';
import { countFromReceipt } from './count-from-receipt';

// The author's copy (and any other party's) counts the owing party's period from that party's receipt
// once the receipt comes: one entry when it moves a date, no read and no write when it moves nothing,
// and a receipt that overtook its step comes back later (a plain error: the consumer's retry tiers).
const parties: Parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } };
const calendar = buildCalendar(shippedCalendarYears);
const proposal = sealedStep(1, { type: 'ProposalSubmitted', actor: 'sender', on: '2026-01-05', receiverKind: 'central-executive-body' }, parties.sender);
const fresh = newCaseView({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', presidentialAdministrationServant: false } });
const advanced = advanceCase(fresh, proposal, undefined, calendar);
if (!advanced.ok) throw new Error('the proposal was refused');
const record = (rev: number, state: CaseView): CaseRecord => ({ id: 'c1', rev, state, history: [], createdAt: new Date(0), updatedAt: new Date(0) });

const receiptOn = (receivedOn: string, seq = 1): StepReceipt => ({
  caseId: 'c1', seq, recordHash: proposal.hash, receivedAt: `${receivedOn}T05:00:00.000Z`, receivedOn, agencyId: 'ministry-of-justice', service: 'receiving-body',
  signature: { keyId: 'receiving-body:x', value: 'x' },
});

function fakeContext(head: CaseRecord, cached: boolean) {
  const calls: string[] = [];
  const appended: NewLogEntry<CaseView>[] = [];
  const cases = {
    cachedHead: () => (cached ? head : undefined),
    findCurrent: async () => (calls.push('read'), head),
    append: async (_id: string, _base: CaseRecord | null, entries: readonly NewLogEntry<CaseView>[], options: AppendOptions = {}): Promise<AppendResult<CaseView>> => {
      await options.before?.();
      calls.push('append');
      appended.push(...entries);
      return { ok: true, snapshot: record(head.rev + entries.length, entries.at(-1)?.state ?? head.state), entries: [] };
    },
  };
  const logger = { info: () => undefined, warn: (_o: unknown, m: string) => void calls.push(`warn: ${m}`) };
  const ctx = { cases, dues: { add: async () => void calls.push('marks') }, clock: () => new Date('2026-03-18T05:00:00Z'), calendar, logger } as unknown as CaseContext;
  return { ctx, calls, appended };
}

describe('countFromReceipt: the owing party’s receipt starts its period on this copy too (R3 §13)', () => {
  it('a receipt on 18 March moves the receiver’s decision on the author’s copy: one entry, its due date marked for the sweeper', async () => {
    const { ctx, calls, appended } = fakeContext(record(1, advanced.view), true);
    await countFromReceipt(ctx, receiptOn('2026-03-18'));
    expect(calls).toEqual(['marks', 'append']);
    expect(appended[0]?.history[0]).toMatchObject({ event: 'PeriodStartedOnReceipt', details: { step: 1, receivedOn: '2026-03-18' } });
    expect(appended[0]?.state.procedure.obligations['R3~receiver-decision']).toMatchObject({ countsFrom: '2026-03-18' });
  });

  it('a receipt of the day declared moves nothing: decided on the cached head, with no read and no write', async () => {
    const { ctx, calls } = fakeContext(record(1, advanced.view), true);
    await countFromReceipt(ctx, receiptOn('2026-01-05'));
    expect(calls).toEqual([]);
  });

  it('a receipt that overtook its step is retried later, not dropped', async () => {
    const { ctx } = fakeContext(record(0, fresh), false);
    await expect(countFromReceipt(ctx, receiptOn('2026-03-18'))).rejects.toMatchObject({ code: 'RECEIPT.AHEAD_OF_STEP' });
  });

  it('a receipt dated after this service’s clock (beyond the skew) moves nothing, and says so', async () => {
    const { ctx, calls } = fakeContext(record(1, advanced.view), true);
    await countFromReceipt(ctx, receiptOn('2026-03-20'));
    expect(calls).toEqual(['warn: receipt dated in the future: no period counted from it']);
  });
});
